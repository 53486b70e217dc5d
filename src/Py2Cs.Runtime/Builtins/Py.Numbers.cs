using System.Numerics;

namespace Py2Cs.Runtime;

/// <summary>How the runtime sees numbers in <c>object?</c> code: Python's int is any CLR integer or
/// BigInteger (bool included, as in Python), float is double (or float).</summary>
public static partial class Py
{
    internal static bool IsInt(object? x) =>
        x is long or int or bool or BigInteger or short or sbyte or byte or ushort or uint or ulong;

    internal static bool IsFloat(object? x) => x is double or float or decimal;

    internal static bool IsNumber(object? x) => IsInt(x) || IsFloat(x);

    internal static BigInteger ToBig(object? x) => x switch
    {
        long l => l,
        int i => i,
        bool b => b ? 1 : 0,
        BigInteger big => big,
        short s => s,
        sbyte sb => sb,
        byte by => by,
        ushort us => us,
        uint ui => ui,
        ulong ul => ul,
        _ => throw new TypeError($"'{Builtins.type_name(x)}' object cannot be interpreted as an integer"),
    };

    /// <summary>True when x is an int that fits a long; the value is returned in <paramref name="value"/>.</summary>
    internal static bool TryLong(object? x, out long value)
    {
        switch (x)
        {
            case long l: value = l; return true;
            case int i: value = i; return true;
            case bool b: value = b ? 1 : 0; return true;
            case short s: value = s; return true;
            case sbyte sb: value = sb; return true;
            case byte by: value = by; return true;
            case ushort us: value = us; return true;
            case uint ui: value = ui; return true;
            case ulong ul when ul <= long.MaxValue: value = (long)ul; return true;
            case BigInteger big when big >= long.MinValue && big <= long.MaxValue: value = (long)big; return true;
            case PyIntObject subclassed: return TryLong(subclassed.BuiltinValue, out value);   // class Port(int): its int
            default: value = 0; return false;
        }
    }

    internal static double ToDouble(object? x) => x switch
    {
        double d => d,
        float f => f,
        decimal m => (double)m,
        BigInteger big => BigToDouble(big),
        _ when TryLong(x, out long l) => l,
        _ => throw new TypeError($"must be real number, not {Builtins.type_name(x)}"),
    };

    /// <summary>Correctly rounded (half to even) conversion; .NET's BigInteger cast truncates.</summary>
    internal static double BigToDouble(BigInteger big)
    {
        BigInteger magnitude = BigInteger.Abs(big);
        long bits = (long)magnitude.GetBitLength();
        double result;
        if (bits <= 53) result = (double)magnitude;
        else
        {
            int shift = (int)(bits - 54);
            BigInteger top = magnitude >> shift;            // 54 bits: 53 kept plus the rounding bit
            bool sticky = !(magnitude & ((BigInteger.One << shift) - 1)).IsZero;
            BigInteger kept = top >> 1;
            bool roundBit = !top.IsEven;
            if (roundBit && (sticky || !kept.IsEven)) kept += 1;
            result = Math.ScaleB((double)kept, shift + 1);
        }
        if (double.IsInfinity(result)) throw new OverflowError("int too large to convert to float");
        return big.Sign < 0 ? -result : result;
    }

    /// <summary>An int result in the canonical boxed form: long when it fits, else BigInteger.</summary>
    public static object Int(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue ? (object)(long)value : value;
}
