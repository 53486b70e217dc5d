#pragma warning disable CS8981 // Python module names are lower case.
using System.Numerics;

namespace Py2Cs.Runtime;

/// <summary>Python's <c>math</c> module.</summary>
[PyModule("math")]
public static class math
{
    public const double pi = Math.PI;
    public const double e = Math.E;
    public const double tau = Math.Tau;
    public const double inf = double.PositiveInfinity;
    public const double nan = double.NaN;

    private static double Domain(double result, params double[] inputs)
    {
        if (double.IsNaN(result) && !inputs.Any(double.IsNaN)) throw new ValueError("math domain error");
        if (double.IsInfinity(result) && inputs.All(double.IsFinite)) throw new OverflowError("math range error");
        return result;
    }

    public static double sqrt(double x) => Domain(Math.Sqrt(x), x);
    public static double exp(double x) => Domain(Math.Exp(x), x);
    public static double log(double x) => x <= 0 ? throw new ValueError("math domain error") : Math.Log(x);
    public static double log(double x, double @base) => log(x) / log(@base);
    public static double log(object? x) => Py.IsInt(x) && Py.ToBig(x) > long.MaxValue ? BigInteger.Log(Py.ToBig(x)) : log(Py.ToDouble(x));
    public static double log2(double x) => x <= 0 ? throw new ValueError("math domain error") : Math.Log2(x);
    public static double log10(double x) => x <= 0 ? throw new ValueError("math domain error") : Math.Log10(x);
    public static double log1p(double x) => x <= -1 ? throw new ValueError("math domain error") : Math.Log(1 + x);
    public static double pow(double x, double y) => Domain(Math.Pow(x, y), x, y);
    public static double sin(double x) => Domain(Math.Sin(x), x);
    public static double cos(double x) => Domain(Math.Cos(x), x);
    public static double tan(double x) => Domain(Math.Tan(x), x);
    public static double asin(double x) => Domain(Math.Asin(x), x);
    public static double acos(double x) => Domain(Math.Acos(x), x);
    public static double atan(double x) => Math.Atan(x);
    public static double atan2(double y, double x) => Math.Atan2(y, x);
    public static double sinh(double x) => Math.Sinh(x);
    public static double cosh(double x) => Math.Cosh(x);
    public static double tanh(double x) => Math.Tanh(x);
    public static double hypot(params double[] coordinates) => coordinates.Length == 2 ? double.Hypot(coordinates[0], coordinates[1]) : Math.Sqrt(coordinates.Sum(c => c * c));
    /// <summary>Any two iterables of numbers (int tuples too, which a typed IEnumerable&lt;double&gt; would not take).</summary>
    public static double dist(object p, object q)
    {
        var a = Py.Iter(p).Select(Py.ToDouble).ToArray();
        var b = Py.Iter(q).Select(Py.ToDouble).ToArray();
        if (a.Length != b.Length) throw new ValueError("both points must have the same number of dimensions");
        return hypot(a.Zip(b, (x, y) => x - y).ToArray());
    }
    public static double degrees(double x) => x * (180.0 / Math.PI);
    public static double radians(double x) => x * (Math.PI / 180.0);
    public static double fabs(double x) => Math.Abs(x);
    public static double fmod(double x, double y) => y == 0 || double.IsInfinity(x) ? throw new ValueError("math domain error") : x % y;
    public static double copysign(double x, double y) => Math.CopySign(x, y);
    public static bool isnan(double x) => double.IsNaN(x);
    public static bool isinf(double x) => double.IsInfinity(x);
    public static bool isfinite(double x) => double.IsFinite(x);
    public static (double, double) modf(double x) => double.IsInfinity(x) ? (Math.CopySign(0.0, x), x) : (x - Math.Truncate(x), Math.Truncate(x));

    public static (double, long) frexp(double x)
    {
        if (x == 0 || !double.IsFinite(x)) return (x, 0);
        int exponent = Math.ILogB(x) + 1;
        return (Math.ScaleB(x, -exponent), exponent);
    }

    public static double ldexp(double x, long i) => Math.ScaleB(x, (int)Math.Clamp(i, int.MinValue, int.MaxValue));

    public static long floor(double x) => ToLong(Math.Floor(x));
    public static long ceil(double x) => ToLong(Math.Ceiling(x));
    public static long trunc(double x) => ToLong(Math.Truncate(x));
    public static long floor(long x) => x;
    public static long ceil(long x) => x;

    public static object floor(object? x) => Py.IsInt(x) ? Py.Int(Py.ToBig(x)) : Py.Int(Builtins.ToBigTruncated(Math.Floor(Py.ToDouble(x))));
    public static object ceil(object? x) => Py.IsInt(x) ? Py.Int(Py.ToBig(x)) : Py.Int(Builtins.ToBigTruncated(Math.Ceiling(Py.ToDouble(x))));

