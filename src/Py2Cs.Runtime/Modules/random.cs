using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace Py2Cs.Runtime;

/// <summary>
/// Python's <c>random</c> module. C# forbids a member named like its class, so the module is an
/// object, <see cref="Builtins.random"/>: <c>random.seed(42)</c>, <c>random.random()</c>,
/// <c>random.Random(7)</c> all read as in Python under <c>using static Py2Cs.Runtime.Builtins</c>.
/// </summary>
[PyModule("random")]
public sealed class RandomModule : PyRandom
{
    /// <summary><c>random.Random(x)</c>: a new independent generator.</summary>
    public PyRandom Random(object? x = null) => new(x);

    public override string __repr__() => "<module 'random' from '/usr/lib/python3.11/random.py'>";
}

public static partial class Builtins
{
    /// <summary>Created on first use: seeding from the OS entropy source loads the crypto
    /// library, which would cost every program's start-up.</summary>
    public static RandomModule random => RandomModuleHolder.Instance;

    private static class RandomModuleHolder
    {
        internal static readonly RandomModule Instance = new();
    }
}

/// <summary>Python's <c>random.Random</c>: a generator giving CPython's exact sequences for a given seed.</summary>
public class PyRandom : IPyRepr
{
    private readonly MersenneTwister mt = new();
    private double? gaussNext;

    public PyRandom(object? x = null) => seed(x);

    public virtual string __repr__() => $"<random.Random object at {Py.FakeAddress(this)}>";

    /// <summary>CPython's seeding: ints by their absolute value as 32-bit words; str/bytes through
    /// SHA-512 (version 2); None from the clock.</summary>
    public void seed(object? a = null)
    {
        gaussNext = null;
        BigInteger n;
        switch (a)
        {
            case null: n = new BigInteger(RandomNumberGenerator.GetBytes(32), isUnsigned: true); break;
            case string s:
                byte[] bytes = Encoding.UTF8.GetBytes(s);
                n = new BigInteger([.. bytes, .. SHA512.HashData(bytes)], isUnsigned: true, isBigEndian: true);
                break;
            case double d: n = BigInteger.Abs(new BigInteger(Py.Hash(d))); break;
            default:
                if (!Py.IsInt(a)) throw new TypeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
                n = BigInteger.Abs(Py.ToBig(a));
                break;
        }
        var key = new List<uint>();
        do
        {
            key.Add((uint)(n & uint.MaxValue));
            n >>= 32;
        } while (!n.IsZero);
        mt.InitByArray(key.ToArray());
    }

