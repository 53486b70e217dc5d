#pragma warning disable CS8981, IDE1006 // Python's names.
using System.Collections;
using System.Runtime.CompilerServices;
using System.Text;

namespace Py2Cs.Runtime;

/// <summary>
/// Python's <c>pprint</c>: <c>PrettyPrinter</c>'s layout ported from CPython 3.11 for dicts, lists, tuples,
/// sets, frozensets and long strings (the same line-breaking decisions, <c>indent</c>, <c>width</c>,
/// <c>depth</c>, <c>compact</c>, <c>sort_dicts</c>); other values print as their repr. An object
/// (<see cref="Builtins.pprint"/>) because it has a function named like itself.
/// </summary>
[PyModule("pprint")]
public sealed class PprintModule
{
    public string pformat(object? @object, long indent = 1, long width = 80, long? depth = null, bool compact = false,
        bool sort_dicts = true, bool underscore_numbers = false) =>
        new PrettyPrinter(indent, width, depth, null, compact, sort_dicts, underscore_numbers).pformat(@object);

    public void pprint(object? @object, object? stream = null, long indent = 1, long width = 80, long? depth = null, bool compact = false,
        bool sort_dicts = true, bool underscore_numbers = false) =>
        new PrettyPrinter(indent, width, depth, stream, compact, sort_dicts, underscore_numbers).pprint(@object);

    /// <summary><c>pp</c>: <c>pprint</c> with the dicts in insertion order by default.</summary>
    public void pp(object? @object, object? stream = null, long indent = 1, long width = 80, long? depth = null, bool compact = false,
        bool sort_dicts = false, bool underscore_numbers = false) =>
        pprint(@object, stream, indent, width, depth, compact, sort_dicts, underscore_numbers);

    public string saferepr(object? @object) => new PrettyPrinter().Repr(@object, 0);

    public bool isrecursive(object? @object) => PrettyPrinter.IsRecursive(@object, new HashSet<object>(ReferenceEqualityComparer.Instance));

    public bool isreadable(object? @object) => !isrecursive(@object) && PrettyPrinter.IsReadable(@object);

    public sealed class PrettyPrinter
    {
        readonly int _indentPerLevel;
        readonly int _width;
        readonly long? _depth;
        readonly object? _stream;
        readonly bool _compact;
        readonly bool _sortDicts;

        public PrettyPrinter(long indent = 1, long width = 80, long? depth = null, object? stream = null, bool compact = false,
            bool sort_dicts = true, bool underscore_numbers = false)
        {
            if (indent < 0) throw new ValueError("indent must be >= 0");
            if (depth is not null && depth <= 0) throw new ValueError("depth must be > 0");
            if (width == 0) throw new ValueError("width must be != 0");
            _indentPerLevel = (int)indent;
            _width = (int)width;
            _depth = depth;
            _stream = stream;
            _compact = compact;
            _sortDicts = sort_dicts;
            if (underscore_numbers) throw new NotImplementedError("pprint's underscore_numbers is not supported");
        }

        public string pformat(object? @object)
        {
            var sb = new StringBuilder();
            Format(@object, sb, 0, 0, new HashSet<object>(ReferenceEqualityComparer.Instance), 0);
            return sb.ToString();
        }

        public void pprint(object? @object)
        {
            string text = pformat(@object) + "\n";
            if (_stream is null) sys.stdout.write(text);
            else Py.CallMethod(_stream, "write", text);
        }

        public bool isrecursive(object? @object) => IsRecursive(@object, new HashSet<object>(ReferenceEqualityComparer.Instance));

        public bool isreadable(object? @object) => !isrecursive(@object) && IsReadable(@object);

        enum Kind { Other, Dict, List, Tuple, Set, FrozenSet, Str }

        static Kind KindOf(object? o)
        {
            if (o is string) return Kind.Str;
            if (o is PyTuple or ITuple && o is not PyNamedTuple) return Kind.Tuple;
            if (o is null || !o.GetType().IsGenericType) return Kind.Other;
            var definition = o.GetType().GetGenericTypeDefinition();
            return definition == typeof(PyDict<,>) ? Kind.Dict
                : definition == typeof(PyList<>) ? Kind.List
                : definition == typeof(PySet<>) ? Kind.Set
                : definition == typeof(PyFrozenSet<>) ? Kind.FrozenSet
                : Kind.Other;
        }

        static List<object?> Items(object o) => o switch
        {
            ITuple t when o is not PyTuple => Enumerable.Range(0, t.Length).Select(i => t[i]).ToList(),
            IPySet s => s.Objects().ToList(),
            _ => ((IEnumerable)o).Cast<object?>().ToList(),
        };

