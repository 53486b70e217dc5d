#pragma warning disable CS8981, IDE1006 // Python's names.
namespace Py2Cs.Runtime;

public static partial class logging
{
    /// <summary><c>logging.Logger</c>.</summary>
    public class Logger : PyObject
    {
        internal Logger(string name, long level = NOTSET)
        {
            this.name = name;
            this.level = level;
        }

        public string name { get; }
        public long level { get; set; }
        public Logger? parent { get; set; }
        public bool propagate { get; set; } = true;
        public bool disabled { get; set; }
        public PyList<Handler> handlers { get; } = new();

        public void setLevel(object? level) => this.level = LevelOf(level);

        public long getEffectiveLevel()
        {
            for (Logger? logger = this; logger is not null; logger = logger.parent)
                if (logger.level != NOTSET) return logger.level;
            return NOTSET;
        }

        public bool isEnabledFor(long level) => !disabled && level > disabledLevel && level >= getEffectiveLevel();

        public void addHandler(Handler hdlr)
        {
            lock (handlers) if (!handlers.Contains(hdlr)) handlers.Add(hdlr);
        }

        public void removeHandler(Handler hdlr)
        {
            lock (handlers) handlers.Remove(hdlr);
        }

        public bool hasHandlers()
        {
            for (Logger? logger = this; logger is not null; logger = logger.propagate ? logger.parent : null)
                if (logger.handlers.Count > 0) return true;
            return false;
        }

        public Logger getChild(string suffix) => getLogger(this is RootLogger ? suffix : name + "." + suffix);

        public void debug(object? msg, params object?[] args) => Log(DEBUG, msg, args, null);
        public void info(object? msg, params object?[] args) => Log(INFO, msg, args, null);
        public void warning(object? msg, params object?[] args) => Log(WARNING, msg, args, null);
        public void warn(object? msg, params object?[] args) => Log(WARNING, msg, args, null);
        public void error(object? msg, params object?[] args) => Log(ERROR, msg, args, null);
        public void critical(object? msg, params object?[] args) => Log(CRITICAL, msg, args, null);
        public void fatal(object? msg, params object?[] args) => Log(CRITICAL, msg, args, null);

        /// <summary>ERROR with the traceback of the exception being handled.</summary>
        public void exception(object? msg, params object?[] args) => Log(ERROR, msg, args, LastException ?? (object)"NoneType: None");

        public void log(long level, object? msg, params object?[] args) => Log(level, msg, args, null);

        /// <summary><c>logger.error(text, exc_info=exception)</c> from the runtime (asyncio's exception handler).</summary>
        internal void LogError(string text, System.Exception? exception) => Log(ERROR, text, [], exception);

        private void Log(long level, object? msg, object?[] args, object? excInfo)
        {
            if (!isEnabledFor(level)) return;
            handle(new LogRecord(name, level, msg, args, excInfo));
        }

        /// <summary>Passes the record to this logger's handlers and, while propagating, its ancestors'.</summary>
        public void handle(LogRecord record)
        {
            bool found = false;
            for (Logger? logger = this; logger is not null; logger = logger.propagate ? logger.parent : null)
            {
                List<Handler> current;
                lock (logger.handlers) current = logger.handlers.ToList();
                foreach (var handler in current)
                {
                    found = true;
                    if (record.levelno >= handler.level) handler.handle(record);
                }
            }
            if (!found && record.levelno >= LastResort.level) LastResort.handle(record);
        }

        public override string __repr__() => $"<{Builtins.type_name(this)} {name} ({LevelName(getEffectiveLevel())})>";
    }

    /// <summary>The root logger (level WARNING).</summary>
    public sealed class RootLogger : Logger
    {
        internal RootLogger() : base("root", WARNING) { }
    }

    /// <summary><c>logging.LogRecord</c>: what one logging call produced.</summary>
    public sealed class LogRecord : PyObject
    {
        internal LogRecord(string name, long level, object? msg, object?[] args, object? excInfo)
        {
            this.name = name;
            levelno = level;
            levelname = LevelName(level);
            this.msg = msg;
            this.args = args.Length == 1 && args[0] is IPyDict mapping && mapping.Count > 0 ? args[0] : new PyTuple(args);
            exc_info = excInfo;
            created = DateTime.UtcNow.Subtract(DateTime.UnixEpoch).TotalSeconds;
            msecs = Math.Floor((created - Math.Floor(created)) * 1000);
            relativeCreated = (created - StartTime) * 1000;
            threadName = Thread.CurrentThread.Name ?? (Thread.CurrentThread.ManagedThreadId == 1 ? "MainThread" : $"Thread-{Thread.CurrentThread.ManagedThreadId}");
        }

        public string name { get; }
        public long levelno { get; }
        public string levelname { get; }
        public object? msg { get; }
        public object? args { get; }
        public object? exc_info { get; }
        public double created { get; }
        public double msecs { get; }
        public double relativeCreated { get; }
        public string threadName { get; }
        public long thread => Environment.CurrentManagedThreadId;
        public long process => Environment.ProcessId;
        public string processName => "MainProcess";
        public string funcName => "<module>";
        public long lineno => 0;
        public string pathname => sys.argv.Count > 0 ? sys.argv[0] : "";
        public string filename => Path.GetFileName(pathname);
        public string module => Path.GetFileNameWithoutExtension(pathname);
        public string? message { get; internal set; }
        public string? asctime { get; internal set; }

        /// <summary><c>msg % args</c> when there are args, as CPython's getMessage.</summary>
        public string getMessage()
        {
            string text = Builtins.str(msg);
            bool hasArgs = args is PyTuple t ? t.Count > 0 : args is not null;
            return hasArgs ? (string)Py.PercentFormat(text, args is PyTuple { Count: 1 } one && one.Items[0] is not IPyDict ? one.Items[0] is PyTuple ? args : one.Items[0] : args) : text;
        }

        internal PyDict<object, object?> Attributes() => new()
        {
            ["name"] = name, ["levelno"] = levelno, ["levelname"] = levelname, ["msg"] = msg, ["args"] = args,
            ["message"] = message, ["asctime"] = asctime, ["created"] = created, ["msecs"] = msecs,
            ["relativeCreated"] = relativeCreated, ["thread"] = thread, ["threadName"] = threadName, ["process"] = process,
            ["processName"] = processName, ["funcName"] = funcName, ["lineno"] = lineno, ["pathname"] = pathname,
            ["filename"] = filename, ["module"] = module, ["exc_info"] = exc_info, ["exc_text"] = null, ["stack_info"] = null,
            ["taskName"] = null,
        };

        public override string __repr__() => $"<LogRecord: {name}, {levelno}, {pathname}, {lineno}, {StringRepr.Of(Builtins.str(msg))}>";
    }
}
