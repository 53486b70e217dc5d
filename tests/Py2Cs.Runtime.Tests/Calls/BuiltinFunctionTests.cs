using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Calls;

/// <summary>
/// Library functions called with dynamic arguments (<see cref="BuiltinFunction"/>: the overload is picked
/// from the arguments' runtime types) and the runtime conversions at typed/dynamic borders. Every
/// expected value and message was recorded from CPython 3.11 on the call in the comment beside it.
/// </summary>
public sealed class BuiltinFunctionTests
{
    static object? Call(string name, params object?[] args) => Py.Call(BuiltinFunction.Of(typeof(Runtime.Builtins), name), args);

    static string Repr(object? value) => Runtime.Builtins.repr(value);

    static object? Ints(params long[] items) => new PyList<long>(items);

    [Fact]
    public void Max_of_a_dynamic_list_binds_the_generic_overload()
    {
        Assert.Equal("3", Repr(Call(nameof(Runtime.Builtins.max), Ints(3, 1, 2))));   // max([3, 1, 2])
    }

    [Fact]
    public void A_lambda_key_is_adapted_to_the_element_type()
    {
        var key = new Func<object?, object?>(x => Py.Neg(x));
        Assert.Equal("1", Repr(Call(nameof(Runtime.Builtins.max), Ints(3, 1, 2), new KeywordArgument("key", key))));   // max([3,1,2], key=lambda x: -x)
    }

    [Fact]
    public void Sorted_picks_the_overload_that_fits_without_conversion()
    {
        Assert.Equal("[1, 2, 3]", Repr(Call(nameof(Runtime.Builtins.sorted), new PyTuple(1L, 3L, 2L))));   // sorted((1, 3, 2))
        Assert.Equal("['a', 'b', 'c']", Repr(Call(nameof(Runtime.Builtins.sorted), "bca")));               // sorted("bca")
        var d = new PyDict<string, long> { ["b"] = 1, ["a"] = 2 };
        Assert.Equal("[('a', 2), ('b', 1)]", Repr(Call(nameof(Runtime.Builtins.sorted), d.items())));      // sorted({"b": 1, "a": 2}.items())
    }

    [Fact]
    public void Sum_of_ints_and_of_floats_with_a_start()
    {
        Assert.Equal("6", Repr(Call(nameof(Runtime.Builtins.sum), Ints(1, 2, 3))));                                 // sum([1, 2, 3])
        Assert.Equal("10.75", Repr(Call(nameof(Runtime.Builtins.sum), new PyList<object?>([0.5, 0.25]), 10L)));   // sum([0.5, 0.25], 10)
    }

    [Fact]
    public void A_list_of_ints_converts_where_a_module_function_iterates()
    {
        var mean = BuiltinFunction.Of(typeof(statistics), nameof(statistics.mean));
        Assert.Equal("2.3333333333333335", Repr(Py.Call(mean, Ints(1, 2, 4))));   // statistics.mean([1, 2, 4])
    }

    [Fact]
    public void Keywords_no_parameter_names_go_into_kwargs()
    {
        Assert.Equal("{'x': 1, 'y': 2}", Repr(Call(nameof(Runtime.Builtins.dict), new KeywordArgument("x", 1L), new KeywordArgument("y", 2L))));   // dict(x=1, y=2)
    }

    [Fact]
    public void A_value_that_is_not_iterable_raises_CPythons_TypeError()
    {
        var error = Assert.Throws<TypeError>(() => Call(nameof(Runtime.Builtins.max), 5L));   // max(5)
        Assert.Equal("'int' object is not iterable", error.Message);
    }

    [Fact]
    public void The_function_value_prints_as_CPython_prints_it()
    {
        Assert.Equal("<built-in function max>", BuiltinFunction.Of(typeof(Runtime.Builtins), nameof(Runtime.Builtins.max)).ToString());   // print(max)
        Assert.Same(BuiltinFunction.Of(typeof(Runtime.Builtins), nameof(Runtime.Builtins.max)), BuiltinFunction.Of(typeof(Runtime.Builtins), nameof(Runtime.Builtins.max)));
    }

    [Fact]
    public void Join_of_a_value_tuple_iterates_it()
    {
        object tuple = ("a", "b");
        Assert.Equal("a, b", Py.CallMethod(", ", "join", tuple));   // ", ".join(("a", "b"))
    }

    [Fact]
    public void Operators_of_runtime_classes_apply_to_dynamic_values()
    {
        object? a = new Counter<string>(["a", "b", "c", "a"]), b = new Counter<string>(["a"]);
        Assert.Equal("Counter({'a': 3, 'b': 1, 'c': 1})", Repr(Py.Add(a, b)));   // Counter("abca") + Counter("a")
    }

    [Fact]
    public void Unpacking_a_dynamic_tuple_checks_its_length()
    {
        var error = Assert.Throws<ValueError>(() => Py.Unpack(new PyTuple(1L, 2L, 3L), 2));   // a, b = (1, 2, 3)
        Assert.Equal("too many values to unpack (expected 2)", error.Message);
    }

    [Fact]
    public void Unpacking_a_value_that_is_not_iterable_says_so_as_CPython_does()
    {
        var none = Assert.Throws<TypeError>(() => Py.Unpack(null, 2));   // a, b = None
        Assert.Equal("cannot unpack non-iterable NoneType object", none.Message);
        var number = Assert.Throws<TypeError>(() => Py.UnpackStarred(5L, 1, 0));   // a, *b = 5
        Assert.Equal("cannot unpack non-iterable int object", number.Message);
    }
}
