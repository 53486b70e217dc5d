using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Calls;

/// <summary>
/// The dynamic call protocol: <see cref="PyFunction"/> binds positional and keyword arguments as
/// CPython does. Every expected TypeError message was recorded from CPython 3.11 on the same call
/// (the Python source of each function is in the comment beside it).
/// </summary>
public sealed class CallBindingTests
{
    static KeywordArgument Kw(string name, object? value) => new(name, value);

    // def f(a, b): return f"{a}-{b}"
    static readonly PyFunction F = new(new PySignature("f", ["a", "b"]), new Func<long, long, string>((a, b) => $"{a}-{b}"));
    // def g(a, b=1): return a + b
    static readonly PyFunction G = new(new PySignature("g", ["a", "b"], defaultCount: 1), new Func<long, long, long>((a, b) => a + b), [1L]);
    // def h(): return 0
    static readonly PyFunction H = new(new PySignature("h", []), new Func<long>(() => 0));
    // def k(a, *, key, opt=2): return a * 100 + key * 10 + opt
    static readonly PyFunction K = new(new PySignature("k", ["a"], keywordOnly: ["key", "opt"], keywordOnlyWithDefault: [false, true]),
        new Func<long, long, long, long>((a, key, opt) => a * 100 + key * 10 + opt), keywordDefaults: [null, 2L]);
    // def p(a, /, b): pass
    static readonly PyFunction P = new(new PySignature("p", ["a", "b"], positionalOnlyCount: 1), new Func<object?, object?, object?>((a, b) => null));
    // def q(a, b, c, d=4): pass
    static readonly PyFunction Q = new(new PySignature("q", ["a", "b", "c", "d"], defaultCount: 1), new Func<object?, object?, object?, object?, object?>((a, b, c, d) => null), [4L]);
    // class A:
    //     def m(self, x): pass      (called through the class, so self is an ordinary argument)
    static readonly PyFunction M = new(new PySignature("A.m", ["self", "x"]), new Func<object?, object?, object?>((self, x) => null));
    // def r(a, *args, **kw): return (a, args, kw)
    static readonly PyFunction R = new(new PySignature("r", ["a"], varArgs: "args", varKeywords: "kw"),
        new Func<object?, PyTuple, PyDict<string, object?>, object?>((a, args, kw) => new PyTuple(a, args, kw)));

    public static TheoryData<PyFunction, object?[], string> Errors => new()
    {
        { F, [1L], "f() missing 1 required positional argument: 'b'" },
        { F, [], "f() missing 2 required positional arguments: 'a' and 'b'" },
        { F, [1L, 2L, 3L], "f() takes 2 positional arguments but 3 were given" },
        { G, [1L, 2L, 3L], "g() takes from 1 to 2 positional arguments but 3 were given" },
        { H, [1L], "h() takes 0 positional arguments but 1 was given" },
        { H, [1L, 2L], "h() takes 0 positional arguments but 2 were given" },
        { F, [1L, Kw("c", 3L)], "f() got an unexpected keyword argument 'c'" },
        { F, [1L, Kw("a", 2L)], "f() got multiple values for argument 'a'" },
        { K, [1L], "k() missing 1 required keyword-only argument: 'key'" },
        { K, [1L, 2L, Kw("key", 3L)], "k() takes 1 positional argument but 2 positional arguments (and 1 keyword-only argument) were given" },
        { K, [1L, 2L], "k() takes 1 positional argument but 2 were given" },
        { K, [], "k() missing 1 required positional argument: 'a'" },
        { P, [Kw("a", 1L), Kw("b", 2L)], "p() got some positional-only arguments passed as keyword arguments: 'a'" },
        { Q, [], "q() missing 3 required positional arguments: 'a', 'b', and 'c'" },
        { Q, [1L], "q() missing 2 required positional arguments: 'b' and 'c'" },
        { Q, [1L, 2L, 3L, 4L, 5L, Kw("x", 1L)], "q() got an unexpected keyword argument 'x'" },
        { M, [], "A.m() missing 2 required positional arguments: 'self' and 'x'" },
        { M, [new object(), 1L, 2L], "A.m() takes 2 positional arguments but 3 were given" },
    };

    [Theory, MemberData(nameof(Errors))]
    public void A_call_that_does_not_fit_raises_CPythons_TypeError(PyFunction function, object?[] args, string message)
    {
        var e = Assert.Throws<TypeError>(() => Py.Call(function, args));
        Assert.Equal(message, Py2Cs.Runtime.Builtins.str(e));
    }

    [Fact]
    public void Keywords_bind_by_name_and_defaults_fill_what_is_left_out()
    {
        Assert.Equal("1-2", Py.Call(F, Kw("b", 2L), Kw("a", 1L)));
        Assert.Equal(11L, Py.Call(G, 10L));
        Assert.Equal(15L, Py.Call(G, 10L, Kw("b", 5L)));
        Assert.Equal(132L, Py.Call(K, 1L, Kw("key", 3L)));
        Assert.Equal(139L, Py.Call(K, Kw("opt", 9L), Kw("a", 1L), Kw("key", 3L)));
    }

    [Fact]
    public void Extra_positionals_make_the_args_tuple_and_extra_keywords_the_kwargs_dict()
    {
        // r(1, 2, 3, x=4) == (1, (2, 3), {'x': 4}) in CPython.
        Assert.Equal("(1, (2, 3), {'x': 4})", Py2Cs.Runtime.Builtins.repr(Py.Call(R, 1L, 2L, 3L, Kw("x", 4L))));
        Assert.Equal("(1, (), {})", Py2Cs.Runtime.Builtins.repr(Py.Call(R, 1L)));
    }

    [Fact]
    public void Star_and_double_star_spread_any_iterable_and_str_keyed_mapping()
    {
        var keywords = new PyDict<string, object?> { ["b"] = 2L };
        object?[] args = [.. Py.StarArgs(new PyList<object?> { 1L }), .. Py.StarKeywords(keywords)];

        Assert.Equal("1-2", Py.Call(F, args));
    }

    [Fact]
    public void A_function_is_a_value_with_a_name_a_repr_and_attributes()
    {
        var f = new PyFunction(new PySignature("outer.<locals>.inner", ["x"]), new Func<long, long>(x => x), doc: "doc");

        Assert.Equal("inner", Py.GetAttr(f, "__name__"));
        Assert.Equal("outer.<locals>.inner", Py.GetAttr(f, "__qualname__"));
        Assert.Equal("doc", Py.GetAttr(f, "__doc__"));
        Assert.StartsWith("<function outer.<locals>.inner at 0x", Py2Cs.Runtime.Builtins.repr(f));
        Py.SetAttr(f, "calls", 3L);
        Assert.Equal(3L, Py.GetAttr(f, "calls"));
        Assert.True(Py.IsCallable(f));
    }
}
