namespace Py2Cs.Runtime;

/// <summary>
/// What CPython's `asyncio` logger prints through logging's last-resort handler: the message,
/// context lines, then the exception. We cannot print Python tracebacks, so the traceback is the
/// header and the exception's last line, as PyProgram prints uncaught exceptions.
/// </summary>
internal static class ExceptionLog
{
    /// <summary>Where log lines go; tests replace it to capture them.</summary>
    internal static Action<string> Writer = DefaultWriter;

    static void DefaultWriter(string text)
    {
        Console.Out.Flush();
        Console.Error.WriteLine(text);
        Console.Error.Flush();
    }

    internal static void Write(string message, string? context, System.Exception? exception)
    {
        var text = message;
        if (context != null) text += "\n" + context;
        // An exception that was never raised (set_exception(ValueError(...))) has no traceback.
        if (exception != null)
            text += (exception.StackTrace != null ? "\nTraceback (most recent call last):\n" : "\n") + LastLine(exception);
        Writer(text);
    }

    internal static string LastLine(System.Exception e)
    {
        if (e is BaseException be)
        {
            var s = be.__str__();
            return s.Length == 0 ? be.PythonTypeName : be.PythonTypeName + ": " + s;
        }
        return e.GetType().Name + ": " + e.Message;
    }
}
