namespace Py2Cs.Runtime;

/// <summary>Formats an uncaught exception the way CPython's default excepthook does (without
/// Python line numbers, which translated code does not have).</summary>
public static class Traceback
{
    public static string FinalLine(BaseException e)
    {
        string message;
        try { message = e.__str__(); }
        catch (System.Exception) { message = "<exception str() failed>"; }
        return message.Length == 0 ? e.PythonTypeName : $"{e.PythonTypeName}: {message}";
    }

    public static IEnumerable<string> Lines(BaseException e, string scriptName) => Lines(e, scriptName, new HashSet<BaseException>(ReferenceEqualityComparer.Instance));

    private static IEnumerable<string> Lines(BaseException e, string scriptName, HashSet<BaseException> seen)
    {
        seen.Add(e);
        var lines = new List<string>();
        if (e.__cause__ is BaseException cause && !seen.Contains(cause))
        {
            lines.AddRange(Lines(cause, scriptName, seen));
            lines.Add("");
            lines.Add("The above exception was the direct cause of the following exception:");
            lines.Add("");
        }
        else if (!e.__suppress_context__ && e.__context__ is BaseException context && !seen.Contains(context))
        {
            lines.AddRange(Lines(context, scriptName, seen));
            lines.Add("");
            lines.Add("During handling of the above exception, another exception occurred:");
            lines.Add("");
        }
        lines.AddRange(e.TracebackLines(scriptName));
        return lines;
    }

    public static string Format(BaseException e, string scriptName) => string.Join("\n", Lines(e, scriptName)) + "\n";
}
