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

    public static IEnumerable<string> Lines(BaseException e, string scriptName)
    {
        var lines = new List<string>();
        Append(e, scriptName, new PrintContext(), lines);
        return lines;
    }

    // traceback.TracebackException.format's _ExceptionPrintContext: how deep in exception groups the
    // printing is (each level indents by two and draws a margin), whether a group's box still needs closing.
    sealed class PrintContext
    {
        public readonly HashSet<BaseException> Seen = new(ReferenceEqualityComparer.Instance);
        public int GroupDepth;
        public bool NeedClose;

        public string Indent() => new(' ', 2 * GroupDepth);

        public void Emit(List<string> lines, IEnumerable<string> text, char margin = '|')
        {
            string prefix = GroupDepth > 0 ? Indent() + margin + ' ' : "";
            foreach (var line in text) lines.Add(prefix + line);
        }
    }

    // CPython's limits on how much of a tree of exception groups is printed.
    const int MaxGroupWidth = 15;
    const int MaxGroupDepth = 10;

    // One exception and the chain of causes and contexts before it, then (for a group) its sub-exceptions,
    // each boxed under a numbered rule.
    private static void Append(BaseException e, string scriptName, PrintContext ctx, List<string> lines)
    {
        ctx.Seen.Add(e);
        if (e.__cause__ is BaseException cause && !ctx.Seen.Contains(cause))
        {
            Append(cause, scriptName, ctx, lines);
            ctx.Emit(lines, ["", "The above exception was the direct cause of the following exception:", ""]);
        }
        else if (!e.__suppress_context__ && e.__context__ is BaseException context && !ctx.Seen.Contains(context))
        {
            Append(context, scriptName, ctx, lines);
            ctx.Emit(lines, ["", "During handling of the above exception, another exception occurred:", ""]);
        }
        if (e is not IExceptionGroup group)
        {
            // An exception made but never raised (a member of a group built by hand) has no traceback.
            if (ctx.GroupDepth == 0 || e.StackTrace is not null) ctx.Emit(lines, e.TracebackLines(scriptName));
            else ctx.Emit(lines, OnlyLines(e));
            return;
        }
        if (ctx.GroupDepth > MaxGroupDepth)
        {
            ctx.Emit(lines, [$"... (max_group_depth is {MaxGroupDepth})"]);
            return;
        }
        AppendGroup(e, group, scriptName, ctx, lines);
    }

    private static void AppendGroup(BaseException e, IExceptionGroup group, string scriptName, PrintContext ctx, List<string> lines)
    {
        bool topLevel = ctx.GroupDepth == 0;
        if (topLevel) ctx.GroupDepth++;
        if (topLevel || e.StackTrace is not null)
        {
            ctx.Emit(lines, ["Exception Group Traceback (most recent call last):"], topLevel ? '+' : '|');
            ctx.Emit(lines, SourceFrames(e, scriptName));
        }
        ctx.Emit(lines, OnlyLines(e));
        int count = group.exceptions.Length;
        int shown = count <= MaxGroupWidth ? count : MaxGroupWidth + 1;
        ctx.NeedClose = false;
        for (int i = 0; i < shown; i++)
        {
            bool last = i == shown - 1;
            if (last) ctx.NeedClose = true;     // a nested group may draw the closing rule itself
            bool truncated = i >= MaxGroupWidth;
            string title = truncated ? "..." : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            lines.Add(ctx.Indent() + (i == 0 ? "+-" : "  ") + $"+---------------- {title} ----------------");
            ctx.GroupDepth++;
            if (!truncated) Append(Py.Translate(group.exceptions[i]), scriptName, ctx, lines);
            else
            {
                int remaining = count - MaxGroupWidth;
                ctx.Emit(lines, [$"and {remaining} more exception{(remaining > 1 ? "s" : "")}"]);
            }
            if (last && ctx.NeedClose)
            {
                lines.Add(ctx.Indent() + "+------------------------------------");
                ctx.NeedClose = false;
            }
            ctx.GroupDepth--;
        }
        if (topLevel) ctx.GroupDepth = 0;
    }

    // traceback.format_exception_only: the final line and the notes.
    private static IEnumerable<string> OnlyLines(BaseException e)
    {
        yield return FinalLine(e);
        if (e.__notes__ is not null) foreach (var note in e.__notes__) yield return note;
    }

    public static string Format(BaseException e, string scriptName) => string.Join("\n", Lines(e, scriptName)) + "\n";
}
