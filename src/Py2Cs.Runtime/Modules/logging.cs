#pragma warning disable CS8981, IDE1006 // Python's names.
namespace Py2Cs.Runtime;

/// <summary>
/// Python's <c>logging</c>: named loggers in a dotted hierarchy with levels and propagation, handlers
/// (StreamHandler, FileHandler, NullHandler), %-style and {-style formatters, <c>basicConfig</c>, the
/// module-level shortcuts and CPython's last-resort handler. Records carry no source location
/// (funcName is "&lt;module&gt;", lineno 0): translated code has none.
/// </summary>
[PyModule("logging")]
public static partial class logging
{
    public const long CRITICAL = 50, FATAL = 50, ERROR = 40, WARNING = 30, WARN = 30, INFO = 20, DEBUG = 10, NOTSET = 0;

    public const string BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s";

    private static readonly object Gate = new();
    private static readonly Dictionary<long, string> LevelNames = new()
    {
        [CRITICAL] = "CRITICAL", [ERROR] = "ERROR", [WARNING] = "WARNING", [INFO] = "INFO", [DEBUG] = "DEBUG", [NOTSET] = "NOTSET",
    };

    internal static readonly double StartTime = DateTime.UtcNow.Subtract(DateTime.UnixEpoch).TotalSeconds;

    internal static long disabledLevel;

    /// <summary>The exception logger.exception() logs: the one being handled (see <see cref="HandledExceptions"/>).</summary>
    internal static BaseException? LastException => HandledExceptions.Last;

    static logging()
    {
        HandledExceptions.Watch();
        LoggingInUse.Value = true;
    }

    public static RootLogger root { get; } = new();

    private static readonly Dictionary<string, Logger> Loggers = new();

    /// <summary>The name of a level number, or the number of a level name ("Level N" when unknown), as CPython.</summary>
    public static object getLevelName(object? level)
    {
        lock (Gate)
        {
            if (level is string name)
                return LevelNames.Where(p => p.Value == name).Select(p => (object)p.Key).FirstOrDefault() ?? $"Level {name}";
            long n = (long)Py.ToBig(level);
            return LevelNames.TryGetValue(n, out var text) ? text : $"Level {n}";
        }
    }

    internal static string LevelName(long level) => (string)getLevelName(level);

    public static void addLevelName(long level, string levelName)
    {
        lock (Gate) LevelNames[level] = levelName;
    }

    internal static long LevelOf(object? level)
    {
        if (level is string name)
        {
            lock (Gate)
                foreach (var (number, text) in LevelNames)
                    if (text == name) return number;
            throw new ValueError($"Unknown level: {StringRepr.Of(name)}");
        }
        if (Py.IsInt(level)) return (long)Py.ToBig(level);
        throw new TypeError($"Level not an integer or a valid string: {Builtins.repr(level)}");
    }

    public static Logger getLogger(string? name = null)
    {
        if (name is null or "" or "root") return root;
        lock (Gate)
        {
            if (Loggers.TryGetValue(name, out var existing)) return existing;
            var logger = new Logger(name);
            Loggers[name] = logger;
            FixHierarchy(logger);
            return logger;
        }
    }

    /// <summary>Sets the logger's parent to its nearest existing ancestor and adopts existing descendants.</summary>
    private static void FixHierarchy(Logger logger)
    {
        Logger parent = root;
        for (int dot = logger.name.LastIndexOf('.'); dot > 0; dot = logger.name.LastIndexOf('.', dot - 1))
            if (Loggers.TryGetValue(logger.name[..dot], out var ancestor)) { parent = ancestor; break; }
        logger.parent = parent;
        foreach (var other in Loggers.Values)
            if (other != logger && other.name.StartsWith(logger.name + ".", StringComparison.Ordinal) && (other.parent is null || other.parent.name.Length < logger.name.Length || other.parent == root))
                other.parent = logger;
    }

    public static void basicConfig(object? level = null, string? format = null, string? datefmt = null, object? stream = null,
        string? filename = null, string filemode = "a", string style = "%", bool force = false, object? handlers = null, string? encoding = null)
    {
        lock (Gate)
        {
            if (force) foreach (var h in root.handlers.ToList()) { root.removeHandler(h); h.close(); }
            if (root.handlers.Count > 0) return;
            var created = handlers is not null ? Py.Iter(handlers).Cast<Handler>().ToList()
                : filename is not null ? [new FileHandler(filename, filemode, encoding)]
                : [new StreamHandler(stream)];
            var formatter = new Formatter(format, datefmt, style);
            foreach (var handler in created)
            {
                handler.formatter ??= formatter;
                root.addHandler(handler);
            }
            if (level is not null) root.setLevel(level);
        }
    }

    public static void disable(long level = CRITICAL) => disabledLevel = level;

    public static void shutdown()
    {
        foreach (var handler in root.handlers) handler.flush();
    }

    private static void EnsureConfigured()
    {
        if (root.handlers.Count == 0) basicConfig();
    }

    public static void debug(object? msg, params object?[] args) { EnsureConfigured(); root.debug(msg, args); }
    public static void info(object? msg, params object?[] args) { EnsureConfigured(); root.info(msg, args); }
    public static void warning(object? msg, params object?[] args) { EnsureConfigured(); root.warning(msg, args); }
    public static void warn(object? msg, params object?[] args) { EnsureConfigured(); root.warning(msg, args); }
    public static void error(object? msg, params object?[] args) { EnsureConfigured(); root.error(msg, args); }
    public static void exception(object? msg, params object?[] args) { EnsureConfigured(); root.exception(msg, args); }
    public static void critical(object? msg, params object?[] args) { EnsureConfigured(); root.critical(msg, args); }
    public static void log(long level, object? msg, params object?[] args) { EnsureConfigured(); root.log(level, msg, args); }

    /// <summary>Used when no handler is found anywhere up the hierarchy: messages of WARNING and above go to
    /// stderr, bare (CPython's <c>logging.lastResort</c>).</summary>
    internal static readonly Handler LastResort = new StreamHandler(null, level: WARNING);
}

/// <summary>Whether the program has touched <c>logging</c>: the runtime's own log lines (asyncio's) go through it only
/// then, so a program that never imports logging does not pay for its start-up.</summary>
internal static class LoggingInUse
{
    internal static volatile bool Value;
}
