namespace Py2Cs.Runtime;

public static partial class Py
{
    /// <summary><c>assert condition</c>.</summary>
    public static void Assert(object? condition)
    {
        if (!Truthy(condition)) throw new AssertionError();
    }

    /// <summary><c>assert condition, message</c>: the message is only evaluated when the assertion fails.</summary>
    public static void Assert(object? condition, Func<object?> message)
    {
        if (!Truthy(condition)) throw new AssertionError(message());
    }
}
