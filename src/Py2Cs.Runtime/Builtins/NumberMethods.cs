using System.Numerics;

namespace Py2Cs.Runtime;

/// <summary>Methods of Python's int, as extension methods on long and BigInteger.</summary>
public static class IntMethods
{
    public static long bit_length(this long value) => value == 0 ? 0 : value == long.MinValue ? 64 : 64 - BitOperations.LeadingZeroCount((ulong)Math.Abs(value));
    public static long bit_length(this BigInteger value) => (long)BigInteger.Abs(value).GetBitLength();
    public static long bit_count(this long value) => value == long.MinValue ? 1 : BitOperations.PopCount((ulong)Math.Abs(value));
    public static long bit_count(this BigInteger value) => BigInteger.Abs(value).ToByteArray().Sum(b => (long)BitOperations.PopCount(b));
    public static (long, long) as_integer_ratio(this long value) => (value, 1);
    public static long conjugate(this long value) => value;
    public static bool is_integer(this long value) => true;

    /// <summary>The data attributes of int (bool included) and float read dynamically: <c>real</c>, <c>imag</c>,
    /// <c>numerator</c>, <c>denominator</c> (the last two are int's only).</summary>
    internal static bool TryDataAttribute(object number, string name, out object? value)
    {
        if (number is double d)
            value = name switch { "real" => d, "imag" => 0.0, _ => null };
        else
        {
            object integer = number is bool b ? (b ? 1L : 0L) : number;
            value = name switch { "real" or "numerator" => integer, "imag" => 0L, "denominator" => 1L, _ => null };
        }
        return value is not null;
    }

    /// <summary><c>n.to_bytes(length=1, byteorder='big', *, signed=False)</c>.</summary>
    public static PyBytes to_bytes(this long value, long length = 1, string byteorder = "big", bool signed = false) => PyBytes.int_to_bytes(value, length, byteorder, signed);
    public static PyBytes to_bytes(this BigInteger value, long length = 1, string byteorder = "big", bool signed = false) => PyBytes.int_to_bytes(value, length, byteorder, signed);

    /// <summary><c>int.from_bytes(bytes, byteorder='big', *, signed=False)</c>: a class method, reached through <c>int</c>.</summary>
    public static object from_bytes(object? bytes, string byteorder = "big", bool signed = false) => PyBytes.int_from_bytes(bytes, byteorder, signed);
}

/// <summary>Methods of Python's float, as extension methods on double.</summary>
public static class FloatMethods
{
    public static bool is_integer(this double value) => double.IsFinite(value) && value == Math.Floor(value);

    public static (object, object) as_integer_ratio(this double value)
    {
        if (double.IsInfinity(value)) throw new OverflowError("cannot convert Infinity to integer ratio");
        if (double.IsNaN(value)) throw new ValueError("cannot convert NaN to integer ratio");
        long bits = BitConverter.DoubleToInt64Bits(value);
        int exponent = (int)((bits >> 52) & 0x7FF);
        BigInteger mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0) exponent = 1; else mantissa |= 1L << 52;
        exponent -= 1075;
        if (value < 0) mantissa = -mantissa;
        BigInteger numerator = mantissa, denominator = 1;
        if (exponent > 0) numerator <<= exponent; else denominator <<= -exponent;
        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!gcd.IsZero) { numerator /= gcd; denominator /= gcd; }
        return (Py.Int(numerator), Py.Int(denominator));
    }

    public static string hex(this double value)
    {
        if (double.IsNaN(value)) return "nan";
        if (double.IsInfinity(value)) return value > 0 ? "inf" : "-inf";
        string sign = double.IsNegative(value) ? "-" : "";
        if (value == 0) return sign + "0x0.0p+0";
        long bits = BitConverter.DoubleToInt64Bits(Math.Abs(value));
        int exponent = (int)((bits >> 52) & 0x7FF);
        long fraction = bits & 0xFFFFFFFFFFFFFL;
        int lead = exponent == 0 ? 0 : 1;
        int e = exponent == 0 ? -1022 : exponent - 1023;
        string digits = fraction.ToString("x13").TrimEnd('0');
        return $"{sign}0x{lead}.{(digits.Length == 0 ? "0" : digits)}p{(e >= 0 ? "+" : "")}{e}";
    }

    public static double conjugate(this double value) => value;
}
