#pragma warning disable CS8981 // Python module names are lower case.
using System.Numerics;

namespace Py2Cs.Runtime;

/// <summary>
/// <c>statistics</c>' measures of spread, computed as CPython 3.11 computes them: the sum of squared
/// deviations exactly, as a fraction; a variance of ints that comes out whole stays an int; standard
/// deviations are the correctly rounded square root of that fraction. And <c>quantiles</c>.
/// </summary>
public static partial class statistics
{
    public static object pvariance(System.Collections.IEnumerable data)
    {
        var (ss, n, allInts) = SumOfSquares(data, "pvariance", 1);
        return Convert(ss.Num, ss.Den * n, allInts);
    }

    public static object variance(System.Collections.IEnumerable data)
    {
        var (ss, n, allInts) = SumOfSquares(data, "variance", 2);
        return Convert(ss.Num, ss.Den * (n - 1), allInts);
    }

    public static double pstdev(System.Collections.IEnumerable data)
    {
        var (ss, n, _) = SumOfSquares(data, "pstdev", 1);
        return SqrtOfFraction(ss.Num, ss.Den * n);
    }

    public static double stdev(System.Collections.IEnumerable data)
    {
        var (ss, n, _) = SumOfSquares(data, "stdev", 2);
        return SqrtOfFraction(ss.Num, ss.Den * (n - 1));
    }

    /// <summary><c>quantiles(data, n=4, method='exclusive')</c>: cut points interpolated between data points.</summary>
    public static PyList<object?> quantiles(System.Collections.IEnumerable data, long n = 4, string method = "exclusive")
    {
        if (n < 1) throw new StatisticsError("n must be at least 1");
        var sorted = Builtins.sorted(Py.Iter(data));
        long ld = sorted.Count;
        if (ld < 2) throw new StatisticsError("must have at least two data points");
        var result = new PyList<object?>();
        if (method == "inclusive")
        {
            long m = ld - 1;
            for (long i = 1; i < n; i++)
            {
                long j = i * m / n, delta = i * m % n;
                result.Add(Py.TrueDiv(Py.Add(Py.Mul(sorted[(int)j], n - delta), Py.Mul(sorted[(int)j + 1], delta)), n));
            }
            return result;
        }
        if (method == "exclusive")
        {
            long m = ld + 1;
            for (long i = 1; i < n; i++)
            {
                long j = Math.Clamp(i * m / n, 1, ld - 1);
                long delta = i * m - j * n;
                result.Add(Py.TrueDiv(Py.Add(Py.Mul(sorted[(int)j - 1], n - delta), Py.Mul(sorted[(int)j], delta)), n));
            }
            return result;
        }
        throw new ValueError($"Unknown method: {Builtins.repr(method)}");
    }

    /// <summary>The exact sum of squared deviations from the mean, (n·Σx² − (Σx)²)/n, as a fraction.</summary>
    private static ((BigInteger Num, BigInteger Den) Ss, long Count, bool AllInts) SumOfSquares(System.Collections.IEnumerable data, string name, int atLeast)
    {
        var values = Py.Iter(data).ToList();
        if (values.Count < atLeast)
            throw new StatisticsError(atLeast == 1 ? $"{name} requires at least one data point" : $"{name} requires at least two data points");
        // Every value is m·2^e: scale all to the smallest exponent so the sums are integers.
        var exact = values.Select(Exact).ToList();
        int shift = exact.Min(x => x.Exponent);
        BigInteger sx = 0, sxx = 0;
        foreach (var (m, e) in exact)
        {
            var scaled = m << (e - shift);
            sx += scaled;
            sxx += scaled * scaled;
        }
        BigInteger count = values.Count;
        // Values are scaled by 2^-shift, squares by 2^-2shift.
        var num = count * sxx - sx * sx;
        var den = count * BigInteger.Pow(2, -2 * Math.Min(shift, 0));
        if (shift > 0) num <<= 2 * shift;
        return ((num, den), values.Count, values.All(Py.IsInt));
    }

    private static object Convert(BigInteger num, BigInteger den, bool allInts)
    {
        var g = BigInteger.GreatestCommonDivisor(num, den);
        if (!g.IsZero) { num /= g; den /= g; }
        return allInts && den.IsOne ? Py.Int(num) : Py.TrueDiv(Py.Int(num), Py.Int(den))!;
    }

    /// <summary>√(n/m) correctly rounded to a float: an integer square root with enough extra bits,
    /// rounded to odd so that the final conversion rounds once.</summary>
    private static double SqrtOfFraction(BigInteger n, BigInteger m)
    {
        const int SqrtBitWidth = 2 * 53 + 3;
        long q = (BitLength(n) - BitLength(m) - SqrtBitWidth) >> 1;  // floor division by 2
        BigInteger numerator, denominator;
        if (q >= 0)
        {
            numerator = IntegerSqrtOfFractionRoundToOdd(n, m << (int)(2 * q)) << (int)q;
            denominator = 1;
        }
        else
        {
            numerator = IntegerSqrtOfFractionRoundToOdd(n << (int)(-2 * q), m);
            denominator = BigInteger.One << (int)-q;
        }
        return Py.ToDouble(Py.TrueDiv(Py.Int(numerator), Py.Int(denominator)));
    }

    private static BigInteger IntegerSqrtOfFractionRoundToOdd(BigInteger n, BigInteger m)
    {
        var a = IntegerSqrt(BigInteger.Divide(n, m));
        return a * a * m != n ? a | 1 : a;
    }

    private static BigInteger IntegerSqrt(BigInteger n)
    {
        if (n.IsZero) return 0;
        var x = BigInteger.One << (int)((BitLength(n) + 1) / 2);
        while (true)
        {
            var y = (x + n / x) >> 1;
            if (y >= x) return x;
            x = y;
        }
    }

    private static long BitLength(BigInteger n) => n.IsZero ? 0 : (long)BigInteger.Abs(n).GetBitLength();
}
