namespace Py2Cs.Runtime;

/// <summary>
/// What <c>functools.lru_cache</c> and <c>functools.cache</c> return for any callable (CPython's
/// <c>_lru_cache_wrapper</c>): calls are memoised by their arguments, compared with Python's equality
/// and hashing; <c>cache_info()</c>, <c>cache_clear()</c> and <c>__wrapped__</c> as in CPython.
/// </summary>
public sealed class CachedFunction : ICallable, IPyRepr, IDynamicAttributes
{
    /// <summary>Separates positional from keyword arguments in a key, as CPython's <c>kwd_mark</c> does.</summary>
    static readonly object KeywordMark = new();

    readonly LruCache<object?> _memo;
    readonly Dictionary<string, object?> _attributes = new();

    public CachedFunction(object? wrapped, long? maxsize)
    {
        __wrapped__ = wrapped;
        _memo = new LruCache<object?>(maxsize is < 0 ? 0 : maxsize);
    }

    public object? __wrapped__ { get; }
    public string __name__ => Py.HasAttr(__wrapped__, "__name__") ? Builtins.str(Py.GetAttr(__wrapped__, "__name__")) : "";
    public string __qualname__ => Py.HasAttr(__wrapped__, "__qualname__") ? Builtins.str(Py.GetAttr(__wrapped__, "__qualname__")) : __name__;
    public object? __doc__ => Py.HasAttr(__wrapped__, "__doc__") ? Py.GetAttr(__wrapped__, "__doc__") : null;

    public object? Invoke(object?[] args)
    {
        var positional = args.Where(a => a is not KeywordArgument);
        var keywords = args.OfType<KeywordArgument>().ToList();
        var key = keywords.Count == 0 ? new PyTuple(positional.ToArray())
            : new PyTuple([.. positional, KeywordMark, .. keywords.SelectMany(k => new object?[] { k.Name, k.Value })]);
        return _memo.Get(key, () => Py.Call(__wrapped__, args));
    }

    public object? __call__(params object?[] args) => Invoke(args);

    public CacheInfo cache_info() => _memo.Info();

    public void cache_clear() => _memo.Clear();

    public bool TryGetAttribute(string name, out object? value) => _attributes.TryGetValue(name, out value);

    public bool TrySetAttribute(string name, object? value)
    {
        _attributes[name] = value;
        return true;
    }

    public string __repr__() => $"<functools._lru_cache_wrapper object at {Py.FakeAddress(this)}>";

    public override string ToString() => __repr__();
}
