using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Calls;

/// <summary>
/// A lambda kept as a plain C# delegate (no PyFunction) called through the protocol with the wrong number of
/// arguments raises CPython's TypeError. Expected messages recorded from CPython 3.11 on
/// <c>f = lambda q: q</c>, <c>g = lambda: 0</c> and <c>h = lambda a, b: a</c> at module level.
/// </summary>
public sealed class DelegateArityTests
{
    public static TheoryData<Delegate, object?[], string> Errors => new()
    {
        { new Func<object?, object?>(q => q), [], "<lambda>() missing 1 required positional argument: 'q'" },
        { new Func<object?, object?>(q => q), [1L, 2L], "<lambda>() takes 1 positional argument but 2 were given" },
        { new Func<object?>(() => 0L), [1L], "<lambda>() takes 0 positional arguments but 1 was given" },
        { new Func<object?, object?, object?>((a, b) => a), [1L], "<lambda>() missing 1 required positional argument: 'b'" },
        { new Func<object?, object?, object?>((a, b) => a), [], "<lambda>() missing 2 required positional arguments: 'a' and 'b'" },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void WrongArgumentCountRaisesCPythonsTypeError(Delegate function, object?[] args, string message)
    {
        var error = Assert.Throws<TypeError>(() => Py.Call(function, args));
        Assert.Equal(message, error.Message);
    }
}
