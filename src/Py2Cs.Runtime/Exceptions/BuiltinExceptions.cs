namespace Py2Cs.Runtime;

// Python's builtin exception classes, with CPython's hierarchy. (EnvironmentError and IOError are
// OSError in Python 3: the emitter maps those names to OSError.)

public class SystemExit : BaseException
{
    public SystemExit(params object?[] args) : base(args) { }
    public object? code => args.Length == 0 ? null : args.Length == 1 ? args[0] : new PyTuple(args);
}
public class KeyboardInterrupt : BaseException { public KeyboardInterrupt(params object?[] args) : base(args) { } }
public class GeneratorExit : BaseException { public GeneratorExit(params object?[] args) : base(args) { } }

public class ArithmeticError : PyException { public ArithmeticError(params object?[] args) : base(args) { } }
public class ZeroDivisionError : ArithmeticError { public ZeroDivisionError(params object?[] args) : base(args) { } }
public class OverflowError : ArithmeticError { public OverflowError(params object?[] args) : base(args) { } }
public class FloatingPointError : ArithmeticError { public FloatingPointError(params object?[] args) : base(args) { } }
public class AssertionError : PyException { public AssertionError(params object?[] args) : base(args) { } }
public class AttributeError : PyException { public AttributeError(params object?[] args) : base(args) { } }
public class BufferError : PyException { public BufferError(params object?[] args) : base(args) { } }
public class EOFError : PyException { public EOFError(params object?[] args) : base(args) { } }
/// <summary>ImportError, with CPython's <c>name</c> (the module that could not be imported) and <c>path</c>.</summary>
public class ImportError : PyException
{
    public ImportError(params object?[] args) : base(args) { }
    public object? name { get; set; }
    public object? path { get; set; }
}
public class ModuleNotFoundError : ImportError { public ModuleNotFoundError(params object?[] args) : base(args) { } }
public class LookupError : PyException { public LookupError(params object?[] args) : base(args) { } }
public class IndexError : LookupError { public IndexError(params object?[] args) : base(args) { } }
public class KeyError : LookupError
{
    public KeyError(params object?[] args) : base(args) { }
    // str(KeyError('x')) is "'x'": a single argument is shown with repr.
    public override string __str__() => args.Length == 1 ? Builtins.repr(args[0]) : base.__str__();
}
public class MemoryError : PyException { public MemoryError(params object?[] args) : base(args) { } }
public class NameError : PyException { public NameError(params object?[] args) : base(args) { } }
public class UnboundLocalError : NameError { public UnboundLocalError(params object?[] args) : base(args) { } }
public class OSError : PyException
{
    /// <summary>
    /// CPython's OSError(errno, strerror[, filename[, winerror[, filename2]]]): with a filename the
    /// exception's args are only (errno, strerror); the names are attributes.
    /// </summary>
    public OSError(params object?[] args) : base(args.Length is >= 3 and <= 5 ? args[..2] : args)
    {
        if (args.Length is >= 3 and <= 5)
        {
            filename = args[2];
            filename2 = args.Length == 5 ? args[4] : null;
        }
    }

    public object? errno => args.Length >= 2 ? args[0] : null;
    public object? strerror => args.Length >= 2 ? args[1] : null;
    public object? filename { get; set; }
    public object? filename2 { get; set; }

