using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Calls;

/// <summary>
/// <c>functools.lru_cache</c> / <c>functools.cache</c> applied to a function value, and the dict display
/// helper for <c>{**a, **b}</c>. Expected values recorded from CPython 3.11 on the Python in the comments.
/// </summary>
public sealed class CachedFunctionTests
{
    // calls = []
    // def sq(x, k=1): calls.append(x); return x * x * k
    static (PyFunction Function, List<object?> Calls) Square()
    {
        var calls = new List<object?>();
        var function = new PyFunction(new PySignature("sq", ["x", "k"], defaultCount: 1),
            new Func<long, long, long>((x, k) => { calls.Add(x); return x * x * k; }), [1L]);
        return (function, calls);
    }

    [Fact]
    public void Lru_cache_with_maxsize_memoises_by_positional_and_keyword_arguments_and_evicts_the_oldest()
    {
        var (sq, calls) = Square();
        // c = functools.lru_cache(maxsize=2)(sq)
        var c = (CachedFunction)Py.Call(functools.lru_cache(2L), sq)!;
        // print(c(2), c(2), c(3), c(2, k=2), c(2, k=2), c(2))   ->  4 4 9 8 8 4
        object?[] results = [c.Invoke([2L]), c.Invoke([2L]), c.Invoke([3L]), c.Invoke([2L, new KeywordArgument("k", 2L)]), c.Invoke([2L, new KeywordArgument("k", 2L)]), c.Invoke([2L])];
        Assert.Equal(new object?[] { 4L, 4L, 9L, 8L, 8L, 4L }, results);
        // CacheInfo(hits=2, misses=4, maxsize=2, currsize=2) [2, 3, 2, 2]
        Assert.Equal("CacheInfo(hits=2, misses=4, maxsize=2, currsize=2)", Runtime.Builtins.repr(c.cache_info()));
        Assert.Equal(new object?[] { 2L, 3L, 2L, 2L }, calls);
        c.cache_clear();
        Assert.Equal("CacheInfo(hits=0, misses=0, maxsize=2, currsize=0)", Runtime.Builtins.repr(c.cache_info()));
    }

    [Fact]
    public void Cache_wraps_the_function_and_keeps_its_name()
    {
        var (sq, _) = Square();
        var c = functools.cache(sq);
        Assert.Same(sq, c.__wrapped__);
        Assert.Equal("sq", c.__name__);
        Assert.Equal("CacheInfo(hits=0, misses=0, maxsize=None, currsize=0)", Runtime.Builtins.repr(c.cache_info()));
    }

    [Fact]
    public void Lru_cache_rejects_a_maxsize_that_is_not_an_int_a_callable_or_None()
    {
        var error = Assert.Throws<TypeError>(() => functools.lru_cache("x"));
        Assert.Equal("Expected first argument to be an integer, a callable, or None", error.Message);
    }

    [Fact]
    public void Dict_display_merges_mappings_in_order_later_keys_winning()
    {
        // {**{'a': 1}, **{'a': 2, 'b': 3}}  ->  {'a': 2, 'b': 3}
        var merged = Py.DictDisplay<string, long>(new PyDict<string, long> { ["a"] = 1 }, new PyDict<string, long> { ["a"] = 2, ["b"] = 3 });
        Assert.Equal("{'a': 2, 'b': 3}", Runtime.Builtins.repr(merged));
        Assert.Equal("'int' object is not a mapping", Assert.Throws<TypeError>(() => Py.DictDisplay<object, object?>(1L)).Message);
    }
}
