namespace Py2Cs.Runtime;

// Python's builtin exception classes, with CPython's hierarchy.

public class SystemExit : BaseException
{
    public SystemExit(params object?[] args) : base(args) { }
    public object? code => args.Length == 0 ? null : args.Length == 1 ? args[0] : args;
}
public class KeyboardInterrupt : BaseException { public KeyboardInterrupt(params object?[] args) : base(args) { } }
public class GeneratorExit : BaseException { public GeneratorExit(params object?[] args) : base(args) { } }

public class ArithmeticError : PyException { public ArithmeticError(params object?[] args) : base(args) { } }
public class ZeroDivisionError : ArithmeticError { public ZeroDivisionError(params object?[] args) : base(args) { } }
public class OverflowError : ArithmeticError { public OverflowError(params object?[] args) : base(args) { } }
public class AssertionError : PyException { public AssertionError(params object?[] args) : base(args) { } }
public class AttributeError : PyException { public AttributeError(params object?[] args) : base(args) { } }
public class LookupError : PyException { public LookupError(params object?[] args) : base(args) { } }
public class IndexError : LookupError { public IndexError(params object?[] args) : base(args) { } }
public class KeyError : LookupError
{
    public KeyError(params object?[] args) : base(args) { }
    // str(KeyError('x')) is "'x'": a single argument is shown with repr.
    public override string __str__() => args.Length == 1 ? Builtins.repr(args[0]) : base.__str__();
}
public class NameError : PyException { public NameError(params object?[] args) : base(args) { } }
public class UnboundLocalError : NameError { public UnboundLocalError(params object?[] args) : base(args) { } }
public class OSError : PyException { public OSError(params object?[] args) : base(args) { } }
public class ConnectionError : OSError { public ConnectionError(params object?[] args) : base(args) { } }
public class ConnectionRefusedError : ConnectionError { public ConnectionRefusedError(params object?[] args) : base(args) { } }
public class ConnectionResetError : ConnectionError { public ConnectionResetError(params object?[] args) : base(args) { } }
public class FileNotFoundError : OSError { public FileNotFoundError(params object?[] args) : base(args) { } }
public class PermissionError : OSError { public PermissionError(params object?[] args) : base(args) { } }
/// <summary>Builtin TimeoutError; in 3.11 <c>asyncio.TimeoutError</c> is this same class.</summary>
public class TimeoutError : OSError { public TimeoutError(params object?[] args) : base(args) { } }
public class RuntimeError : PyException { public RuntimeError(params object?[] args) : base(args) { } }
public class NotImplementedError : RuntimeError { public NotImplementedError(params object?[] args) : base(args) { } }
public class RecursionError : RuntimeError { public RecursionError(params object?[] args) : base(args) { } }
public class StopIteration : PyException
{
    public StopIteration(params object?[] args) : base(args) { }
    public object? value => args.Length > 0 ? args[0] : null;
}
public class StopAsyncIteration : PyException { public StopAsyncIteration(params object?[] args) : base(args) { } }
public class TypeError : PyException { public TypeError(params object?[] args) : base(args) { } }
public class ValueError : PyException { public ValueError(params object?[] args) : base(args) { } }
public class UnicodeError : ValueError { public UnicodeError(params object?[] args) : base(args) { } }
