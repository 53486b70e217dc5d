using System.Text;

namespace Py2Cs.Runtime;

public static partial class Py
{
    /// <summary><c>format % args</c> for strings (printf-style formatting).</summary>
    public static string PercentFormat(string format, object? args) => PercentFormat(format, args, bytesMode: false);

    /// <summary><c>b"%d" % 5</c>: bytes formatting (PEP 461) is str formatting over the bytes read as
    /// Latin-1 (one char per byte), with <c>%s</c>/<c>%b</c> taking bytes-like values only and <c>%r</c>
    /// meaning <c>%a</c>; the result is encoded back byte for byte, as a value of the format's class.</summary>
    public static PyBytesLike PercentFormat(PyBytesLike format, object? args)
    {
        string text = PercentFormat(new string(format.ToArray().Select(static b => (char)b).ToArray()), args, bytesMode: true);
        var data = text.Select(static c => (byte)c);
        return format is PyByteArray ? new PyByteArray(data) : new PyBytes(data);
    }

    // %s of bytes formatting: a bytes-like value's bytes (as Latin-1 chars), never str().
    private static string PercentBytes(object? value) => value is PyBytesLike bytes
        ? new string(bytes.ToArray().Select(static b => (char)b).ToArray())
        : throw new TypeError($"%b requires a bytes-like object, or an object that implements __bytes__, not '{Builtins.type_name(value)}'");

    private static string PercentFormat(string format, object? args, bool bytesMode)
    {
        IReadOnlyList<object?> values = AsTupleItems(args) ?? [args];
        object? mapping = args is IPyDict ? args : null;
        int next = 0;
        bool usedMapping = false;
        var sb = new StringBuilder();

        object? NextValue()
        {
            if (next >= values.Count) throw new TypeError("not enough arguments for format string");
            return values[next++];
        }

        int i = 0;
        while (i < format.Length)
        {
            char c = format[i++];
            if (c != '%') { sb.Append(c); continue; }
            if (i >= format.Length) throw new ValueError("incomplete format");
            object? value = null;
            bool haveValue = false;
            if (format[i] == '(')
            {
                int close = format.IndexOf(')', i);
                if (close < 0) throw new ValueError("incomplete format key");
                if (mapping is null) throw new TypeError("format requires a mapping");
                value = GetItem(mapping, format[(i + 1)..close]);
                haveValue = usedMapping = true;
                i = close + 1;
            }
            bool left = false, plus = false, space = false, alternate = false, zero = false;
            for (; i < format.Length && format[i] is '-' or '+' or ' ' or '#' or '0'; i++)
            {
                switch (format[i])
                {
                    case '-': left = true; break;
                    case '+': plus = true; break;
                    case ' ': space = true; break;
                    case '#': alternate = true; break;
                    default: zero = true; break;
                }
            }
            int? width = null, precision = null;
            if (i < format.Length && format[i] == '*') { width = (int)ToBig(NextValue()); i++; }
            else
            {
                int start = i;
                while (i < format.Length && char.IsAsciiDigit(format[i])) i++;
                if (i > start) width = int.Parse(format[start..i]);
            }
            if (i < format.Length && format[i] == '.')
            {
                i++;
                if (i < format.Length && format[i] == '*') { precision = (int)ToBig(NextValue()); i++; }
                else
                {
                    int start = i;
                    while (i < format.Length && char.IsAsciiDigit(format[i])) i++;
                    precision = i > start ? int.Parse(format[start..i]) : 0;
                }
            }
            while (i < format.Length && format[i] is 'h' or 'l' or 'L') i++;
            if (i >= format.Length) throw new ValueError("incomplete format");
            char type = format[i++];
            if (type == '%') { sb.Append('%'); continue; }
            if (!haveValue) value = NextValue();
            if (width < 0) { left = true; width = -width; }
            char? sign = plus ? '+' : space ? ' ' : null;
            char? fill = left ? ' ' : zero ? '0' : ' ';
            char? align = left ? '<' : zero && type is not ('s' or 'r' or 'a' or 'c') ? '=' : '>';
            var spec = new FormatSpec(fill, align, sign, false, alternate, false, width, null, precision, type);
            sb.Append(type switch
            {
                's' or 'b' when bytesMode => NumberText.FormatString(PercentBytes(value), spec with { Type = 's', Sign = null, Alternate = false, Fill = ' ', Align = left ? '<' : '>' }),
                'r' when bytesMode => NumberText.FormatString(Builtins.ascii(value), spec with { Type = 's', Sign = null, Alternate = false, Fill = ' ', Align = left ? '<' : '>' }),
                'c' when bytesMode => NumberText.FormatString(value is PyBytesLike b1 && b1.ToArray() is [var one] ? ((char)one).ToString() : ((char)checked((byte)ToBig(value))).ToString(), spec with { Type = 's', Sign = null, Alternate = false, Fill = ' ', Align = left ? '<' : '>', Precision = null }),
                's' => NumberText.FormatString(Builtins.str(value), spec with { Type = 's', Sign = null, Alternate = false, Fill = ' ', Align = left ? '<' : '>' }),
                'r' => NumberText.FormatString(Builtins.repr(value), spec with { Type = 's', Sign = null, Alternate = false, Fill = ' ', Align = left ? '<' : '>' }),
                'a' => NumberText.FormatString(Builtins.ascii(value), spec with { Type = 's', Sign = null, Alternate = false, Fill = ' ', Align = left ? '<' : '>' }),
                'c' => NumberText.FormatString(value is string s1 && s1.Length == 1 ? s1 : char.ConvertFromUtf32((int)ToBig(value)), spec with { Type = 's', Sign = null, Alternate = false, Fill = ' ', Align = left ? '<' : '>', Precision = null }),
                'd' or 'i' or 'u' => PercentDecimal(PercentInteger(value, type), spec, precision),
                'x' or 'X' or 'o' => NumberText.FormatInteger(PercentInteger(value, type), spec with { Precision = null }),
                'e' or 'E' or 'f' or 'F' or 'g' or 'G' => NumberText.FormatFloat(PercentFloat(value, type), spec with { Precision = precision ?? 6 }),
                _ => throw new ValueError($"unsupported format character '{type}' (0x{(int)type:x}) at index {i - 1}"),
            });
        }
        if (next < values.Count && !usedMapping && mapping is null)
            throw new TypeError($"not all arguments converted during {(bytesMode ? "bytes" : "string")} formatting");
        return sb.ToString();
    }

