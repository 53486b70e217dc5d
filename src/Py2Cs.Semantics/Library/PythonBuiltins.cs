namespace Py2Cs.Semantics.Library;

/// <summary>
/// Every name of CPython 3.11's <c>builtins</c> module (<c>dir(builtins)</c>), so that a builtin py2cs
/// does not translate is refused as such, with its reason, rather than reported as an undefined name.
/// What each supported name does lives in the runtime and the catalog; this is only the roll call.
/// </summary>
public static class PythonBuiltins
{
    public static readonly ImmutableHashSet<string> Names = ImmutableHashSet.Create(
        "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "BaseExceptionGroup", "BlockingIOError",
        "BrokenPipeError", "BufferError", "BytesWarning", "ChildProcessError", "ConnectionAbortedError", "ConnectionError",
        "ConnectionRefusedError", "ConnectionResetError", "DeprecationWarning", "EOFError", "Ellipsis", "EncodingWarning",
        "EnvironmentError", "Exception", "ExceptionGroup", "False", "FileExistsError", "FileNotFoundError",
        "FloatingPointError", "FutureWarning", "GeneratorExit", "IOError", "ImportError", "ImportWarning",
        "IndentationError", "IndexError", "InterruptedError", "IsADirectoryError", "KeyError", "KeyboardInterrupt",
        "LookupError", "MemoryError", "ModuleNotFoundError", "NameError", "None", "NotADirectoryError", "NotImplemented",
        "NotImplementedError", "OSError", "OverflowError", "PendingDeprecationWarning", "PermissionError",
        "ProcessLookupError", "RecursionError", "ReferenceError", "ResourceWarning", "RuntimeError", "RuntimeWarning",
        "StopAsyncIteration", "StopIteration", "SyntaxError", "SyntaxWarning", "SystemError", "SystemExit", "TabError",
        "TimeoutError", "True", "TypeError", "UnboundLocalError", "UnicodeDecodeError", "UnicodeEncodeError",
        "UnicodeError", "UnicodeTranslateError", "UnicodeWarning", "UserWarning", "ValueError", "Warning",
        "ZeroDivisionError", "__build_class__", "__debug__", "__doc__", "__import__", "__loader__", "__name__",
        "__package__", "__spec__", "abs", "aiter", "all", "anext", "any", "ascii", "bin", "bool", "breakpoint",
        "bytearray", "bytes", "callable", "chr", "classmethod", "compile", "complex", "copyright", "credits", "delattr",
        "dict", "dir", "divmod", "enumerate", "eval", "exec", "exit", "filter", "float", "format", "frozenset",
        "getattr", "globals", "hasattr", "hash", "help", "hex", "id", "input", "int", "isinstance", "issubclass", "iter",
        "len", "license", "list", "locals", "map", "max", "memoryview", "min", "next", "object", "oct", "open", "ord",
        "pow", "print", "property", "quit", "range", "repr", "reversed", "round", "set", "setattr", "slice", "sorted",
        "staticmethod", "str", "sum", "super", "tuple", "type", "vars", "zip");

    /// <summary>Why a builtin the library does not have is refused (the catalog is asked first, so a name
    /// that gains support stops being refused without an edit here).</summary>
    public static string WhyUnsupported(string name) => name switch
    {
        "eval" or "exec" or "compile" or "__import__" or "__build_class__" =>
            $"builtin '{name}' is not supported: it runs or builds code at run time, and py2cs translates ahead of time",
        "globals" or "locals" or "breakpoint" or "__loader__" or "__spec__" or "__package__" =>
            $"builtin '{name}' is not supported: translated code has no interpreter frames or module objects to show",
        "help" or "license" or "credits" or "copyright" =>
            $"builtin '{name}' is not supported: it is meant for the interactive interpreter",
        _ => $"builtin '{name}' is not supported yet",
    };
}