        List<(object? Key, object? Value)> DictItems(object o, bool sorted)
        {
            var items = ((IPyDict)o).Pairs().Select(p => (p.Key, p.Value)).ToList();
            if (sorted) items = SafeSorted(items, p => p.Key);
            return items;
        }

        /// <summary>CPython's <c>_safe_key</c>: values that cannot be compared are ordered by their type's name.</summary>
        static List<T> SafeSorted<T>(List<T> items, Func<T, object?> key)
        {
            try { return [.. items.OrderBy(key, Comparer<object?>.Create((a, b) => Py.Lt(a, b) ? -1 : Py.Lt(b, a) ? 1 : 0))]; }
            catch (Exception e) when (e is TypeError or InvalidOperationException)
            {
                return [.. items.OrderBy(i => Builtins.str(Builtins.type(key(i))), StringComparer.Ordinal)];
            }
        }

        void Format(object? o, StringBuilder stream, int indent, int allowance, HashSet<object> context, int level)
        {
            if (o is not null && context.Contains(o))
            {
                stream.Append(Recursion(o));
                return;
            }
            string rep = Repr(o, level, context);
            int maxWidth = _width - indent - allowance;
            var kind = KindOf(o);
            if (rep.Length > maxWidth && kind != Kind.Other)
            {
                context.Add(o!);
                switch (kind)
                {
                    case Kind.Dict: PrintDict(o!, stream, indent, allowance, context, level + 1); break;
                    case Kind.List: PrintSequence(o!, "[", "]", stream, indent, allowance, context, level + 1); break;
                    case Kind.Tuple: PrintSequence(o!, "(", Items(o!).Count == 1 ? ",)" : ")", stream, indent, allowance, context, level + 1); break;
                    case Kind.Set or Kind.FrozenSet: PrintSet(o!, kind, rep, stream, indent, allowance, context, level + 1); break;
                    case Kind.Str: PrintStr((string)o!, stream, indent, allowance, level + 1); break;
                }
                context.Remove(o!);
                return;
            }
            stream.Append(rep);
        }

        static string Recursion(object o) => $"<Recursion on {Builtins.type_name(o)} with id={Builtins.id(o)}>";

        void PrintDict(object o, StringBuilder stream, int indent, int allowance, HashSet<object> context, int level)
        {
            stream.Append('{');
            if (_indentPerLevel > 1) stream.Append(' ', _indentPerLevel - 1);
            var items = DictItems(o, _sortDicts);
            if (items.Count > 0)
            {
                indent += _indentPerLevel;
                string delimiter = ",\n" + new string(' ', indent);
                for (int i = 0; i < items.Count; i++)
                {
                    bool last = i == items.Count - 1;
                    string rep = Repr(items[i].Key, level, context);
                    stream.Append(rep).Append(": ");
                    Format(items[i].Value, stream, indent + rep.Length + 2, last ? allowance + 1 : 1, context, level);
                    if (!last) stream.Append(delimiter);
                }
            }
            stream.Append('}');
        }

        void PrintSequence(object o, string open, string close, StringBuilder stream, int indent, int allowance, HashSet<object> context, int level)
        {
            stream.Append(open);
            FormatItems(Items(o), stream, indent, allowance + close.Length, context, level);
            stream.Append(close);
        }

        void PrintSet(object o, Kind kind, string rep, StringBuilder stream, int indent, int allowance, HashSet<object> context, int level)
        {
            var items = Items(o);
            if (items.Count == 0)
            {
                stream.Append(rep);
                return;
            }
            string close;
            if (kind == Kind.Set)
            {
                stream.Append('{');
                close = "}";
            }
            else
            {
                stream.Append("frozenset({");
                close = "})";
                indent += "frozenset".Length + 1;
            }
            FormatItems(SafeSorted(items, x => x), stream, indent, allowance + close.Length, context, level);
            stream.Append(close);
        }

        void FormatItems(List<object?> items, StringBuilder stream, int indent, int allowance, HashSet<object> context, int level)
        {
            indent += _indentPerLevel;
            if (_indentPerLevel > 1) stream.Append(' ', _indentPerLevel - 1);
            string delimiterNewline = ",\n" + new string(' ', indent);
            string delimiter = "";
            int width = _width - indent + 1, maxWidth = width;
            for (int i = 0; i < items.Count; i++)
            {
                bool last = i == items.Count - 1;
                if (last)
                {
                    maxWidth -= allowance;
                    width -= allowance;
                }
                if (_compact)
                {
                    string rep = Repr(items[i], level, context);
                    int w = rep.Length + 2;
                    if (width < w)
                    {
                        width = maxWidth;
                        if (delimiter.Length > 0) delimiter = delimiterNewline;
                    }
                    if (width >= w)
                    {
                        width -= w;
                        stream.Append(delimiter);
                        delimiter = ", ";
                        stream.Append(rep);
                        continue;
                    }
                }
                stream.Append(delimiter);
                delimiter = delimiterNewline;
                Format(items[i], stream, indent, last ? allowance : 1, context, level);
            }
        }

