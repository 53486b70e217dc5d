#pragma warning disable CS8981, IDE1006 // Python's names.
using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Py2Cs.Runtime;

/// <summary>
/// Python's <c>warnings</c>: <c>warn</c> with CPython 3.11's filters (the default list, <c>filterwarnings</c>,
/// <c>simplefilter</c>, <c>resetwarnings</c>; actions error, ignore, always, default, module, once) and
/// <c>catch_warnings</c> (with <c>record=True</c>). A shown warning is printed to <c>sys.stderr</c> as
/// <c>file:line: Category: message</c> and the source line; the file and line come from the .NET stack, so
/// they are the .py ones only when the program was built with <c>#line</c> directives (<c>--line-directives</c>),
/// otherwise the script's name and <c>?</c>. A translated program is one module, <c>__main__</c>.
/// </summary>
[PyModule("warnings")]
public static class warnings
{
    sealed record Filter(string Action, Regex? Message, Type Category, Regex? Module, long Lineno);

    static readonly object s_lock = new();
    static List<Filter> s_filters = DefaultFilters();
    static Action<WarningMessage>? s_recorder;
    // Per call site ("default", "module") and global ("once") memories of what was shown; a change of
    // the filters forgets the per-site one, as CPython's registry version does.
    static readonly HashSet<(string, Type, string)> s_registry = [];
    static readonly HashSet<(string, Type)> s_onceRegistry = [];

    static List<Filter> DefaultFilters() =>
    [
        new("default", null, typeof(DeprecationWarning), new Regex(@"\A(?:__main__)\z"), 0),
        new("ignore", null, typeof(DeprecationWarning), null, 0),
        new("ignore", null, typeof(PendingDeprecationWarning), null, 0),
        new("ignore", null, typeof(ImportWarning), null, 0),
        new("ignore", null, typeof(ResourceWarning), null, 0),
    ];

    static readonly string[] s_actions = ["error", "ignore", "always", "default", "module", "once"];

    /// <summary>One warning as <c>catch_warnings(record=True)</c> lists it.</summary>
    public sealed class WarningMessage(object message, Type category, string filename, long lineno, string? line) : IPyRepr
    {
        public object message { get; } = message;
        public Type category { get; } = category;
        public string filename { get; } = filename;
        public long lineno { get; } = lineno;
        public object? file => null;
        public string? line { get; } = line;
        public object? source => null;

        public string __repr__() =>
            $"{{message : {Builtins.repr(message)}, category : {Builtins.repr(Builtins.type_name(message))}, filename : {Builtins.repr(filename)}, lineno : {lineno}, line : {Builtins.repr(line)}}}";

        public string __str__() => __repr__();
        public override string ToString() => __repr__();
    }

    /// <summary><c>with catch_warnings(record=...)</c>: the filters (and with <c>record</c>, where warnings go) are restored on exit.</summary>
    public sealed class catch_warnings(bool record = false, string? action = null, Type? category = null, long lineno = 0, bool append = false)
        : IContextManager
    {
        List<Filter>? _savedFilters;
        Action<WarningMessage>? _savedRecorder;

        public PyList<WarningMessage>? __enter__()
        {
            lock (s_lock)
            {
                if (_savedFilters is not null) throw new RuntimeError($"Cannot enter {Builtins.repr(this)} twice");
                _savedFilters = s_filters;
                _savedRecorder = s_recorder;
                s_filters = [.. s_filters];
                s_registry.Clear();
            }
            if (action is not null) simplefilter(action, category, lineno, append);
            if (!record) return null;
            var log = new PyList<WarningMessage>();
            lock (s_lock) s_recorder = m => log.append(m);
            return log;
        }

        object? IContextManager.__enter__() => __enter__();

        public bool __exit__(object? exc_type, object? exc_value, object? traceback)
        {
            lock (s_lock)
            {
                if (_savedFilters is null) throw new RuntimeError($"Cannot exit {Builtins.repr(this)} without entering first");
                s_filters = _savedFilters;
                s_recorder = _savedRecorder;
                s_registry.Clear();
            }
            return false;
        }
    }

    public static void warn(object message, Type? category = null, long stacklevel = 1, object? source = null)
    {
        object instance;
        if (message is Warning w) { instance = w; category = w.GetType(); }
        else
        {
            category ??= typeof(UserWarning);
            if (!typeof(Warning).IsAssignableFrom(category))
                throw new TypeError($"category must be a Warning subclass, not '{Builtins.type_name(category)}'");
            instance = Py.Call(category, message)!;
        }
        var (filename, lineno, site) = CallSite((int)Math.Max(1, stacklevel));
        Issue(instance, category, filename, lineno, site);
    }

