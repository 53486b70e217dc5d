#pragma warning disable CS8981, IDE1006 // Python's names.
using System.Collections;
using System.Text;

namespace Py2Cs.Runtime;

/// <summary>Python's <c>csv</c> module (the excel dialect and its common options): <see cref="reader"/>,
/// <see cref="writer"/>, <see cref="DictReader"/>, <see cref="DictWriter"/>, over any iterable of lines
/// and any object with <c>write</c>.</summary>
[PyModule("csv")]
public static partial class csv
{
    public const long QUOTE_MINIMAL = 0, QUOTE_ALL = 1, QUOTE_NONNUMERIC = 2, QUOTE_NONE = 3;

    /// <summary><c>csv.Error</c>.</summary>
    public class Error : PyException
    {
        public Error(params object?[] args) : base(args) { }
        public override string PythonTypeName => "_csv.Error";
    }

    /// <summary>The dialect options shared by readers and writers.</summary>
    public sealed record Dialect(string delimiter = ",", string quotechar = "\"", string? escapechar = null, bool doublequote = true,
        bool skipinitialspace = false, string lineterminator = "\r\n", long quoting = QUOTE_MINIMAL, bool strict = false)
    {
        internal char Delimiter => delimiter.Length == 1 ? delimiter[0] : throw new TypeError("\"delimiter\" must be a 1-character string");
        internal char? Quote => string.IsNullOrEmpty(quotechar) ? null : quotechar[0];
        internal char? Escape => string.IsNullOrEmpty(escapechar) ? null : escapechar[0];
    }

    public static Reader reader(object csvfile, string delimiter = ",", string quotechar = "\"", string? escapechar = null,
        bool doublequote = true, bool skipinitialspace = false, string lineterminator = "\r\n", long quoting = QUOTE_MINIMAL, bool strict = false) =>
        new(csvfile, new Dialect(delimiter, quotechar, escapechar, doublequote, skipinitialspace, lineterminator, quoting, strict));

    public static Writer writer(object csvfile, string delimiter = ",", string quotechar = "\"", string? escapechar = null,
        bool doublequote = true, bool skipinitialspace = false, string lineterminator = "\r\n", long quoting = QUOTE_MINIMAL, bool strict = false) =>
        new(csvfile, new Dialect(delimiter, quotechar, escapechar, doublequote, skipinitialspace, lineterminator, quoting, strict));

    /// <summary><c>_csv.reader</c>: rows as lists of str (floats for unquoted fields under QUOTE_NONNUMERIC).</summary>
    public sealed class Reader : PyObject, IEnumerable<object?>
    {
        private readonly IEnumerator<object?> lines;
        private readonly Dialect dialect;

        internal Reader(object source, Dialect dialect)
        {
            lines = Py.Iter(source).GetEnumerator();
            this.dialect = dialect;
        }

        public long line_num { get; private set; }

        public Dialect Dialect => dialect;

        private string? NextLine()
        {
            if (!lines.MoveNext()) return null;
            line_num++;
            return lines.Current as string ?? throw new Error($"iterator should return strings, not {Builtins.type_name(lines.Current)} (the file should be opened in text mode)");
        }

        public PyList<object?> __next__() => ReadRow() ?? throw new StopIteration();

        public Reader __iter__() => this;

