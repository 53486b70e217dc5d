using System.Reflection;

namespace Py2Cs.Runtime;

public static partial class Py
{
    /// <summary>Maps a .NET exception that escaped user code to the Python exception CPython would raise.</summary>
    public static BaseException Translate(System.Exception e) => e switch
    {
        BaseException python => python,
        TargetInvocationException { InnerException: System.Exception inner } => Translate(inner),
        AggregateException aggregate when aggregate.InnerExceptions.Count == 1 => Translate(aggregate.InnerExceptions[0]),
        DivideByZeroException => new ZeroDivisionError("division by zero"),
        KeyNotFoundException => new KeyError(e.Message),
        ArgumentOutOfRangeException or IndexOutOfRangeException => new IndexError("index out of range"),
        InvalidCastException => new TypeError(e.Message),
        OverflowException => new OverflowError(e.Message),
        NullReferenceException => new AttributeError("'NoneType' object has no attribute (unknown)"),
        FormatException => new ValueError(e.Message),
        InsufficientExecutionStackException => new RecursionError("maximum recursion depth exceeded"),
        OutOfMemoryException => new MemoryError(),
        NotImplementedException => new NotImplementedError(e.Message),
        NotSupportedException => new TypeError(e.Message),
        ArgumentException => new ValueError(e.Message),
        InvalidOperationException => new RuntimeError(e.Message),
        _ => new RuntimeError($"{e.GetType().Name}: {e.Message}"),
    };
}
