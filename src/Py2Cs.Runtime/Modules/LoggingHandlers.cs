#pragma warning disable CS8981, IDE1006 // Python's names.
using System.Text.RegularExpressions;

namespace Py2Cs.Runtime;

public static partial class logging
{
    /// <summary><c>logging.Formatter</c> with '%' (default) and '{' styles; <c>asctime</c> as CPython writes it.</summary>
    public class Formatter : PyObject
    {
        public Formatter(string? fmt = null, string? datefmt = null, string style = "%")
        {
            if (style is not ("%" or "{" or "$")) throw new ValueError("Style must be one of: %,{,$");
            this.style = style;
            _fmt = fmt ?? (style == "{" ? "{message}" : style == "$" ? "${message}" : "%(message)s");
            this.datefmt = datefmt;
        }

        public string _fmt { get; }
        public string? datefmt { get; }
        private readonly string style;

        public bool usesTime() => _fmt.Contains(style switch { "{" => "{asctime", "$" => "asctime", _ => "%(asctime)" });

        public string formatTime(LogRecord record, string? datefmt = null)
        {
            var local = DateTime.UnixEpoch.AddSeconds(record.created).ToLocalTime();
            var fields = new TimeFields(local.Year, local.Month, local.Day, local.Hour, local.Minute, local.Second, 0,
                ((int)local.DayOfWeek + 6) % 7, local.DayOfYear, TimeZoneInfo.Local.GetUtcOffset(local), StructTime.ZoneName(TimeZoneInfo.Local.GetUtcOffset(local), false));
            if (datefmt is not null) return StrfTime.Format(datefmt, fields);
            return StrfTime.Format("%Y-%m-%d %H:%M:%S", fields) + "," + ((long)record.msecs).ToString("000");
        }

        public string formatException(object? excInfo) => excInfo switch
        {
            BaseException e => Traceback.Format(e, sys.argv.Count > 0 && sys.argv[0].Length > 0 ? sys.argv[0] : "<stdin>").TrimEnd('\n'),
            _ => Builtins.str(excInfo),
        };

        public virtual string format(LogRecord record)
        {
            record.message = record.getMessage();
            if (usesTime()) record.asctime = formatTime(record, datefmt);
            var attributes = record.Attributes();
            string text = style switch
            {
                "{" => _fmt.format(attributes.Select(k => (object?)Py.Kw((string)k, attributes[k])).ToArray()),
                "$" => new @string.Template(_fmt).safe_substitute(attributes),
                _ => (string)Py.PercentFormat(_fmt, attributes),
            };
            if (record.exc_info is not null)
            {
                if (!text.EndsWith('\n')) text += "\n";
                text += formatException(record.exc_info);
            }
            return text;
        }
    }

    /// <summary><c>logging.Handler</c>: a level, a formatter and an <c>emit</c>.</summary>
    public abstract class Handler : PyObject
    {
        protected Handler(long level = NOTSET) { this.level = level; }

        public long level { get; set; }
        public Formatter? formatter { get; set; }
        public string? name { get; set; }

        private static readonly Formatter DefaultFormatter = new();

        public void setLevel(object? level) => this.level = LevelOf(level);

        public void setFormatter(Formatter? fmt) => formatter = fmt;

        public string format(LogRecord record) => (formatter ?? DefaultFormatter).format(record);

        public bool handle(LogRecord record)
        {
            lock (this) emit(record);
            return true;
        }

        public abstract void emit(LogRecord record);

        public virtual void flush() { }

        public virtual void close() { }

        public override string __repr__() => $"<{Builtins.type_name(this)} ({LevelName(level)})>";
    }

    /// <summary><c>logging.StreamHandler</c>: writes each formatted record and a newline to a stream (stderr by default).</summary>
    public class StreamHandler : Handler
    {
        private readonly object? explicitStream;

        public StreamHandler(object? stream = null, long level = NOTSET) : base(level) { explicitStream = stream; }

        /// <summary>The stream; without an explicit one, sys.stderr as it is at the time of writing.</summary>
        public object stream => explicitStream ?? sys.stderr;

        public string terminator { get; set; } = "\n";

        public override void emit(LogRecord record)
        {
            Py.CallMethod(stream, "write", format(record) + terminator);
            flush();
        }

        public override void flush()
        {
            if (Py.HasAttr(stream, "flush")) Py.CallMethod(stream, "flush");
        }

        public override string __repr__() => $"<{Builtins.type_name(this)} {(stream is PyTextStream t ? t.name : Builtins.repr(stream))} ({LevelName(level)})>";
    }

    /// <summary><c>logging.FileHandler</c>: appends (or writes) records to a file.</summary>
    public class FileHandler : Handler
    {
        private readonly StreamWriter writer;

        public FileHandler(string filename, string mode = "a", string? encoding = null, bool delay = false)
        {
            baseFilename = Path.GetFullPath(filename);
            writer = new StreamWriter(baseFilename, append: mode.StartsWith('a'), new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        }

        public string baseFilename { get; }

        public string terminator { get; set; } = "\n";

        public override void emit(LogRecord record)
        {
            writer.Write(format(record) + terminator);
            writer.Flush();
        }

        public override void flush() => writer.Flush();

        public override void close() => writer.Dispose();
    }

    /// <summary><c>logging.NullHandler</c>: discards records (libraries add it to stay silent).</summary>
    public class NullHandler : Handler
    {
        public override void emit(LogRecord record) { }
    }
}
