namespace Py2Cs.Runtime;

/// <summary>
/// A <c>typing.TypedDict</c> class. Calling it makes a plain dict, as CPython's does (<c>Movie(title="Up")</c> is
/// <c>{'title': 'Up'}</c>; keys are not checked at run time)); it keeps the field annotations, the required and
/// optional keys and <c>__total__</c>.
/// </summary>
public sealed class TypedDictType : ICallable, IPyRepr
{
    public TypedDictType(string typename, IPyDict? fields, bool total, IEnumerable<TypedDictType> bases)
    {
        __name__ = typename;
        __total__ = total;
        __annotations__ = new PyDict<string, object?>();
        __required_keys__ = new PyFrozenSet<object?>();
        __optional_keys__ = new PyFrozenSet<object?>();
        foreach (var b in bases)
        {
            foreach (var pair in ((IPyDict)b.__annotations__).Pairs()) __annotations__[(string)pair.Key!] = pair.Value;
            foreach (var key in b.__required_keys__) __required_keys__.add(key);
            foreach (var key in b.__optional_keys__) __optional_keys__.add(key);
        }
        foreach (var pair in fields?.Pairs() ?? [])
        {
            string key = Builtins.str(pair.Key);
            __annotations__[key] = pair.Value;
            __required_keys__.discard(key);
            __optional_keys__.discard(key);
            (total ? __required_keys__ : __optional_keys__).add(key);
        }
    }

    public string __name__ { get; }
    public string __qualname__ => __name__;
    public string __module__ => "__main__";
    public bool __total__ { get; }
    public PyDict<string, object?> __annotations__ { get; }
    public PyFrozenSet<object?> __required_keys__ { get; }
    public PyFrozenSet<object?> __optional_keys__ { get; }

    public object? Invoke(object?[] args)
    {
        var positional = args.Where(a => a is not KeywordArgument).ToArray();
        var keywords = args.OfType<KeywordArgument>().ToArray();
        return positional switch
        {
            [] => Builtins.dict(keywords),
            [var source] => Builtins.dict(source, keywords),
            _ => throw new TypeError($"dict expected at most 1 argument, got {positional.Length}"),
        };
    }

    public string __repr__() => $"<class '__main__.{__name__}'>";

    public override string ToString() => __repr__();
}
