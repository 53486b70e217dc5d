#pragma warning disable CS8981 // Python module names are lower case.
namespace Py2Cs.Runtime;

/// <summary>Python's <c>collections</c> module: factories for the classes (also usable directly with <c>new</c>).</summary>
[PyModule("collections")]
public static class collections
{
    public static Counter<T> Counter<T>(IEnumerable<T> items) where T : notnull => new(items);
    public static Counter<string> Counter(string text) => new(Builtins.Chars(text));
    public static Counter<object> Counter() => new();

    /// <summary><c>Counter(a=3, b=1)</c>, emitted as <c>collections.Counter(Py.Kw("a", 3L), Py.Kw("b", 1L))</c>.</summary>
    public static Counter<string> Counter(params KeywordArgument[] counts)
    {
        var result = new Counter<string>();
        foreach (var kw in counts) result[kw.Name] = (long)Py.ToBig(kw.Value);
        return result;
    }
    public static defaultdict<TKey, TValue> defaultdict<TKey, TValue>(Func<TValue>? factory) where TKey : notnull => new(factory);
    public static deque<T> deque<T>(IEnumerable<T>? iterable = null, long? maxlen = null) => new(iterable, maxlen);

    /// <summary>
    /// The tuple base of the classes <c>namedtuple("P", "x y")</c> makes: the translator turns such a
    /// call into a class statement deriving from this, as <c>class P(typing.NamedTuple)</c> does.
    /// </summary>
    public abstract class namedtuple(string[] fieldNames, params object?[] items) : PyNamedTuple(fieldNames, items);

    /// <summary><c>ChainMap(*maps)</c>: one mapping searching several (a new empty dict when none is given).</summary>
    public static ChainMap ChainMap(params object?[] maps) => new(maps);

    public static OrderedDict<TKey, TValue> OrderedDict<TKey, TValue>(IEnumerable<(TKey, TValue)> pairs) where TKey : notnull => new(pairs);

    /// <summary><c>OrderedDict()</c>: the key and value types come from the variable it is assigned to.</summary>
    public static OrderedDict<TKey, TValue> OrderedDict<TKey, TValue>() where TKey : notnull => new();

    /// <summary><c>OrderedDict(a=1, b=2)</c>: the keywords in their order.</summary>
    public static OrderedDict<string, object?> OrderedDict(params KeywordArgument[] items)
    {
        var result = new OrderedDict<string, object?>();
        foreach (var kw in items) result[kw.Name] = kw.Value;
        return result;
    }

    /// <summary><c>OrderedDict(d)</c>: a copy of a dict, in its order.</summary>
    public static OrderedDict<TKey, TValue> OrderedDict<TKey, TValue>(PyDict<TKey, TValue> mapping) where TKey : notnull => new(mapping.items());
}
