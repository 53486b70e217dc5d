using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Calls;

/// <summary>
/// Builtins as values (<see cref="Py.Builtin"/>): called through <see cref="Py.Call"/>, compared by identity
/// with what <c>type(x)</c> gives, and the class-object attributes. Expected values recorded from CPython 3.11
/// (the Python expression is in each comment).
/// </summary>
public sealed class BuiltinValueTests
{
    static string Repr(object? value) => Py2Cs.Runtime.Builtins.repr(value);

    [Fact]
    public void Builtin_functions_are_callable_values()
    {
        var words = new PyList<string>(["bb", "a", "Ccc"]);
        // sorted(['bb','a','Ccc'], key=len)
        Assert.Equal("['a', 'bb', 'Ccc']", Repr(Py.Call(Py.Builtin("sorted"), words, new KeywordArgument("key", Py.Builtin("len")))));
        // list(map(int, ['1','22']))
        Assert.Equal("[1, 22]", Repr(Py.Call(Py.Builtin("list"), Py.Call(Py.Builtin("map"), Py.Builtin("int"), new PyList<string>(["1", "22"])))));
        // str.lower('AbC'), int('7'), float('2.5')
        Assert.Equal("'abc'", Repr(Py.Call(Py.GetAttr(Py.Builtin("str"), "lower"), "AbC")));
        Assert.Equal("7", Repr(Py.Call(Py.Builtin("int"), "7")));
        Assert.Equal("2.5", Repr(Py.Call(Py.Builtin("float"), "2.5")));
    }

    [Fact]
    public void Builtin_classes_are_what_type_returns()
    {
        // repr(int), repr(len), type(3) is int, type([1]) is list
        Assert.Equal("<class 'int'>", Repr(Py.Builtin("int")));
        Assert.Equal("<built-in function len>", Repr(Py.Builtin("len")));
        Assert.True(Py.Is(Py2Cs.Runtime.Builtins.type(3L), Py.Builtin("int")));
        Assert.True(Py.Is(Py2Cs.Runtime.Builtins.type(new PyList<long>([1])), Py.Builtin("list")));
        Assert.Equal("list", Py.GetAttr(Py2Cs.Runtime.Builtins.type(new PyList<long>([1])), "__name__"));
    }

    [Fact]
    public void Class_objects_answer_mro_and_runtime_isinstance()
    {
        // [c.__name__ for c in ValueError.__mro__]
        var mro = (PyTuple)Py.GetAttr(typeof(ValueError), "__mro__")!;
        Assert.Equal(["ValueError", "Exception", "BaseException", "object"], mro.Select(c => (string)Py.GetAttr(c, "__name__")!));
        // isinstance(3, (str, int)), issubclass(bool, int)
        Assert.True(Py.IsInstance(3L, new PyTuple(Py.Builtin("str"), Py.Builtin("int"))));
        Assert.False(Py.IsInstance(2.5, new PyTuple(Py.Builtin("str"), Py.Builtin("int"))));
        Assert.True(Py.IsSubclass(Py.Builtin("bool"), Py.Builtin("int")));
        // slice(4)
        Assert.Equal("slice(None, 4, None)", Repr(Py.Call(Py.Builtin("slice"), 4L)));
    }

    sealed class Money(long cents) : PyObject
    {
        public long Cents { get; } = cents;
        public object __add__(object? other) => other is Money m ? new Money(Cents + m.Cents) : Py2Cs.Runtime.Builtins.NotImplemented;
        public object __radd__(object? other) => other is long n ? new Money(Cents + n) : Py2Cs.Runtime.Builtins.NotImplemented;
        public override string __repr__() => $"Money({Cents})";
    }

    [Fact]
    public void Binary_operators_honour_NotImplemented_and_reflection()
    {
        // Money(1) + Money(2), 3 + Money(1)
        Assert.Equal("Money(3)", Repr(Py.Add(new Money(1), new Money(2))));
        Assert.Equal("Money(4)", Repr(Py.Add(3L, new Money(1))));
        // Money(1) + 'x'  /  'x' + Money(1)
        Assert.Equal("unsupported operand type(s) for +: 'Money' and 'str'",
            Py2Cs.Runtime.Builtins.str(Assert.Throws<TypeError>(() => Py.Add(new Money(1), "x"))));
        Assert.Equal("can only concatenate str (not \"Money\") to str",
            Py2Cs.Runtime.Builtins.str(Assert.Throws<TypeError>(() => Py.Add("x", new Money(1)))));
    }
}