    static void Issue(object instance, Type category, string filename, long lineno, string site)
    {
        string text = Builtins.str(instance);
        string action;
        lock (s_lock)
        {
            if (s_registry.Contains((text, category, site))) return;
            action = "default";
            foreach (var f in s_filters)
            {
                if ((f.Message is null || f.Message.IsMatch(text)) && f.Category.IsAssignableFrom(category)
                    && (f.Module is null || f.Module.IsMatch("__main__")) && (f.Lineno == 0 || f.Lineno == lineno))
                {
                    action = f.Action;
                    break;
                }
            }
            if (action == "ignore") return;
            if (action == "error") throw (BaseException)instance;
            switch (action)
            {
                case "once":
                    s_registry.Add((text, category, site));
                    if (!s_onceRegistry.Add((text, category))) return;
                    break;
                case "module":
                    s_registry.Add((text, category, site));
                    if (!s_registry.Add((text, category, "<module>"))) return;
                    break;
                case "default":
                    s_registry.Add((text, category, site));
                    break;
                case "always":
                    break;
                default:
                    throw new RuntimeError($"Unrecognized action ({Builtins.repr(action)}) in warnings.filters:\n {Builtins.repr(action)}");
            }
        }
        string? line = lineno > 0 ? SourceLine(filename, lineno) : null;
        var record = new WarningMessage(instance, category, filename, lineno, line);
        var recorder = s_recorder;
        if (recorder is not null) recorder(record);
        else sys.stderr.write(FormatWarning(instance, category, filename, lineno > 0 ? lineno.ToString() : "?", line));
    }

    /// <summary><c>formatwarning</c>: <c>file:line: Category: message</c>, then the stripped source line.</summary>
    public static string formatwarning(object message, Type category, string filename, long lineno, string? line = null) =>
        FormatWarning(message, category, filename, lineno.ToString(), line ?? SourceLine(filename, lineno));

    static string FormatWarning(object message, Type category, string filename, string lineno, string? line)
    {
        string text = $"{filename}:{lineno}: {Py.GetAttr(category, "__name__")}: {Builtins.str(message)}\n";
        return line is { Length: > 0 } && line.Trim().Length > 0 ? text + "  " + line.Trim() + "\n" : text;
    }

    public static void filterwarnings(string action, string message = "", Type? category = null, string module = "", long lineno = 0, bool append = false)
    {
        CheckAction(action);
        if (lineno < 0) throw new ValueError("lineno must be an int >= 0");
        var regexOptions = RegexOptions.CultureInvariant;
        AddFilter(new Filter(action, message.Length > 0 ? new Regex(@"\A(?:" + message + ")", regexOptions | RegexOptions.IgnoreCase) : null,
            category ?? typeof(Warning), module.Length > 0 ? new Regex(@"\A(?:" + module + ")", regexOptions) : null, lineno), append);
    }

    public static void simplefilter(string action, Type? category = null, long lineno = 0, bool append = false)
    {
        CheckAction(action);
        if (lineno < 0) throw new ValueError("lineno must be an int >= 0");
        AddFilter(new Filter(action, null, category ?? typeof(Warning), null, lineno), append);
    }

    static void CheckAction(string action)
    {
        if (!s_actions.Contains(action)) throw new AssertionError($"invalid action: {Builtins.repr(action)}");
    }

    static void AddFilter(Filter filter, bool append)
    {
        lock (s_lock)
        {
            // A filter already in the list moves to the front (or stays, when appending).
            int existing = s_filters.FindIndex(f => SameFilter(f, filter));
            if (append)
            {
                if (existing < 0) s_filters.Add(filter);
            }
            else
            {
                if (existing >= 0) s_filters.RemoveAt(existing);
                s_filters.Insert(0, filter);
            }
            s_registry.Clear();
        }
    }

    static bool SameFilter(Filter a, Filter b) =>
        a.Action == b.Action && a.Category == b.Category && a.Lineno == b.Lineno
        && a.Message?.ToString() == b.Message?.ToString() && a.Module?.ToString() == b.Module?.ToString();

    public static void resetwarnings()
    {
        lock (s_lock)
        {
            s_filters = [];
            s_registry.Clear();
        }
    }

    static readonly Assembly s_runtime = typeof(warnings).Assembly;

    /// <summary>
    /// The program frame <paramref name="stacklevel"/> levels above <c>warn</c>'s caller: its .py file and line when
    /// the build has them, and a key that tells call sites apart in any case.
    /// </summary>
    static (string File, long Line, string Site) CallSite(int stacklevel)
    {
        var frames = new StackTrace(1, fNeedFileInfo: true).GetFrames()
            .Where(f => f.GetMethod() is { } m && m.DeclaringType?.Assembly is { } a && a != s_runtime && !IsFramework(a))
            .ToList();
        if (frames.Count < stacklevel) return ("sys", 1, "sys:1");
        var frame = frames[stacklevel - 1];
        if (frame.GetFileName() is { } file && file.EndsWith(".py", StringComparison.Ordinal) && frame.GetFileLineNumber() > 0)
            return (Path.GetFullPath(file), frame.GetFileLineNumber(), $"{file}:{frame.GetFileLineNumber()}");
        var method = frame.GetMethod()!;
        return (PyProgram.File.Length > 0 ? PyProgram.File : "__main__", 0, $"{method.DeclaringType?.FullName}.{method.Name}@{frame.GetILOffset()}");
    }

    static bool IsFramework(Assembly a) => a.GetName().Name is { } name && (name.StartsWith("System", StringComparison.Ordinal) || name == "mscorlib");

    static string? SourceLine(string filename, long lineno)
    {
        try
        {
            if (!File.Exists(filename)) return null;
            var lines = File.ReadLines(filename).Skip((int)lineno - 1).Take(1).ToList();
            return lines.Count == 1 ? lines[0] : null;
        }
        catch (IOException) { return null; }
    }
}