    public double random()
    {
        uint a = mt.NextUInt32() >> 5, b = mt.NextUInt32() >> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    public object getrandbits(long k)
    {
        if (k < 0) throw new ValueError("number of bits must be non-negative");
        if (k == 0) return 0L;
        if (k <= 32) return (long)(mt.NextUInt32() >> (int)(32 - k));
        BigInteger result = BigInteger.Zero;
        int shift = 0;
        for (long remaining = k; remaining > 0; remaining -= 32, shift += 32)
        {
            uint r = mt.NextUInt32();
            if (remaining < 32) r >>= (int)(32 - remaining);
            result |= (BigInteger)r << shift;
        }
        return Py.Int(result);
    }

    private BigInteger RandBelow(BigInteger n)
    {
        if (n.IsZero) return 0;
        long bits = (long)n.GetBitLength();
        BigInteger r = Py.ToBig(getrandbits(bits));
        while (r >= n) r = Py.ToBig(getrandbits(bits));
        return r;
    }

    private long RandBelow(long n) => (long)RandBelow((BigInteger)n);

    public long randint(long a, long b) => randrange(a, b + 1);

    public long randrange(long stop)
    {
        if (stop > 0) return RandBelow(stop);
        throw new ValueError("empty range for randrange()");
    }

    public long randrange(long start, long stop, long step = 1) =>
        (long)RandRange(start, stop, step);

    public object randrange(object start, object? stop = null, object? step = null)
    {
        if (stop is null)
        {
            if (step is not null) throw new TypeError("Missing a non-None stop argument");
            BigInteger s = Index(start);
            if (s > 0) return Py.Int(RandBelow(s));
            throw new ValueError("empty range for randrange()");
        }
        return Py.Int(RandRange(Index(start), Index(stop), step is null ? 1 : Index(step)));
    }

    private static BigInteger Index(object? value)
    {
        if (Py.IsInt(value)) return Py.ToBig(value);
        if (value is double d && d == Math.Floor(d)) return new BigInteger(d);
        throw new TypeError($"'{Builtins.type_name(value)}' object cannot be interpreted as an integer");
    }

    private BigInteger RandRange(BigInteger start, BigInteger stop, BigInteger step)
    {
        BigInteger width = stop - start;
        if (step == 1)
        {
            if (width > 0) return start + RandBelow(width);
            throw new ValueError($"empty range for randrange() ({start}, {stop}, {width})");
        }
        BigInteger n;
        if (step > 0) n = Py.BigFloorDivMod(width + step - 1, step).Quotient;
        else if (step < 0) n = Py.BigFloorDivMod(width + step + 1, step).Quotient;
        else throw new ValueError("zero step for randrange()");
        if (n <= 0) throw new ValueError("empty range for randrange()");
        return start + step * RandBelow(n);
    }

    public T choice<T>(IReadOnlyList<T> seq)
    {
        if (seq.Count == 0) throw new IndexError("Cannot choose from an empty sequence");
        return seq[(int)RandBelow(seq.Count)];
    }

    public string choice(string seq)
    {
        var chars = Builtins.Chars(seq).ToList();
        return choice(chars);
    }

    public void shuffle<T>(IList<T> x)
    {
        for (int i = x.Count - 1; i > 0; i--)
        {
            int j = (int)RandBelow(i + 1);
            (x[i], x[j]) = (x[j], x[i]);
        }
    }

    public PyList<T> sample<T>(IEnumerable<T> population, long k)
    {
        if (population is IPySet) throw new TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
        var pool = population.ToList();
        int n = pool.Count;
        if (k < 0 || k > n) throw new ValueError("Sample larger than population or is negative");
        var result = new T[k];
        int setsize = 21;
        if (k > 5) setsize += (int)Math.Pow(4, Math.Ceiling(Math.Log(k * 3, 4)));
        if (n <= setsize)
        {
            for (int i = 0; i < k; i++)
            {
                int j = (int)RandBelow(n - i);
                result[i] = pool[j];
                pool[j] = pool[n - i - 1];
            }
        }
        else
        {
            var selected = new HashSet<long>();
            for (int i = 0; i < k; i++)
            {
                long j = RandBelow(n);
                while (selected.Contains(j)) j = RandBelow(n);
                selected.Add(j);
                result[i] = pool[(int)j];
            }
        }
        return new PyList<T>(result);
    }

    public PyList<T> choices<T>(IReadOnlyList<T> population, IEnumerable<double>? weights = null, long k = 1, IEnumerable<double>? cum_weights = null)
    {
        int n = population.Count;
        var result = new PyList<T>();
        if (cum_weights is null)
        {
            if (weights is null)
            {
                for (long i = 0; i < k; i++) result.Add(population[(int)Math.Floor(random() * n)]);
                return result;
            }
            double running = 0;
            cum_weights = weights.Select(w => running += w).ToList();
        }
        else if (weights is not null) throw new TypeError("Cannot specify both weights and cumulative weights");
        var cumulative = cum_weights.ToList();
        if (cumulative.Count != n) throw new ValueError("The number of weights does not match the population");
        double total = cumulative[^1];
        if (total <= 0) throw new ValueError("Total of weights must be greater than zero");
        for (long i = 0; i < k; i++) result.Add(population[BisectRight(cumulative, random() * total, n - 1)]);
        return result;
    }

    private static int BisectRight(List<double> a, double x, int hi)
    {
        int lo = 0;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (x < a[mid]) hi = mid; else lo = mid + 1;
        }
        return lo;
    }

    public double uniform(double a, double b) => a + (b - a) * random();

    public double triangular(double low = 0, double high = 1, double? mode = null)
    {
        double u = random();
        double c;
        try { c = mode is null ? 0.5 : (mode.Value - low) / (high - low); }
        catch (DivideByZeroException) { return low; }
        if (u > c)
        {
            u = 1.0 - u;
            c = 1.0 - c;
            (low, high) = (high, low);
        }
        return low + (high - low) * Math.Sqrt(u * c);
    }

    public double gauss(double mu = 0, double sigma = 1)
    {
        double? z = gaussNext;
        gaussNext = null;
        if (z is null)
        {
            double x2pi = random() * 2 * Math.PI;
            double g2rad = Math.Sqrt(-2.0 * Math.Log(1.0 - random()));
            z = Math.Cos(x2pi) * g2rad;
            gaussNext = Math.Sin(x2pi) * g2rad;
        }
        return mu + z.Value * sigma;
    }

    public double normalvariate(double mu = 0, double sigma = 1)
    {
        double nvMagicConst = 4 * Math.Exp(-0.5) / Math.Sqrt(2.0);
        double z;
        while (true)
        {
            double u1 = random();
            double u2 = 1.0 - random();
            z = nvMagicConst * (u1 - 0.5) / u2;
            double zz = z * z / 4.0;
            if (zz <= -Math.Log(u2)) break;
        }
        return mu + z * sigma;
    }

    public double expovariate(double lambd = 1) => -Math.Log(1.0 - random()) / lambd;

    public object getstate() => (mt.GetState(), gaussNext);

    public void setstate(object state)
    {
        if (state is not ValueTuple<(uint[], int), double?> saved) throw new TypeError("state must come from getstate()");
        mt.SetState(saved.Item1.Item1, saved.Item1.Item2);
        gaussNext = saved.Item2;
    }
}
