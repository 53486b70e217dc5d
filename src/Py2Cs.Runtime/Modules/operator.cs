#pragma warning disable CS8981 // Python module names are lower case.
namespace Py2Cs.Runtime;

/// <summary>Python's <c>operator</c> module: the operators as functions, itemgetter and attrgetter.</summary>
[PyModule("operator")]
public static class @operator
{
    public static object? add(object? a, object? b) => Py.Add(a, b);
    public static object? sub(object? a, object? b) => Py.Sub(a, b);
    public static object? mul(object? a, object? b) => Py.Mul(a, b);
    public static object? truediv(object? a, object? b) => Py.TrueDiv(a, b);
    public static object? floordiv(object? a, object? b) => Py.FloorDiv(a, b);
    public static object? mod(object? a, object? b) => Py.Mod(a, b);
    public static object? pow(object? a, object? b) => Py.Pow(a, b);
    public static object? neg(object? a) => Py.Neg(a);
    public static bool eq(object? a, object? b) => Py.Eq(a, b);
    public static bool ne(object? a, object? b) => Py.Ne(a, b);
    public static bool lt(object? a, object? b) => Py.Lt(a, b);
    public static bool le(object? a, object? b) => Py.Le(a, b);
    public static bool gt(object? a, object? b) => Py.Gt(a, b);
    public static bool ge(object? a, object? b) => Py.Ge(a, b);
    public static bool not_(object? a) => Py.Not(a);
    public static bool truth(object? a) => Py.Truthy(a);
    public static bool contains(object? a, object? b) => Py.Contains(a, b);
    public static object? getitem(object? a, object? b) => Py.GetItem(a, b);
    public static void setitem(object? a, object? b, object? c) => Py.SetItem(a, b, c);
    public static void delitem(object? a, object? b) => Py.DelItem(a, b);
    public static object? and_(object? a, object? b) => Py.BitAnd(a, b);
    public static object? or_(object? a, object? b) => Py.BitOr(a, b);
    public static object? xor(object? a, object? b) => Py.BitXor(a, b);
    public static object? lshift(object? a, object? b) => Py.LShift(a, b);
    public static object? rshift(object? a, object? b) => Py.RShift(a, b);
    public static object? matmul(object? a, object? b) => Py.MatMul(a, b);
    public static object? invert(object? a) => Py.Invert(a);
    public static object? inv(object? a) => Py.Invert(a);
    public static object? pos(object? a) => Py.Pos(a);
    public static object? abs(object? a) => Builtins.abs(a);
    public static bool is_(object? a, object? b) => Py.Is(a, b);
    public static bool is_not(object? a, object? b) => !Py.Is(a, b);
    public static object? iadd(object? a, object? b) => Py.InPlaceAdd(a, b);
    public static object? imul(object? a, object? b) => Py.InPlaceMul(a, b);
    public static object? ior(object? a, object? b) => Py.InPlaceBitOr(a, b);
    public static object? iand(object? a, object? b) => Py.InPlaceBitAnd(a, b);
    public static object? ixor(object? a, object? b) => Py.InPlaceBitXor(a, b);

    /// <summary><c>concat(a, b)</c> is <c>a + b</c> for sequences only: CPython refuses a first operand without
    /// <c>__getitem__</c>, as numbers and None are (any other non-sequence fails in the addition itself).</summary>
    public static object? concat(object? a, object? b)
    {
        if (a is null or bool or int or long or double or System.Numerics.BigInteger)
            throw new TypeError($"'{Builtins.type_name(a)}' object can't be concatenated");
        return Py.Add(a, b);
    }

    /// <summary><c>countOf(a, b)</c>: how many items of a are b or equal to it.</summary>
    public static long countOf(object? a, object? b) => Py.Iter(a).LongCount(x => Py.Is(x, b) || Py.Eq(x, b));

    /// <summary><c>indexOf(a, b)</c>: the position of the first item of a that is b or equal to it.</summary>
    public static long indexOf(object? a, object? b)
    {
        long i = 0;
        foreach (var x in Py.Iter(a))
        {
            if (Py.Is(x, b) || Py.Eq(x, b)) return i;
            i++;
        }
        throw new ValueError("sequence.index(x): x not in sequence");
    }

    /// <summary><c>itemgetter(i)</c> returns the item; with several keys, a tuple of them.</summary>
    public static Func<object?, object?> itemgetter(params object?[] keys) =>
        keys.Length == 1 ? obj => Py.GetItem(obj, keys[0]) : obj => new PyTuple(keys.Select(k => Py.GetItem(obj, k)).ToArray());

    /// <summary><c>attrgetter("a.b")</c> follows dotted names; with several names, a tuple.</summary>
    public static Func<object?, object?> attrgetter(params string[] names)
    {
        object? Get(object? obj, string dotted) => dotted.Split('.').Aggregate(obj, Py.GetAttr);
        return names.Length == 1 ? obj => Get(obj, names[0]) : obj => new PyTuple(names.Select(n => Get(obj, n)).ToArray());
    }

    public static Func<object?, object?> methodcaller(string name, params object?[] args) => obj => Py.CallMethod(obj, name, args);
}
