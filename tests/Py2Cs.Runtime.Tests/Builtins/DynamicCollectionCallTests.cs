using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Builtins;

/// <summary>
/// Calls on typed runtime collections and classes that are bound at run time (the receiver is a dynamic
/// value). Expected values recorded from CPython 3.11.
/// </summary>
public sealed class DynamicCollectionCallTests
{
    static string Repr(object? value) => Py2Cs.Runtime.Builtins.repr(value);

    static PyDict<string, long> Scores() => new() { ["b"] = 1, ["a"] = 2 };

    [Fact]
    public void Dict_get_returns_a_default_of_another_type()
        => Assert.Equal("'?'", Repr(Py.CallMethod(Scores(), "get", "none", "?")));

    [Fact]
    public void Dict_get_finds_a_present_key_whatever_the_default()
        => Assert.Equal(2L, Py.CallMethod(Scores(), "get", "a", "?"));

    [Fact]
    public void Dict_update_takes_keywords_as_str_keys()
    {
        var d = Scores();
        Py.CallMethod(d, "update", new KeywordArgument("x", 1L), new KeywordArgument("y", 2L));
        Assert.Equal("{'b': 1, 'a': 2, 'x': 1, 'y': 2}", Repr(d));
    }

    [Fact]
    public void Dict_update_takes_a_mapping_then_keywords()
    {
        var d = Scores();
        Py.CallMethod(d, "update", new PyDict<string, long> { ["a"] = 5 }, new KeywordArgument("c", 3L));
        Assert.Equal("{'b': 1, 'a': 5, 'c': 3}", Repr(d));
    }

    [Fact]
    public void Deque_subscript_bound_at_run_time()
    {
        var d = new deque<long>([3L, 4L, 5L]);
        Assert.Equal(3L, Py.GetItem(d, 0L));
        Assert.Equal(5L, Py.GetItem(d, -1L));
    }

    [Fact]
    public void A_static_method_is_called_through_the_class_value()
        => Assert.Equal("datetime.datetime(2024, 3, 1, 10, 0, 1)",
            Repr(Py.CallMethod(typeof(DatetimeModule.datetime), "strptime", "2024-03-01 10:00:01", "%Y-%m-%d %H:%M:%S")));

    [Fact]
    public void Counter_update_and_subtract_take_a_str()
    {
        var c = new Counter<string>(Py.Chars("abracadabra"));
        c.update("zz");
        c.subtract("a");
        Assert.Equal("Counter({'a': 4, 'b': 2, 'r': 2, 'z': 2, 'c': 1, 'd': 1})", Repr(c));
    }

    [Fact]
    public void Cycle_of_a_str_gives_one_character_strs()
        => Assert.Equal("['x', 'y', 'x']", Repr(new PyList<string>(itertools.cycle("xy").Take(3))));

    [Fact]
    public void Accumulate_initial_given_as_a_csharp_int()
        => Assert.Equal("[100, 101, 103]", Repr(new PyList<long>(itertools.accumulate(new PyList<long> { 1, 2 }, initial: 100))));

    [Fact]
    public void A_builtin_function_is_a_builtin_function_or_method()
        => Assert.Equal("builtin_function_or_method", Py.GetAttr(Py2Cs.Runtime.Builtins.type(BuiltinFunction.Of(typeof(Py2Cs.Runtime.Builtins), "len")), "__name__"));
}
