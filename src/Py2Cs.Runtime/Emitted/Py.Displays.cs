namespace Py2Cs.Runtime;

// Displays with unpacking: [*xs, y], {*s, x}, {**a, 'k': v}.
public static partial class Py
{
    /// <summary><c>*xs</c> inside a list or set display: the values of any iterable, as the display's element type.</summary>
    public static IEnumerable<T> Spread<T>(object? iterable)
    {
        try { return SpreadInSet<T>(iterable); }
        catch (TypeError) when (!(iterable is IEnumerable<T>))
        {
            throw new TypeError($"Value after * must be an iterable, not {Builtins.type_name(iterable)}");
        }
    }

    /// <summary><c>*xs</c> inside a set display (CPython's message differs from a list's when xs is not iterable).</summary>
    public static IEnumerable<T> SpreadInSet<T>(object? iterable) =>
        iterable is IEnumerable<T> typed ? typed : Iter(iterable).Select(x => (T)x!);

    /// <summary><c>{**a, 'k': v, **b}</c>: the mappings and key runs merged in order, later keys winning.</summary>
    public static PyDict<TKey, TValue> DictDisplay<TKey, TValue>(params object?[] parts) where TKey : notnull
    {
        var result = new PyDict<TKey, TValue>();
        foreach (var part in parts)
        {
            if (part is not IPyDict mapping)
                throw new TypeError($"'{Builtins.type_name(part)}' object is not a mapping");
            foreach (var (key, value) in mapping.Pairs()) result[(TKey)key!] = (TValue)value!;
        }
        return result;
    }
}

public static partial class Py
{
    /// <summary><c>d.pop(key, None)</c> for a dict whose values are C# value types: the value boxed, or None.</summary>
    public static object? PopOrNone<TKey, TValue>(PyDict<TKey, TValue> dict, TKey key) where TKey : notnull =>
        dict.ContainsKey(key) ? dict.pop(key) : null;

    /// <summary><c>d.get(key, default)</c> where the default is not of the dict's value type (<c>(math.inf, 0)</c>
    /// for int pairs): the value or the default, as objects.</summary>
    public static object? GetOrOther<TKey, TValue>(PyDict<TKey, TValue> dict, TKey key, object? @default) where TKey : notnull =>
        dict.TryGetValue(key, out var value) ? value : @default;
}