        public IEnumerator<object?> GetEnumerator()
        {
            for (var row = ReadRow(); row is not null; row = ReadRow()) yield return row;
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        /// <summary>One record, reading more lines while a quoted field is open (CPython's state machine, simplified).</summary>
        private PyList<object?>? ReadRow()
        {
            string? line = NextLine();
            if (line is null) return null;
            var row = new PyList<object?>();
            var field = new StringBuilder();
            bool inQuotes = false, wasQuoted = false, fieldStarted = false;
            char delimiter = dialect.Delimiter;
            char? quote = dialect.quoting == QUOTE_NONE ? null : dialect.Quote, escape = dialect.Escape;
            void EndField()
            {
                string text = field.ToString();
                row.Add(dialect.quoting == QUOTE_NONNUMERIC && !wasQuoted && text.Length > 0 ? Builtins.@float(text) : text);
                field.Clear();
                wasQuoted = false;
                fieldStarted = false;
            }
            if (line.TrimEnd('\r', '\n').Length == 0) return row;
            while (true)
            {
                for (int i = 0; i < line.Length; i++)
                {
                    char c = line[i];
                    if (inQuotes)
                    {
                        if (escape is { } e && c == e && i + 1 < line.Length) { field.Append(line[++i]); continue; }
                        if (c == quote)
                        {
                            if (dialect.doublequote && i + 1 < line.Length && line[i + 1] == quote) { field.Append(c); i++; continue; }
                            inQuotes = false;
                            continue;
                        }
                        field.Append(c);
                        continue;
                    }
                    if (c == delimiter) { EndField(); continue; }
                    if (c is '\r' or '\n')
                    {
                        if (c == '\r' && i + 1 < line.Length && line[i + 1] == '\n') i++;
                        if (i + 1 < line.Length) throw new Error("new-line character seen in unquoted field - do you need to open the file with newline=''?");
                        continue;
                    }
                    if (escape is { } esc && c == esc && i + 1 < line.Length) { field.Append(line[++i]); fieldStarted = true; continue; }
                    if (c == quote && !fieldStarted && field.Length == 0) { inQuotes = true; wasQuoted = true; fieldStarted = true; continue; }
                    if (c == ' ' && dialect.skipinitialspace && !fieldStarted && field.Length == 0) continue;
                    if (c == quote && dialect.strict) throw new Error($"'{delimiter}' expected after '{quote}'");
                    field.Append(c);
                    fieldStarted = true;
                }
                if (!inQuotes) break;
                string? more = NextLine();
                if (more is null)
                {
                    if (dialect.strict) throw new Error("unexpected end of data");
                    break;
                }
                line = more;
            }
            EndField();
            return row;
        }
    }

    /// <summary><c>_csv.writer</c>: quotes fields as the dialect asks and writes each row with <c>write</c>.</summary>
    public sealed class Writer : PyObject
    {
        private readonly object target;
        private readonly Dialect dialect;

        internal Writer(object target, Dialect dialect)
        {
            this.target = target;
            this.dialect = dialect;
        }

        public Dialect Dialect => dialect;

        private string Field(object? value, bool onlyField)
        {
            char delimiter = dialect.Delimiter;
            char? quote = dialect.Quote;
            string text = value switch
            {
                null => "",
                double or float => Builtins.repr(value),
                _ => Builtins.str(value),
            };
            bool numeric = value is not null and not string && (Py.IsNumber(value) && value is not bool);
            bool needsQuotes = dialect.quoting switch
            {
                QUOTE_ALL => true,
                QUOTE_NONNUMERIC => !numeric,
                QUOTE_NONE => false,
                _ => text.Contains(delimiter) || (quote is { } q && text.Contains(q)) || text.IndexOfAny(['\r', '\n']) >= 0
                     || dialect.lineterminator.Any(text.Contains) || (onlyField && text.Length == 0),
            };
            if (dialect.quoting == QUOTE_NONE || !needsQuotes)
            {
                if (dialect.quoting == QUOTE_NONE && (text.Contains(delimiter) || (quote is { } qc && text.Contains(qc))))
                {
                    if (dialect.Escape is not { } e) throw new Error("need to escape, but no escapechar set");
                    text = text.Replace(delimiter.ToString(), $"{e}{delimiter}");
                }
                return text;
            }
            if (quote is not { } qq) throw new Error("quotechar must be set if quoting enabled");
            string doubled = dialect.doublequote ? text.Replace(qq.ToString(), $"{qq}{qq}")
                : dialect.Escape is { } esc ? text.Replace(qq.ToString(), $"{esc}{qq}") : throw new Error("need to escape, but no escapechar set");
            return qq + doubled + qq;
        }

        public object? writerow(object row)
        {
            if (row is string) throw new Error("iterable expected, not str");
            var fields = Py.Iter(row).ToList();
            string line = string.Join(dialect.delimiter, fields.Select(f => Field(f, fields.Count == 1))) + dialect.lineterminator;
            return Py.CallMethod(target, "write", line);
        }

        public void writerows(object rows)
        {
            foreach (var row in Py.Iter(rows)) writerow(row!);
        }
    }
}
