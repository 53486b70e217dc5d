using System.Numerics;
using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Calls;

/// <summary>
/// Calls the runtime binds whose arguments C# could not type: iterables of different item types into
/// one generic parameter, keywords into a params array, typed tuples into typed slots, a def as one
/// function object. Expected values recorded from CPython 3.11 on the code in the comment beside each.
/// </summary>
public sealed class MixedArgumentTests
{
    static string Repr(object? value) => Runtime.Builtins.repr(value);

    [Fact]
    public void Chain_of_a_str_a_list_and_a_range_yields_their_items_as_objects()
    {
        var chained = Py.Call(BuiltinFunction.Of(typeof(itertools), nameof(itertools.chain)), "ab", new PyList<long>([1, 2]), Runtime.Builtins.range(2));
        Assert.Equal("['a', 'b', 1, 2, 0, 1]", Repr(Runtime.Builtins.list(chained)));   // list(chain("ab", [1, 2], range(2)))
    }

    [Fact]
    public void Product_of_a_str_with_repeat_binds_the_keyword()
    {
        var product = Py.Call(BuiltinFunction.Of(typeof(itertools), nameof(itertools.product)), "ab", new KeywordArgument("repeat", 2L));
        Assert.Equal("[('a', 'a'), ('a', 'b'), ('b', 'a'), ('b', 'b')]", Repr(Runtime.Builtins.list(product)));   // list(product("ab", repeat=2))
    }

    [Fact]
    public void Partial_bound_at_run_time_keeps_its_keywords()
    {
        var square = Py.Call(BuiltinFunction.Of(typeof(functools), nameof(functools.partial)), Py.Builtin("pow"), new KeywordArgument("exp", 2L));
        Assert.Equal("25", Repr(Py.Call(square, 5L)));   // functools.partial(pow, exp=2)(5)
    }

    [Fact]
    public void Isqrt_of_an_int_past_64_bits_is_exact()
    {
        var n = BigInteger.Pow(2, 521) - 1;
        Assert.Equal("2620075888238852083761638449375348105840237839079783585978299315224216153039529", Repr(math.isqrt(n)));   // math.isqrt(2**521 - 1)
    }

    [Fact]
    public void A_tuple_of_objects_is_stored_element_by_element_into_a_typed_dict()
    {
        var best = new PyDict<string, (long, long)>();
        Py.SetItem(best, "a", ((object?)3L, (object?)true));
        Assert.Equal("{'a': (3, 1)}", Repr(best));   // best["a"] = (3, 0 + True)
    }

    [Fact]
    public void A_def_made_a_value_twice_is_one_function_object()
    {
        static long Twice(long x) => 2 * x;
        var first = PyFunction.Shared(new PyFunction(new PySignature("twice", ["x"]), new Func<long, long>(Twice)));
        Py.SetAttr(first, "seen", 1L);
        var again = PyFunction.Shared(new PyFunction(new PySignature("twice", ["x"]), new Func<long, long>(Twice)));
        Assert.Same(first, again);
        Assert.Equal("1", Repr(Py.GetAttr(again, "seen")));   // f.seen = 1; g = f; g.seen
    }

    [Fact]
    public void Dict_update_from_a_dict_of_other_types_converts_each_item()
    {
        var merged = new PyDict<object, object?>();
        merged.update(new PyDict<string, long> { ["a"] = 1 });
        Assert.Equal("{'a': 1}", Repr(merged));   // d = {}; d.update({"a": 1})
    }
}