    private static string PercentDecimal(System.Numerics.BigInteger value, FormatSpec spec, int? precision)
    {
        string formatted = NumberText.FormatInteger(value, spec with { Type = 'd', Precision = null });
        return precision is int p ? PadDigits(formatted, p) : formatted;
    }

    // %.3d pads the digits with zeros to the precision (rare; kept simple).
    private static string PadDigits(string formatted, int precision)
    {
        string trimmed = formatted.TrimStart(' ');
        string sign = trimmed.StartsWith('-') ? "-" : "";
        string digits = trimmed[sign.Length..].PadLeft(precision, '0');
        return (sign + digits).PadLeft(formatted.Length);
    }

    private static System.Numerics.BigInteger PercentInteger(object? value, char type)
    {
        if (value is PyNumberObject number) value = number.BuiltinValue;   // class Cents(int): its int
        if (IsInt(value)) return ToBig(value);
        if (IsFloat(value) && type is 'd' or 'i' or 'u') return Builtins.ToBigTruncated(ToDouble(value));
        string kind = type is 'd' or 'i' or 'u' ? "a real number" : "an integer";
        throw new TypeError($"%{type} format: {kind} is required, not {Builtins.type_name(value)}");
    }

    private static double PercentFloat(object? value, char type) =>
        IsNumber(value) ? ToDouble(value) : value is PyNumberObject number ? ToDouble(number.BuiltinValue) : throw new TypeError($"must be real number, not {Builtins.type_name(value)}");
}
