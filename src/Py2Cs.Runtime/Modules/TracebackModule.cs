#pragma warning disable CS8981, IDE1006 // Python's names.
namespace Py2Cs.Runtime;

/// <summary>
/// Python's <c>traceback</c>: printing and formatting exceptions as the default excepthook does. The lines
/// between the header and the last line are the runtime's frames (docs/semantics.md, Tracebacks); the last
/// line, <c>Type: message</c>, and the chained exceptions are CPython's.
/// </summary>
[PyModule("traceback")]
public static class TracebackModule
{
    static TracebackModule() => HandledExceptions.Watch();

    static string ScriptName => sys.argv.Count > 0 ? sys.argv[0] : "<string>";

    static string Format(BaseException? e) => e is null ? "NoneType: None\n" : Traceback.Format(e, ScriptName);

    static void Write(string text, object? file)
    {
        if (file is null) sys.stderr.write(text);
        else Py.CallMethod(file, "write", text);
    }

    static BaseException? Exception(object? exc, object? value) =>
        value as BaseException ?? exc as BaseException
        ?? (exc is null ? null : throw new TypeError($"Exception expected for value, {Builtins.type_name(exc)} found"));

    /// <summary>One string per line, each ending in a newline, as CPython's list of chunks joins to.</summary>
    static PyList<string> Chunks(string text) =>
        new(text.Split('\n').SkipLast(1).Select(line => line + "\n"));

    public static string format_exc(object? limit = null, bool chain = true) => Format(HandledExceptions.Last);

    public static void print_exc(object? limit = null, object? file = null, bool chain = true) => Write(Format(HandledExceptions.Last), file);

    public static PyList<string> format_exception(object? exc, object? value = null, object? tb = null, object? limit = null, bool chain = true) =>
        Chunks(Format(Exception(exc, value)));

    public static void print_exception(object? exc, object? value = null, object? tb = null, object? limit = null, object? file = null, bool chain = true) =>
        Write(Format(Exception(exc, value)), file);

    /// <summary><c>['ValueError: bad\n']</c>: the exception's last line alone.</summary>
    public static PyList<string> format_exception_only(object? exc, object? value = null) =>
        Exception(exc, value) is { } e ? new([Traceback.FinalLine(e) + "\n"]) : new(["NoneType: None\n"]);
}
