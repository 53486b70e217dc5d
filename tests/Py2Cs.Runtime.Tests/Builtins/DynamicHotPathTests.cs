#pragma warning disable CS1998 // Python coroutines without an await are normal
using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Builtins;

/// <summary>What the dynamic path's allocation savings rest on (bench/README.md, session 13): small int
/// results share CPython's cached boxes, awaiting a coroutine of object does not wrap it, and a dynamic
/// method call binds keywords and defaults as before through its cached single candidate.</summary>
[Collection("asyncio")]
public sealed class DynamicHotPathTests
{
    [Fact]
    public void Small_int_results_share_one_box_and_keep_their_values()
    {
        Assert.Same(Py.Add(2L, 3L), Py.Sub(10L, 5L));
        Assert.Same(Py.Mod((object)12L, 7), Py.FloorDiv((object)10L, (object)2L));
        Assert.Same(Py.Mul(-1L, 5L), Py.Sub(0L, 5L));
        Assert.Same(Py.Add(255L, 1L), Py.Mul(16L, 16L));
        // Outside -5..256 each result is its own box, and still the right int.
        Assert.Equal(257L, Py.Add(256L, 1L));
        Assert.Equal(-6L, Py.Sub(0L, 6L));
        Assert.Equal(long.MaxValue, Py.Add(long.MaxValue - 1, 1L));
        Assert.Equal(new System.Numerics.BigInteger(long.MaxValue) + 1, Py.Add(long.MaxValue, 1L));
        // `is` on ints compares values whether or not the boxes are shared.
        Assert.True(Py.Is(Py.Add(200L, 100L), Py.Mul(3L, 100L)));
        Assert.Equal(4L, Py.Mod((object)-3L, (object)7L));
        Assert.Equal(-2L, Py.FloorDiv((object)-3L, (object)2L));
    }

    [Fact]
    public void Await_of_a_coroutine_of_object_is_that_coroutine()
    {
        async Coroutine<object?> answer() => 42L;
        var coroutine = answer();
        Assert.Same(coroutine, AsyncBuiltins.Await(coroutine));
        Assert.Equal(42L, asyncio.run(AsyncBuiltins.Await(coroutine)));
    }

    [Fact]
    public void A_dynamic_method_call_binds_positionals_keywords_and_defaults()
    {
        var semaphore = new asyncio.Semaphore(2);
        Assert.Equal(false, Py.CallMethod(semaphore, "locked"));
        var dict = new PyDict<object, object?>();
        Py.CallMethod(dict, "setdefault", "a", 1L);
        Py.CallMethod(dict, "update", new KeywordArgument("b", 2L));
        Assert.Equal(1L, Py.CallMethod(dict, "get", "a"));
        Assert.Equal(2L, Py.CallMethod(dict, "get", "b"));
        Assert.Equal("d", Py.CallMethod(dict, "get", "c", "d"));
        Assert.Throws<TypeError>(() => Py.CallMethod(semaphore, "locked", 1L));
        // A value that does not fit its parameter as it is (a C# int for a long) is converted, not passed on.
        var longs = new PyList<long>();
        Py.CallMethod(longs, "append", 3);
        Assert.Equal(3L, longs[0]);
    }
}
