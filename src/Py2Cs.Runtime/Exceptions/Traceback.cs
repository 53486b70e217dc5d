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

    /// <summary>
    /// The traceback's <c>File "x.py", line N, in f</c> lines, outermost first. They come from the .NET
    /// stack trace, which names .py lines only when the program was translated with <c>#line</c>
    /// directives and compiled with debug information (<c>py2cs --line-directives run</c>); otherwise
    /// one line with <c>line ?</c>.
    /// </summary>
    public static IEnumerable<string> SourceFrames(System.Exception e, string scriptName)
    {
        var frames = new System.Diagnostics.StackTrace(e, fNeedFileInfo: true).GetFrames()
            .Where(f => f.GetFileName() is { } file && file.EndsWith(".py", StringComparison.Ordinal) && f.GetFileLineNumber() > 0)
            .Reverse()
            .Select(f => $"  File \"{f.GetFileName()}\", line {f.GetFileLineNumber()}, in {PythonFunctionName(f.GetMethod())}")
            .ToList();
        return frames.Count > 0 ? frames : [$"  File \"{scriptName}\", line ?, in <module>"];
    }

    // An async method runs in its state machine's MoveNext (type <name>d__N), Main's body in a lambda.
    static string PythonFunctionName(System.Reflection.MethodBase? method)
    {
        string name = method?.Name == "MoveNext" ? method.DeclaringType?.Name ?? "?" : method?.Name ?? "?";
        if (name.StartsWith('<') && name.IndexOf('>') is var close and > 1) name = name[1..close];
        return name == "Main" ? "<module>" : name;
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
