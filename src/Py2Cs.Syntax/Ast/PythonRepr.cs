using System.Globalization;
using System.Numerics;
using System.Text;

namespace Py2Cs.Syntax.Ast;

/// <summary>Python's <c>repr()</c> of literal values (str, bytes, int, float, complex), as CPython 3.11 prints them.</summary>
public static class PythonRepr
{
    public static string Of(Constant c) => c.Kind switch
    {
        ConstantKind.None => "None",
        ConstantKind.Bool => (bool)c.Value! ? "True" : "False",
        ConstantKind.Ellipsis => "Ellipsis",
        ConstantKind.Int => ((BigInteger)c.Value!).ToString(CultureInfo.InvariantCulture),
        ConstantKind.Float => OfFloat((double)c.Value!),
        ConstantKind.Complex => OfImaginary((double)c.Value!),
        ConstantKind.Str => OfString((string)c.Value!),
        ConstantKind.Bytes => OfBytes((byte[])c.Value!),
        _ => "?",
    };

    /// <summary>repr(float): shortest round-trip digits, exponent form below 1e-4 and from 1e16 on.</summary>
    public static string OfFloat(double value) => FormatFloat(value, addDotZero: true);

    /// <summary>repr of a pure imaginary complex such as <c>1j</c> or <c>2.5j</c>.</summary>
    public static string OfImaginary(double imag) => FormatFloat(imag, addDotZero: false) + "j";

    static string FormatFloat(double value, bool addDotZero)
    {
        if (double.IsNaN(value)) return "nan";
        if (double.IsPositiveInfinity(value)) return "inf";
        if (double.IsNegativeInfinity(value)) return "-inf";
        if (value == 0) return (double.IsNegative(value) ? "-0" : "0") + (addDotZero ? ".0" : "");

        // "R" gives the shortest digits that round-trip; take them apart into digits and exponent.
        string shortest = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        int e = shortest.IndexOfAny(['E', 'e']);
        string mantissa = e >= 0 ? shortest[..e] : shortest;
        int exp10 = e >= 0 ? int.Parse(shortest[(e + 1)..], CultureInfo.InvariantCulture) : 0;
        int dot = mantissa.IndexOf('.');
        string intPart = dot >= 0 ? mantissa[..dot] : mantissa;
        string fracPart = dot >= 0 ? mantissa[(dot + 1)..] : "";
        string digits = (intPart + fracPart).TrimStart('0');
        int leadingZeros = (intPart + fracPart).Length - digits.Length;
        // Where the decimal point falls relative to the digits: value = 0.digits * 10^decpt.
        int decpt = intPart.Length - leadingZeros + exp10;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0) digits = "0";

        var sb = new StringBuilder();
        if (value < 0) sb.Append('-');
        if (decpt > -4 && decpt <= 16)
        {
            if (decpt <= 0)
            {
                sb.Append("0.").Append('0', -decpt).Append(digits);
            }
            else if (decpt >= digits.Length)
            {
                sb.Append(digits).Append('0', decpt - digits.Length);
                if (addDotZero) sb.Append(".0");
            }
            else
            {
                sb.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digits.Length - decpt);
            }
        }
        else
        {
            sb.Append(digits[0]);
            if (digits.Length > 1) sb.Append('.').Append(digits, 1, digits.Length - 1);
            int exp = decpt - 1;
            sb.Append('e').Append(exp < 0 ? '-' : '+').Append(Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>repr(str): single quotes unless the text has a single quote and no double quote.</summary>
    public static string OfString(string s)
    {
        char quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2);
        sb.Append(quote);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == quote || c == '\\') { sb.Append('\\').Append(c); continue; }
            if (c == '\n') { sb.Append("\\n"); continue; }
            if (c == '\r') { sb.Append("\\r"); continue; }
            if (c == '\t') { sb.Append("\\t"); continue; }
            int codePoint = c;
            int width = 1;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                codePoint = char.ConvertToUtf32(c, s[i + 1]);
                width = 2;
            }
            if (codePoint < 0x20 || codePoint == 0x7F) sb.Append("\\x").Append(codePoint.ToString("x2", CultureInfo.InvariantCulture));
            else if (codePoint < 0x7F) sb.Append(c);
            else if (IsPrintable(s, i, codePoint)) sb.Append(s, i, width);
            else if (codePoint <= 0xFF) sb.Append("\\x").Append(codePoint.ToString("x2", CultureInfo.InvariantCulture));
            else if (codePoint <= 0xFFFF) sb.Append("\\u").Append(codePoint.ToString("x4", CultureInfo.InvariantCulture));
            else sb.Append("\\U").Append(codePoint.ToString("x8", CultureInfo.InvariantCulture));
            i += width - 1;
        }
        sb.Append(quote);
        return sb.ToString();
    }

    // str.isprintable(): not in the Other (Cc, Cf, Cs, Co, Cn) or Separator (Zl, Zp, Zs) categories, except ' '.
    static bool IsPrintable(string s, int index, int codePoint)
    {
        if (codePoint >= 0xD800 && codePoint <= 0xDFFF) return false;
        var category = CharUnicodeInfo.GetUnicodeCategory(s, index);
        return category switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.SpaceSeparator => false,
            _ => true,
        };
    }

    /// <summary>repr(bytes): b'...' with printable ASCII as is and everything else escaped.</summary>
    public static string OfBytes(byte[] bytes)
    {
        char quote = bytes.Contains((byte)'\'') && !bytes.Contains((byte)'"') ? '"' : '\'';
        var sb = new StringBuilder(bytes.Length + 3);
        sb.Append('b').Append(quote);
        foreach (byte b in bytes)
        {
            if (b == quote || b == '\\') sb.Append('\\').Append((char)b);
            else if (b == '\t') sb.Append("\\t");
            else if (b == '\n') sb.Append("\\n");
            else if (b == '\r') sb.Append("\\r");
            else if (b < 0x20 || b >= 0x7F) sb.Append("\\x").Append(b.ToString("x2", CultureInfo.InvariantCulture));
            else sb.Append((char)b);
        }
        sb.Append(quote);
        return sb.ToString();
    }
}
