using System.Globalization;
using System.Numerics;
using System.Text;

namespace Py2Cs.Runtime;

/// <summary>Python's text for numbers: float repr and the format-spec mini-language for int and float.</summary>
internal static class NumberText
{
    /// <summary>repr(float): shortest round-trip digits, exponent form when exp &lt; -4 or exp &gt;= 16.</summary>
    public static string FloatRepr(double value)
    {
        if (double.IsNaN(value)) return "nan";
        if (double.IsInfinity(value)) return value > 0 ? "inf" : "-inf";
        string sign = value < 0 || (value == 0 && double.IsNegative(value)) ? "-" : "";
        var (digits, point) = FloatDigits.Shortest(Math.Abs(value));
        return sign + ShortestLayout(digits, point, 16, addDotZero: true);
    }

    private static string ShortestLayout(string digits, int point, int exponentThreshold, bool addDotZero)
    {
        int exponent = point - 1;
        if (exponent < -4 || exponent >= exponentThreshold)
            return digits[..1] + (digits.Length > 1 ? "." + digits[1..] : "") + ExponentSuffix('e', exponent);
        if (point <= 0) return "0." + new string('0', -point) + digits;
        if (point >= digits.Length) return digits + new string('0', point - digits.Length) + (addDotZero ? ".0" : "");
        return digits[..point] + "." + digits[point..];
    }

