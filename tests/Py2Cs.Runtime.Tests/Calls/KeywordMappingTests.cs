using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Calls;

/// <summary>
/// <c>**mapping</c> bound at compile time into a typed call (<see cref="Py.HasKeyword"/>, <see cref="Py.KeywordRest"/>...).
/// Expected values and TypeError messages recorded from CPython 3.11 on <c>def f(a, b=1, **kw)</c>.
/// </summary>
public sealed class KeywordMappingTests
{
    static PyDict<string, object?> Map(params (string Key, object? Value)[] entries)
    {
        var d = new PyDict<string, object?>();
        foreach (var (key, value) in entries) d[key] = value;
        return d;
    }

    [Fact]
    public void A_parameter_with_a_default_reads_the_mapping_when_it_has_the_key()
    {
        var opts = Map(("b", 5L), ("q", 6L));
        Assert.True(Py.HasKeyword(opts, "b"));
        Assert.Equal(5L, Py.Keyword(opts, "b"));
        Assert.False(Py.HasKeyword(opts, "a"));
    }

    [Fact]
    public void The_rest_goes_to_kwargs_after_the_calls_own_extra_keywords()
    {
        // f(1, x=1, **{'b': 5, 'q': 6}) binds kw == {'x': 1, 'q': 6}
        var rest = Py.KeywordRest(Map(("b", 5L), ("q", 6L)), "f", ["a"], [], ["a", "b"], new KeywordArgument("x", 1L));
        Assert.Equal("{'x': 1, 'q': 6}", rest.__repr__());
    }

    [Fact]
    public void A_required_parameter_missing_from_the_mapping_is_CPythons_TypeError()
    {
        var e = Assert.Throws<TypeError>(() => Py.RequiredKeyword(Map(("b", 2L)), "a", "f"));
        Assert.Equal("f() missing 1 required positional argument: 'a'", e.Message);
    }

    [Fact]
    public void A_key_that_repeats_an_argument_is_CPythons_TypeError()
    {
        // f(1, **{'a': 2}) and f(1, x=1, **{'x': 2})
        Assert.Equal("f() got multiple values for argument 'a'",
            Assert.Throws<TypeError>(() => Py.KeywordRest(Map(("a", 2L)), "f", ["a"], [], ["a", "b"])).Message);
        Assert.Equal("__main__.f() got multiple values for keyword argument 'x'",
            Assert.Throws<TypeError>(() => Py.KeywordRest(Map(("x", 2L)), "f", ["a"], [], ["a", "b"], new KeywordArgument("x", 1L))).Message);
    }

    [Fact]
    public void A_key_no_parameter_takes_is_unexpected_without_kwargs()
    {
        // def g(a): ...; g(1, **{'z': 1})
        Assert.Equal("g() got an unexpected keyword argument 'z'",
            Assert.Throws<TypeError>(() => Py.CheckKeywords(Map(("z", 1L)), "g", ["a"], [], ["a"])).Message);
    }
}
