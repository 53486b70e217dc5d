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
