using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Calls;

/// <summary>
/// An instance whose class defines <c>__call__(self, *args)</c>, called through the dynamic protocol with as many
/// values as the method has parameters: the values are Python arguments, packed into *args, not a tuple the
/// signature bound already. Expected values recorded from CPython 3.11 on the code in the comment beside each.
/// </summary>
public sealed class VariadicCallDunderTests
{
    public sealed class Summer : PyObject
    {
        public object? __call__([PyVarArgs] PyTuple args) => Runtime.Builtins.repr(args);
    }

    [Fact]
    public void One_value_into_star_args_is_packed()
    {
        Assert.Equal("(10,)", Py.Call(new Summer(), 10L));   // class S: def __call__(self, *a): return repr(a)   S()(10)
    }

    [Fact]
    public void Two_values_are_packed()
    {
        Assert.Equal("('a', 'b')", Py.Call(new Summer(), "a", "b"));   // S()("a", "b")
    }
}