    private static string ExponentSuffix(char e, int exponent) =>
        e + (exponent < 0 ? "-" : "+") + Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);

    public static string FormatFloat(double value, FormatSpec spec, string typeName = "float")
    {
        char type = spec.Type;
        if (type is not ('\0' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'n' or '%'))
            throw new ValueError($"Unknown format code '{type}' for object of type '{typeName}'");
        if (spec.Grouping is not null && type == 'n')
            throw new ValueError($"Cannot specify '{spec.Grouping}' with 'n'.");
        bool upper = type is 'E' or 'F' or 'G';
        bool negative = value < 0 || (value == 0 && double.IsNegative(value));
        double magnitude = Math.Abs(value);
        if (type == '%') magnitude *= 100;

        string body;
        if (double.IsNaN(value)) { body = upper ? "NAN" : "nan"; negative = false; }
        else if (double.IsInfinity(value)) body = upper ? "INF" : "inf";
        else body = FiniteBody(magnitude, type, spec.Precision, spec.Alternate, upper);
        if (type == '%') body += "%";

        if (negative && spec.NoNegativeZero && IsZeroText(body)) negative = false;
        string sign = negative ? "-" : spec.Sign is '+' or ' ' ? spec.Sign.Value.ToString() : "";
        bool finite = double.IsFinite(value);
        return Finish(sign, "", body, spec, finite ? 3 : 0, '>');
    }

    private static bool IsZeroText(string body) => body.All(c => c is '0' or '.' or '%' or 'e' or 'E' or '+' or '-');

    private static string FiniteBody(double magnitude, char type, int? precision, bool alternate, bool upper)
    {
        switch (type)
        {
            case 'f' or 'F' or '%':
                {
                    string text = FloatDigits.Fixed(magnitude, precision ?? 6);
                    return alternate && !text.Contains('.') ? text + "." : text;
                }
            case 'e' or 'E':
                return ExponentLayout(magnitude, precision ?? 6, alternate, upper ? 'E' : 'e');
            case 'g' or 'G' or 'n':
                return GeneralLayout(magnitude, precision ?? 6, alternate, upper ? 'E' : 'e', addDotZero: false);
            default:
                if (precision is null)
                {
                    var (digits, point) = FloatDigits.Shortest(magnitude);
                    return ShortestLayout(digits, point, 16, addDotZero: true);
                }
                return GeneralLayout(magnitude, precision.Value, alternate, 'e', addDotZero: true);
        }
    }

    private static string ExponentLayout(double magnitude, int precision, bool alternate, char e)
    {
        var (digits, exponent) = FloatDigits.Significant(magnitude, precision + 1);
        string mantissa = digits[..1] + (precision > 0 ? "." + digits[1..] : alternate ? "." : "");
        return mantissa + ExponentSuffix(e, exponent);
    }

    private static string GeneralLayout(double magnitude, int precision, bool alternate, char e, bool addDotZero)
    {
        int p = precision == 0 ? 1 : precision;
        var (digits, exponent) = FloatDigits.Significant(magnitude, p);
        if (magnitude == 0) exponent = 0;
        string text;
        // CPython's format_float_short: with add-dot-0 (no type letter) the switch to exponent comes one digit earlier.
        if (exponent >= -4 && exponent < (addDotZero ? p - 1 : p))
        {
            if (exponent >= 0)
                text = digits[..(exponent + 1)] + (exponent + 1 < p ? "." + digits[(exponent + 1)..] : alternate ? "." : "");
            else
                text = "0." + new string('0', -exponent - 1) + digits;
            if (!alternate) text = StripFractionZeros(text);
            if (addDotZero && !text.Contains('.')) text += ".0";
            return text;
        }
        string mantissa = digits[..1] + (p > 1 ? "." + digits[1..] : alternate ? "." : "");
        if (!alternate) mantissa = StripFractionZeros(mantissa);
        return mantissa + ExponentSuffix(e, exponent);
    }

    private static string StripFractionZeros(string text)
    {
        if (!text.Contains('.')) return text;
        text = text.TrimEnd('0');
        return text.EndsWith('.') ? text[..^1] : text;
    }

    public static string FormatInteger(BigInteger value, FormatSpec spec, string typeName = "int")
    {
        char type = spec.Type;
        if (type is 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%')
            return FormatFloat(Py.BigToDouble(value), spec, typeName);
        if (type is not ('\0' or 'd' or 'n' or 'b' or 'o' or 'x' or 'X' or 'c'))
            throw new ValueError($"Unknown format code '{type}' for object of type '{typeName}'");
        if (spec.Precision is not null) throw new ValueError("Precision not allowed in integer format specifier");
        if (spec.NoNegativeZero) throw new ValueError("Negative zero coercion (z) not allowed in integer format specifier");
        if (spec.Grouping is char g && (type is 'c' or 'n' || (g == ',' && type is 'b' or 'o' or 'x' or 'X')))
            throw new ValueError($"Cannot specify '{g}' with '{type}'.");
        if (type == 'c')
        {
            if (spec.Sign is not null) throw new ValueError("Sign not allowed with integer format specifier 'c'");
            if (value < long.MinValue || value > long.MaxValue) throw new OverflowError("Python int too large to convert to C long");
            if (value < 0 || value > 0x10FFFF) throw new OverflowError("%c arg not in range(0x110000)");
            return spec.Pad("", char.ConvertFromUtf32((int)value), '>');
        }
        bool negative = value.Sign < 0;
        BigInteger magnitude = BigInteger.Abs(value);
        string digits = type switch
        {
            'b' => ToBase(magnitude, 2),
            'o' => ToBase(magnitude, 8),
            'x' => ToBase(magnitude, 16),
            'X' => ToBase(magnitude, 16).ToUpperInvariant(),
            _ => magnitude.ToString(CultureInfo.InvariantCulture),
        };
        string prefix = !spec.Alternate ? "" : type switch { 'b' => "0b", 'o' => "0o", 'x' => "0x", 'X' => "0X", _ => "" };
        string sign = negative ? "-" : spec.Sign is '+' or ' ' ? spec.Sign.Value.ToString() : "";
        int groupSize = type is 'b' or 'o' or 'x' or 'X' ? 4 : 3;
        return Finish(sign, prefix, digits, spec, groupSize, '>');
    }

    /// <summary>Adds grouping separators to the integer part and pads; zero padding ('=' with fill '0')
    /// pads the digits themselves so that separators land in the padding too, as CPython does.</summary>
    internal static string Finish(string sign, string prefix, string body, FormatSpec spec, int groupSize, char defaultAlign)
    {
        int intEnd = 0;
        while (intEnd < body.Length && char.IsAsciiHexDigit(body[intEnd]) && !(groupSize == 3 && body[intEnd] is 'e' or 'E')) intEnd++;
        if (groupSize == 0) intEnd = 0;
        string intPart = body[..intEnd], rest = body[intEnd..];
        bool zeroFill = spec.Fill == '0' && (spec.Align ?? defaultAlign) == '=' && groupSize != 0;
        if (zeroFill && spec.Width is int width)
        {
            int minDigits = width - sign.Length - prefix.Length - rest.Length;
            if (spec.Grouping is not null)
            {
                int n = intPart.Length;
                while (n + (n - 1) / groupSize < minDigits) n++;
                intPart = intPart.PadLeft(n, '0');
            }
            else intPart = intPart.PadLeft(Math.Max(minDigits, intPart.Length), '0');
        }
        if (spec.Grouping is char separator) intPart = Group(intPart, separator, groupSize);
        return spec.Pad(sign + prefix, intPart + rest, defaultAlign);
    }

    private static string Group(string digits, char separator, int size)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % size == 0) sb.Append(separator);
            sb.Append(digits[i]);
        }
        return sb.ToString();
    }

    public static string ToBase(BigInteger magnitude, int radix)
    {
        if (magnitude.IsZero) return "0";
        var sb = new StringBuilder();
        while (!magnitude.IsZero)
        {
            int digit = (int)(magnitude % radix);
            sb.Insert(0, "0123456789abcdef"[digit]);
            magnitude /= radix;
        }
        return sb.ToString();
    }

    public static string FormatString(string value, FormatSpec spec)
    {
        if (spec.Type is not ('\0' or 's')) throw new ValueError($"Unknown format code '{spec.Type}' for object of type 'str'");
        if (spec.Sign is not null) throw new ValueError("Sign not allowed in string format specifier");
        if (spec.Alternate) throw new ValueError("Alternate form (#) not allowed in string format specifier");
        if (spec.Grouping is char g) throw new ValueError($"Cannot specify '{g}' with 's'.");
        if (spec.Align == '=') throw new ValueError("'=' alignment not allowed in string format specifier");
        if (spec.Precision is int p && p < StrCodePoints.Length(value)) value = value[..StrCodePoints.Offset(value, p)];
        return spec.Pad("", value, '<');
    }
}
