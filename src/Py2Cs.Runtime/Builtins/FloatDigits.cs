using System.Globalization;
using System.Numerics;

namespace Py2Cs.Runtime;

/// <summary>
/// Decimal digits of a finite, non-negative double, the way CPython's dtoa produces them:
/// the shortest digits that round-trip (for repr) or correctly rounded, round-half-even on the
/// exact binary value, to a given number of digits (for format specs and round()).
/// </summary>
internal static class FloatDigits
{
    /// <summary>Shortest round-trip digits: value = 0.Digits × 10^DecimalPoint. Zero gives ("0", 1).</summary>
    public static (string Digits, int DecimalPoint) Shortest(double value)
    {
        if (value == 0) return ("0", 1);
        // .NET Core 3.0+ "R" is the shortest round-trip form; only its layout differs from Python.
        string text = value.ToString("R", CultureInfo.InvariantCulture);
        int exponent = 0;
        int e = text.IndexOf('E');
        string mantissa = text;
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], CultureInfo.InvariantCulture);
            mantissa = text[..e];
        }
        int dot = mantissa.IndexOf('.');
        string intPart = dot >= 0 ? mantissa[..dot] : mantissa;
        string fracPart = dot >= 0 ? mantissa[(dot + 1)..] : "";
        return Normalize(intPart + fracPart, intPart.Length + exponent);
    }

    /// <summary>|value| × 10^fractionDigits rounded half-even to an integer, computed exactly.</summary>
    public static BigInteger ScaledRound(double value, int fractionDigits)
    {
        long bits = BitConverter.DoubleToInt64Bits(Math.Abs(value));
        int rawExponent = (int)((bits >> 52) & 0x7FF);
        long fraction = bits & 0xFFFFFFFFFFFFFL;
        BigInteger mantissa = rawExponent == 0 ? fraction : fraction | (1L << 52);
        int binaryExponent = (rawExponent == 0 ? 1 : rawExponent) - 1075;

        BigInteger numerator = mantissa, denominator = BigInteger.One;
        if (binaryExponent >= 0) numerator <<= binaryExponent; else denominator <<= -binaryExponent;
        if (fractionDigits >= 0) numerator *= BigInteger.Pow(10, fractionDigits);
        else denominator *= BigInteger.Pow(10, -fractionDigits);

        BigInteger quotient = BigInteger.DivRem(numerator, denominator, out BigInteger remainder);
        int half = (remainder * 2).CompareTo(denominator);
        if (half > 0 || (half == 0 && !quotient.IsEven)) quotient += 1;
        return quotient;
    }

    /// <summary>Digits rounded to <paramref name="significant"/> significant digits (at least 1) and the
    /// decimal exponent of the first digit (value ≈ d.ddd × 10^Exponent).</summary>
    public static (string Digits, int Exponent) Significant(double value, int significant)
    {
        if (value == 0) return (new string('0', significant), 0);
        int exponent = (int)Math.Floor(Math.Log10(Math.Abs(value)));
        while (true)
        {
            string digits = ScaledRound(value, significant - 1 - exponent).ToString(CultureInfo.InvariantCulture);
            if (digits.Length > significant) { exponent++; continue; }
            if (digits.Length < significant) { exponent--; continue; }
            return (digits, exponent);
        }
    }

    /// <summary>Digits of |value| rounded to a fixed number of digits after the point, with the point inserted.</summary>
    public static string Fixed(double value, int fractionDigits)
    {
        string digits = ScaledRound(value, fractionDigits).ToString(CultureInfo.InvariantCulture);
        if (fractionDigits == 0) return digits;
        if (digits.Length <= fractionDigits) digits = new string('0', fractionDigits - digits.Length + 1) + digits;
        return digits[..^fractionDigits] + "." + digits[^fractionDigits..];
    }

    private static (string, int) Normalize(string digits, int decimalPoint)
    {
        int lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0') lead++;
        digits = digits[lead..];
        decimalPoint -= lead;
        digits = digits.TrimEnd('0');
        return digits.Length == 0 ? ("0", 1) : (digits, decimalPoint);
    }
}
