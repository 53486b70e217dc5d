#pragma warning disable CS8981, IDE1006 // Python's names.
using System.Collections;

namespace Py2Cs.Runtime;

public static partial class csv
{
    /// <summary><c>csv.DictReader</c>: rows as dicts keyed by the header (or the given field names);
    /// blank rows are skipped, missing values get <c>restval</c>, extra ones go in a list under <c>restkey</c>.</summary>
    public sealed class DictReader : PyObject, IEnumerable<object?>
    {
        private readonly Reader rows;
        private PyList<object?>? names;

        public DictReader(object f, object? fieldnames = null, object? restkey = null, object? restval = null, string delimiter = ",",
            string quotechar = "\"", string? escapechar = null, bool doublequote = true, bool skipinitialspace = false,
            string lineterminator = "\r\n", long quoting = QUOTE_MINIMAL, bool strict = false)
        {
            rows = reader(f, delimiter, quotechar, escapechar, doublequote, skipinitialspace, lineterminator, quoting, strict);
            names = fieldnames is null ? null : new PyList<object?>(Py.Iter(fieldnames));
            this.restkey = restkey;
            this.restval = restval;
        }

        public object? restkey { get; }
        public object? restval { get; }
        public long line_num => rows.line_num;

        public PyList<object?>? fieldnames
        {
            get
            {
                if (names is null)
                {
                    var header = rows.GetEnumerator();
                    names = header.MoveNext() ? (PyList<object?>)header.Current! : null;
                }
                return names;
            }
        }

        public PyDict<object, object?> __next__()
        {
            var keys = fieldnames ?? throw new StopIteration();
            PyList<object?> row;
            do { row = rows.__next__(); } while (row.Count == 0);
            var result = new PyDict<object, object?>();
            for (int i = 0; i < keys.Count; i++) result[keys[i]!] = i < row.Count ? row[i] : restval;
            if (row.Count > keys.Count) result[restkey ?? NoneKey] = new PyList<object?>(row.Skip(keys.Count));
            return result;
        }

        /// <summary>Stands for None as the key of extra values when no restkey is given.</summary>
        private static readonly object NoneKey = "None";

        public DictReader __iter__() => this;

        public IEnumerator<object?> GetEnumerator()
        {
            while (true)
            {
                PyDict<object, object?> row;
                try { row = __next__(); }
                catch (StopIteration) { yield break; }
                yield return row;
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary><c>csv.DictWriter</c>: writes dicts in <c>fieldnames</c> order.</summary>
    public sealed class DictWriter : PyObject
    {
        private readonly Writer output;

        public DictWriter(object f, object fieldnames, object? restval = null, string extrasaction = "raise", string delimiter = ",",
            string quotechar = "\"", string? escapechar = null, bool doublequote = true, bool skipinitialspace = false,
            string lineterminator = "\r\n", long quoting = QUOTE_MINIMAL, bool strict = false)
        {
            if (extrasaction is not ("raise" or "ignore"))
                throw new ValueError($"extrasaction ({extrasaction}) must be 'raise' or 'ignore'");
            output = writer(f, delimiter, quotechar, escapechar, doublequote, skipinitialspace, lineterminator, quoting, strict);
            this.fieldnames = new PyList<object?>(Py.Iter(fieldnames));
            this.restval = restval ?? "";
            this.extrasaction = extrasaction;
        }

        public PyList<object?> fieldnames { get; }
        public object? restval { get; }
        public string extrasaction { get; }

        public object? writeheader() => output.writerow(fieldnames);

        public object? writerow(object rowdict)
        {
            if (extrasaction == "raise")
            {
                var wrong = Py.Iter(rowdict).Where(k => !fieldnames.Any(f => Py.Eq(f, k))).ToList();
                if (wrong.Count > 0) throw new ValueError("dict contains fields not in fieldnames: " + string.Join(", ", wrong.Select(Builtins.repr)));
            }
            var values = fieldnames.Select(f => Py.Contains(rowdict, f) ? Py.GetItem(rowdict, f) : restval).ToList();
            return output.writerow(new PyList<object?>(values));
        }

        public void writerows(object rowdicts)
        {
            foreach (var row in Py.Iter(rowdicts)) writerow(row!);
        }
    }
}