    private static long ToLong(double x)
    {
        var big = Builtins.ToBigTruncated(x);
        return big >= long.MinValue && big <= long.MaxValue ? (long)big : throw new OverflowError("integer too large for this translation (use object)");
    }

    public static bool isclose(double a, double b, double rel_tol = 1e-09, double abs_tol = 0.0)
    {
        if (rel_tol < 0 || abs_tol < 0) throw new ValueError("tolerances must be non-negative");
        if (a == b) return true;
        if (double.IsInfinity(a) || double.IsInfinity(b)) return false;
        double diff = Math.Abs(b - a);
        return diff <= Math.Abs(rel_tol * b) || diff <= Math.Abs(rel_tol * a) || diff <= abs_tol;
    }

    /// <summary>Exactly rounded floating-point sum (Shewchuk's algorithm, as CPython's math.fsum).</summary>
    public static double fsum(System.Collections.IEnumerable values)
    {
        var partials = new List<double>();
        double specialSum = 0, infSum = 0;
        foreach (var item in Py.Iter(values))
        {
            double x = Py.ToDouble(item);
            double xsave = x;
            int i = 0;
            for (int p = 0; p < partials.Count; p++)
            {
                double y = partials[p];
                if (Math.Abs(x) < Math.Abs(y)) (x, y) = (y, x);
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) partials[i++] = lo;
                x = hi;
            }
            if (!double.IsFinite(x))
            {
                if (double.IsFinite(xsave)) throw new OverflowError("intermediate overflow in fsum");
                if (double.IsInfinity(xsave)) infSum += xsave;
                specialSum += xsave;
                partials.Clear();
            }
            else
            {
                partials.RemoveRange(i, partials.Count - i);
                partials.Add(x);
            }
        }
        if (specialSum != 0.0)
        {
            if (double.IsNaN(infSum)) throw new ValueError("-inf + inf in fsum");
            return specialSum;
        }
        double total = 0.0;
        int n = partials.Count;
        if (n > 0)
        {
            total = partials[--n];
            double lo = 0;
            while (n > 0)
            {
                double x = total, y = partials[--n];
                total = x + y;
                double yr = total - x;
                lo = y - yr;
                if (lo != 0.0) break;
            }
            if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)))
            {
                double y = lo * 2.0;
                double x = total + y;
                double yr = x - total;
                if (y == yr) total = x;
            }
        }
        return total;
    }

    public static long gcd(params long[] values) => values.Aggregate(0L, (a, b) => (long)BigInteger.GreatestCommonDivisor(a, b));

    public static long lcm(params long[] values) =>
        values.Aggregate(1L, (a, b) => a == 0 || b == 0 ? 0 : Math.Abs(a / (long)BigInteger.GreatestCommonDivisor(a, b) * b));

    /// <summary>n! as an int of any size (long when it fits).</summary>
    public static object factorial(long n)
    {
        if (n < 0) throw new ValueError("factorial() not defined for negative values");
        BigInteger result = BigInteger.One;
        for (long i = 2; i <= n; i++) result *= i;
        return Py.Int(result);
    }

    public static object comb(long n, long k)
    {
        if (n < 0 || k < 0) throw new ValueError(n < 0 ? "n must be a non-negative integer" : "k must be a non-negative integer");
        if (k > n) return 0L;
        k = Math.Min(k, n - k);
        BigInteger result = BigInteger.One;
        for (long i = 1; i <= k; i++) result = result * (n - k + i) / i;
        return Py.Int(result);
    }

    public static object perm(long n, long? k = null)
    {
        long r = k ?? n;
        if (n < 0 || r < 0) throw new ValueError(n < 0 ? "n must be a non-negative integer" : "k must be a non-negative integer");
        if (r > n) return 0L;
        BigInteger result = BigInteger.One;
        for (long i = n - r + 1; i <= n; i++) result *= i;
        return Py.Int(result);
    }

    public static object? prod(System.Collections.IEnumerable values, object? start = null)
    {
        object? result = start ?? 1L;
        foreach (var v in Py.Iter(values)) result = Py.Mul(result, v);
        return result;
    }

    /// <summary><c>isqrt</c> of an int past 64 bits: Newton's iteration on big integers.</summary>
    public static object isqrt(BigInteger n)
    {
        if (n.Sign < 0) throw new ValueError("isqrt() argument must be nonnegative");
        if (n <= long.MaxValue) return isqrt((long)n);
        // From a power of two at or above the root, Newton's steps decrease to the floor of the root.
        var x = BigInteger.One << (int)((n.GetBitLength() + 1) / 2);
        for (var next = (x + n / x) / 2; next < x; next = (x + n / x) / 2) x = next;
        return Py.Int(x);
    }

    public static long isqrt(long n)
    {
        if (n < 0) throw new ValueError("isqrt() argument must be nonnegative");
        long r = (long)Math.Sqrt(n);
        while (r * r > n) r--;
        while ((r + 1) * (r + 1) <= n) r++;
        return r;
    }
}