    // OSError(2, 'No such file') prints as "[Errno 2] No such file", with ": 'name'" and " -> 'other'" after it.
    public override string __str__()
    {
        if (args.Length != 2) return base.__str__();
        var text = $"[Errno {Builtins.str(args[0])}] {Builtins.str(args[1])}";
        if (filename is not null) text += $": {Builtins.repr(filename)}";
        if (filename2 is not null) text += $" -> {Builtins.repr(filename2)}";
        return text;
    }
}
public class BlockingIOError : OSError { public BlockingIOError(params object?[] args) : base(args) { } }
public class ChildProcessError : OSError { public ChildProcessError(params object?[] args) : base(args) { } }
public class ConnectionError : OSError { public ConnectionError(params object?[] args) : base(args) { } }
public class BrokenPipeError : ConnectionError { public BrokenPipeError(params object?[] args) : base(args) { } }
public class ConnectionAbortedError : ConnectionError { public ConnectionAbortedError(params object?[] args) : base(args) { } }
public class ConnectionRefusedError : ConnectionError { public ConnectionRefusedError(params object?[] args) : base(args) { } }
public class ConnectionResetError : ConnectionError { public ConnectionResetError(params object?[] args) : base(args) { } }
public class FileExistsError : OSError { public FileExistsError(params object?[] args) : base(args) { } }
public class FileNotFoundError : OSError { public FileNotFoundError(params object?[] args) : base(args) { } }
public class InterruptedError : OSError { public InterruptedError(params object?[] args) : base(args) { } }
public class IsADirectoryError : OSError { public IsADirectoryError(params object?[] args) : base(args) { } }
public class NotADirectoryError : OSError { public NotADirectoryError(params object?[] args) : base(args) { } }
public class PermissionError : OSError { public PermissionError(params object?[] args) : base(args) { } }
public class ProcessLookupError : OSError { public ProcessLookupError(params object?[] args) : base(args) { } }
/// <summary>Builtin TimeoutError; in 3.11 <c>asyncio.TimeoutError</c> is this same class.</summary>
public class TimeoutError : OSError { public TimeoutError(params object?[] args) : base(args) { } }
public class ReferenceError : PyException { public ReferenceError(params object?[] args) : base(args) { } }
public class RuntimeError : PyException { public RuntimeError(params object?[] args) : base(args) { } }
public class NotImplementedError : RuntimeError { public NotImplementedError(params object?[] args) : base(args) { } }
public class RecursionError : RuntimeError { public RecursionError(params object?[] args) : base(args) { } }
public class StopIteration : PyException
{
    public StopIteration(params object?[] args) : base(args) { }
    public object? value => args.Length > 0 ? args[0] : null;
}
public class StopAsyncIteration : PyException { public StopAsyncIteration(params object?[] args) : base(args) { } }
public class SyntaxError : PyException { public SyntaxError(params object?[] args) : base(args) { } }
public class IndentationError : SyntaxError { public IndentationError(params object?[] args) : base(args) { } }
public class TabError : IndentationError { public TabError(params object?[] args) : base(args) { } }
public class SystemError : PyException { public SystemError(params object?[] args) : base(args) { } }
public class TypeError : PyException { public TypeError(params object?[] args) : base(args) { } }
public class ValueError : PyException { public ValueError(params object?[] args) : base(args) { } }
public class UnicodeError : ValueError { public UnicodeError(params object?[] args) : base(args) { } }
public class UnicodeDecodeError : UnicodeError { public UnicodeDecodeError(params object?[] args) : base(args) { } }
public class UnicodeEncodeError : UnicodeError { public UnicodeEncodeError(params object?[] args) : base(args) { } }

public class Warning : PyException { public Warning(params object?[] args) : base(args) { } }
public class UserWarning : Warning { public UserWarning(params object?[] args) : base(args) { } }
public class DeprecationWarning : Warning { public DeprecationWarning(params object?[] args) : base(args) { } }
public class PendingDeprecationWarning : Warning { public PendingDeprecationWarning(params object?[] args) : base(args) { } }
public class RuntimeWarning : Warning { public RuntimeWarning(params object?[] args) : base(args) { } }
public class SyntaxWarning : Warning { public SyntaxWarning(params object?[] args) : base(args) { } }
public class FutureWarning : Warning { public FutureWarning(params object?[] args) : base(args) { } }
public class ImportWarning : Warning { public ImportWarning(params object?[] args) : base(args) { } }
public class UnicodeWarning : Warning { public UnicodeWarning(params object?[] args) : base(args) { } }
public class BytesWarning : Warning { public BytesWarning(params object?[] args) : base(args) { } }
public class ResourceWarning : Warning { public ResourceWarning(params object?[] args) : base(args) { } }
public class EncodingWarning : Warning { public EncodingWarning(params object?[] args) : base(args) { } }