        /// <summary>A long string as adjacent literals, each line (and each over-long line at its spaces) on its own line.</summary>
        void PrintStr(string s, StringBuilder stream, int indent, int allowance, int level)
        {
            if (s.Length == 0)
            {
                stream.Append(Builtins.repr(s));
                return;
            }
            var chunks = new List<string>();
            var lines = s.splitlines(keepends: true);
            if (level == 1)
            {
                indent += 1;
                allowance += 1;
            }
            int maxWidth1 = _width - indent, maxWidth = maxWidth1;
            string rep = "";
            for (int i = 0; i < lines.Count; i++)
            {
                string line = lines[i];
                rep = Builtins.repr(line);
                if (i == lines.Count - 1) maxWidth1 -= allowance;
                if (rep.Length <= maxWidth1)
                {
                    chunks.Add(rep);
                    continue;
                }
                var parts = System.Text.RegularExpressions.Regex.Matches(line, @"\S*\s*").Select(m => m.Value).Where(p => p.Length > 0).ToList();
                int maxWidth2 = maxWidth;
                string current = "";
                for (int j = 0; j < parts.Count; j++)
                {
                    string candidate = current + parts[j];
                    if (j == parts.Count - 1 && i == lines.Count - 1) maxWidth2 -= allowance;
                    if (Builtins.repr(candidate).Length > maxWidth2)
                    {
                        if (current.Length > 0) chunks.Add(Builtins.repr(current));
                        current = parts[j];
                    }
                    else current = candidate;
                }
                if (current.Length > 0) chunks.Add(Builtins.repr(current));
            }
            if (chunks.Count == 1)
            {
                stream.Append(rep);
                return;
            }
            if (level == 1) stream.Append('(');
            for (int i = 0; i < chunks.Count; i++)
            {
                if (i > 0) stream.Append('\n').Append(' ', indent);
                stream.Append(chunks[i]);
            }
            if (level == 1) stream.Append(')');
        }

        internal string Repr(object? o, int level) => Repr(o, level, new HashSet<object>(ReferenceEqualityComparer.Instance));

        /// <summary>CPython's <c>_safe_repr</c>: the repr, with dicts sorted, containers past <c>depth</c> as <c>[...]</c>, recursion named.</summary>
        string Repr(object? o, int level, HashSet<object> context)
        {
            var kind = KindOf(o);
            if (kind is Kind.Dict or Kind.List or Kind.Tuple)
            {
                var (open, close) = kind switch { Kind.Dict => ("{", "}"), Kind.List => ("[", "]"), _ => ("(", ")") };
                bool empty = kind == Kind.Dict ? ((IPyDict)o!).Count == 0 : Items(o!).Count == 0;
                if (empty) return open + close;
                if (_depth is { } maxLevels && level >= maxLevels) return open + "..." + close;
                if (context.Contains(o!)) return Recursion(o!);
                context.Add(o!);
                level++;
                string inner = kind == Kind.Dict
                    ? string.Join(", ", DictItems(o!, _sortDicts).Select(p => Repr(p.Key, level, context) + ": " + Repr(p.Value, level, context)))
                    : string.Join(", ", Items(o!).Select(x => Repr(x, level, context)));
                context.Remove(o!);
                if (kind == Kind.Tuple && Items(o!).Count == 1) inner += ",";
                return open + inner + close;
            }
            return Builtins.repr(o);
        }

        internal static bool IsRecursive(object? o, HashSet<object> context)
        {
            var kind = KindOf(o);
            if (kind is Kind.Other or Kind.Str or Kind.Set or Kind.FrozenSet) return false;
            if (!context.Add(o!)) return true;
            var children = kind == Kind.Dict ? ((IPyDict)o!).Pairs().SelectMany(p => new[] { p.Key, p.Value }) : Items(o!);
            bool recursive = children.Any(c => IsRecursive(c, context));
            context.Remove(o!);
            return recursive;
        }

        internal static bool IsReadable(object? o) => KindOf(o) switch
        {
            Kind.Dict => ((IPyDict)o!).Pairs().All(p => IsReadable(p.Key) && IsReadable(p.Value)),
            Kind.List or Kind.Tuple => Items(o!).All(IsReadable),
            _ => o is null or string or bool or long or double or System.Numerics.BigInteger or PyBytes,
        };
    }
}

public static partial class Builtins
{
    public static readonly PprintModule pprint = new();
}
