#pragma warning disable CS8981 // Python module names are lower case.
using System.Numerics;

namespace Py2Cs.Runtime;

/// <summary>Python's <c>statistics</c> (the common functions). <c>mean</c> sums exactly, as CPython does
/// with fractions, so results round the same way; a mean of ints that is whole stays an int.</summary>
[PyModule("statistics")]
public static partial class statistics
{
    public static object mean(System.Collections.IEnumerable data)
    {
        var values = Py.Iter(data).ToList();
        if (values.Count == 0) throw new StatisticsError("mean requires at least one data point");
        bool allInts = values.All(Py.IsInt);
        // Exact sum as a fraction numerator / 2^shift.
        BigInteger numerator = 0;
        int shift = 0;
        foreach (var v in values)
        {
            var (m, e) = Exact(v);
            if (e < shift) { numerator <<= shift - e; shift = e; }
            numerator += m << (e - shift);
        }
        BigInteger denominator = new BigInteger(values.Count);
        if (shift < 0) denominator <<= -shift; else numerator <<= shift;
        if (allInts && BigInteger.Remainder(numerator, denominator).IsZero) return Py.Int(numerator / denominator);
        return Py.TrueDiv(Py.Int(numerator), Py.Int(denominator))!;
    }

    public static double fmean(System.Collections.IEnumerable data)
    {
        var values = Py.Iter(data).ToList();
        if (values.Count == 0) throw new StatisticsError("fmean requires at least one data point");
        return math.fsum(values) / values.Count;
    }

    public static object? median(System.Collections.IEnumerable data)
    {
        var sorted = Builtins.sorted(Py.Iter(data));
        int n = sorted.Count;
        if (n == 0) throw new StatisticsError("no median for empty data");
        if (n % 2 == 1) return sorted[n / 2];
        return Py.TrueDiv(Py.Add(sorted[n / 2 - 1], sorted[n / 2]), 2L);
    }

    public static object? median_low(System.Collections.IEnumerable data)
    {
        var sorted = Builtins.sorted(Py.Iter(data));
        if (sorted.Count == 0) throw new StatisticsError("no median for empty data");
        return sorted[(sorted.Count - 1) / 2];
    }

    public static object? median_high(System.Collections.IEnumerable data)
    {
        var sorted = Builtins.sorted(Py.Iter(data));
        if (sorted.Count == 0) throw new StatisticsError("no median for empty data");
        return sorted[sorted.Count / 2];
    }

    /// <summary>The most common value; the first one met wins ties (3.8+).</summary>
    public static object? mode(System.Collections.IEnumerable data)
    {
        var counts = new Counter<object>(Py.Iter(data).Select(x => x ?? throw new TypeError("None is not supported")));
        if (counts.Count == 0) throw new StatisticsError("no mode for empty data");
        return counts.most_common(1)[0].Item1;
    }

    /// <summary>Every most common value, in first-seen order (empty data gives an empty list).</summary>
    public static PyList<object?> multimode(System.Collections.IEnumerable data)
    {
        var counts = new Counter<object>(Py.Iter(data).Select(x => x ?? throw new TypeError("None is not supported")));
        if (counts.Count == 0) return new PyList<object?>();
        long max = counts.Entries().Max(e => e.Value);
        return new PyList<object?>(counts.Entries().Where(e => e.Value == max).Select(e => (object?)e.Key));
    }

    /// <summary><c>exp(fmean(map(log, data)))</c>, as CPython computes it.</summary>
    public static double geometric_mean(System.Collections.IEnumerable data)
    {
        var logs = new List<object?>();
        foreach (var x in Py.Iter(data))
        {
            double d = Py.ToDouble(x);
            if (!(d > 0)) throw new StatisticsError("geometric mean requires a non-empty dataset containing positive numbers");
            logs.Add(Math.Log(d));
        }
        if (logs.Count == 0) throw new StatisticsError("geometric mean requires a non-empty dataset containing positive numbers");
        return Math.Exp(math.fsum(logs) / logs.Count);
    }

    /// <summary>n divided by the exact sum of the float reciprocals, rounded once (CPython's <c>_sum</c>);
    /// a zero value gives 0, one value is returned as it is.</summary>
    public static object? harmonic_mean(System.Collections.IEnumerable data)
    {
        var values = Py.Iter(data).ToList();
        const string negative = "harmonic mean does not support negative values";
        if (values.Count == 0) throw new StatisticsError("harmonic_mean requires at least one data point");
        if (values.Any(v => Py.Lt(v, 0L))) throw new StatisticsError(negative);
        if (values.Count == 1) return values[0];
        if (values.Any(v => Py.ToDouble(v) == 0)) return 0L;
        BigInteger numerator = 0;
        int shift = 0;
        foreach (var v in values)
        {
            var (m, e) = Exact(1.0 / Py.ToDouble(v));
            if (e < shift) { numerator <<= shift - e; shift = e; }
            numerator += m << (e - shift);
        }
        // n / (numerator * 2^shift)
        BigInteger top = new BigInteger(values.Count), bottom = numerator;
        if (shift < 0) top <<= -shift; else bottom <<= shift;
        return Py.TrueDiv(Py.Int(top), Py.Int(bottom));
    }

    private static (BigInteger Mantissa, int Exponent) Exact(object? value)
    {
        if (Py.IsInt(value)) return (Py.ToBig(value), 0);
        double d = Py.ToDouble(value);
        if (!double.IsFinite(d)) throw new ValueError("statistics of non-finite values are not supported");
        long bits = BitConverter.DoubleToInt64Bits(d);
        int exponent = (int)((bits >> 52) & 0x7FF);
        BigInteger mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0) exponent = 1; else mantissa |= 1L << 52;
        if (d < 0) mantissa = -mantissa;
        return (mantissa, exponent - 1075);
    }
}

/// <summary><c>statistics.StatisticsError</c>.</summary>
public class StatisticsError : ValueError
{
    public StatisticsError(params object?[] args) : base(args) { }
    public override string PythonTypeName => "statistics.StatisticsError";
}
