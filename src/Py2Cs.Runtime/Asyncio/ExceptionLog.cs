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
    static readonly Action<string> Default = Writer;

    static void DefaultWriter(string text)
    {
        Console.Out.Flush();
        Console.Error.WriteLine(text);
        Console.Error.Flush();
    }

    /// <summary>asyncio's <c>logger.error(...)</c>; <paramref name="asyncioLogger"/> false for threading's excepthook,
    /// which writes to stderr without logging.</summary>
    internal static void Write(string message, string? context, System.Exception? exception, bool asyncioLogger = true)
    {
        var text = message;
        if (context != null) text += "\n" + context;
        // A program that configured logging (basicConfig to stdout, a format, a handler on "asyncio") gets
        // these lines as CPython does: an ERROR record of the `asyncio` logger, the exception as exc_info.
        // (Without a handler, logging's last resort would print what Writer prints; a test's Writer keeps the lines.)
        if (asyncioLogger && LoggingInUse.Value && exception is null or BaseException && Writer == Default
            && logging.getLogger("asyncio") is { } logger && logger.hasHandlers())
        {
            logger.LogError(text, exception);
            return;
        }
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
