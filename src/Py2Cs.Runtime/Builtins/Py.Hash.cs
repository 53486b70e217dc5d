using System.Numerics;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Py2Cs.Runtime;

/// <summary>hash() with CPython's values for numbers and tuples (they decide set iteration order);
/// strings hash deterministically here, while CPython randomises them per process.</summary>
public static partial class Py
{
    private const long HashModulus = (1L << 61) - 1;
    private const int HashBits = 61;

    public static long Hash(object? value)
    {
        switch (value)
        {
            case long l: return IntHash(l);
            case string s: return StringHash(s);
            case bool b: return b ? 1 : 0;
            case double d: return FloatHash(d, value);
            case float f: return FloatHash(f, value);
            case char c: return StringHash(c.ToString());
            case BigInteger big: return BigHash(big);
            case null: return 0x7A5B3C1D;
            case PyTuple t: return TupleHash(t.Items);
            case ITuple t when value is not PyObject: return TupleHash(PyTuple.From(t).Items);
            case IPyList or IPyDict or IPySet and not IPyFrozen:
                throw new TypeError($"unhashable type: '{Builtins.type_name(value)}'");
            case IPyHashable h: return h.PythonHash();
        }
        if (TryLong(value, out long small)) return IntHash(small);
        if (value is PyObject && HashIsNone(value.GetType()))
            throw new TypeError($"unhashable type: '{Builtins.type_name(value)}'");
        if (value is PyObject && Dunder.TryCall(value, "__hash__", out object? result)) return Fix(ToBig(result) is var r && r >= long.MinValue && r <= long.MaxValue ? (long)r : BigHash(ToBig(result)));
        return (uint)RuntimeHelpers.GetHashCode(value);
    }

    private static long Fix(long h) => h == -1 ? -2 : h;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, bool> HashNoneCache = new();

    /// <summary>Whether a translated class's <c>__hash__</c> is None: CPython sets it so in a class that defines
    /// <c>__eq__</c> without <c>__hash__</c> (and a class that says <c>__hash__ = None</c>), and subclasses inherit that until one defines <c>__hash__</c>. The
    /// nearest translated class (declared outside the runtime) that defines either one decides. A dataclass
    /// decides by its own rules (frozen, eq, unsafe_hash), which <see cref="PyDataclass.__hash__"/> follows.</summary>
    internal static bool HashIsNone(Type type) => HashNoneCache.GetOrAdd(type, static t =>
    {
        if (t.IsSubclassOf(typeof(PyDataclass)) && PyDataclass.Behaves(t)) return false;
        const BindingFlags declared = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;
        for (var c = t; c is not null && c.Assembly != typeof(PyObject).Assembly; c = c.BaseType)
        {
            // __hash__ = None in the class body: a static field holding None.
            if (c.GetMember("__hash__", declared) is { Length: > 0 } hash) return hash[0] is FieldInfo { IsStatic: true } field && field.GetValue(null) is null;
            if (c.GetMember("__eq__", declared).Length > 0) return true;
        }
        return false;
    });

    internal static long IntHash(long value)
    {
        if (value == long.MinValue) return BigHash(value);
        long magnitude = Math.Abs(value) % HashModulus;
        long h = value < 0 ? -magnitude : magnitude;
        return Fix(h);
    }

    private static long BigHash(BigInteger value)
    {
        long magnitude = (long)(BigInteger.Abs(value) % HashModulus);
        return Fix(value.Sign < 0 ? -magnitude : magnitude);
    }

    /// <summary>CPython's _Py_HashDouble.</summary>
    private static long FloatHash(double v, object box)
    {
        if (!double.IsFinite(v)) return double.IsInfinity(v) ? (v > 0 ? 314159 : -314159) : RuntimeHelpers.GetHashCode(box);
        double m = Frexp(v, out int e);
        int sign = 1;
        if (m < 0) { sign = -1; m = -m; }
        ulong x = 0;
        const ulong modulus = (ulong)HashModulus;
        while (m != 0)
        {
            x = ((x << 28) & modulus) | x >> (HashBits - 28);
            m *= 268435456.0;
            e -= 28;
            ulong y = (ulong)m;
            m -= y;
            x += y;
            if (x >= modulus) x -= modulus;
        }
        e = e >= 0 ? e % HashBits : HashBits - 1 - ((-1 - e) % HashBits);
        x = ((x << e) & modulus) | x >> (HashBits - e);
        long h = (long)x * sign;
        return Fix(h);
    }

    private static double Frexp(double value, out int exponent)
    {
        if (value == 0) { exponent = 0; return value; }
        exponent = Math.ILogB(value) + 1;
        return Math.ScaleB(value, -exponent);
    }

    /// <summary>CPython 3.11's xxHash-based tuple hash.</summary>
    internal static long TupleHash(IReadOnlyList<object?> items)
    {
        const ulong prime1 = 11400714785074694791UL, prime2 = 14029467366897019727UL, prime5 = 2870177450012600261UL;
        ulong acc = prime5;
        foreach (var item in items)
        {
            ulong lane = (ulong)Hash(item);
            acc += lane * prime2;
            acc = (acc << 31) | (acc >> 33);
            acc *= prime1;
        }
        acc += (ulong)items.Count ^ (prime5 ^ 3527539UL);
        return acc == ulong.MaxValue ? 1546275796 : (long)acc;
    }

    private static long StringHash(string s)
    {
        // FNV-1a; deterministic so test runs repeat.
        ulong h = 14695981039346656037UL;
        foreach (char c in s) { h ^= c; h *= 1099511628211UL; }
        return Fix((long)(h >> 1));
    }

    private static readonly ConditionalWeakTable<object, object> Ids = new();
    private static long nextId = 0x7f3a1c000000;

    internal static long FakeId(object? value)
    {
        if (value is null) return 0x9a6b40;
        return (long)Ids.GetValue(value, _ => Interlocked.Add(ref nextId, 0x30));
    }

    internal static string FakeAddress(object value) => "0x" + FakeId(value).ToString("x12");
}

/// <summary>Runtime values that supply their own Python hash.</summary>
public interface IPyHashable
{
    long PythonHash();
}
