#pragma warning disable CS8981, IDE1006 // Python's names.
using System.Text;
using System.Text.RegularExpressions;

namespace Py2Cs.Runtime;

public static partial class re
{
    /// <summary><c>re.Pattern</c>: a compiled pattern. Three .NET regexes serve it: one that searches, one
    /// anchored at the start position (<c>match</c>) and one anchored at both ends (<c>fullmatch</c>).</summary>
    public sealed class Pattern : PyObject, IPyHashable
    {
        private readonly Regex searcher, anchored, whole;

        internal Pattern(string source, long flags)
        {
            pattern = source;
            var translation = RegexTranslator.Translate(source, flags);
            this.flags = (flags & ASCII) != 0 ? flags : flags | UNICODE;
            groups = translation.Groups;
            groupindex = new PyDict<string, long>();
            foreach (var (name, number) in translation.GroupIndex.OrderBy(p => p.Value)) groupindex[name] = number;
            GroupNames = translation.GroupIndex.ToDictionary(p => p.Value, p => p.Key);
            var options = RegexOptions.CultureInvariant;
            if ((flags & IGNORECASE) != 0) options |= RegexOptions.IgnoreCase;
            if ((flags & MULTILINE) != 0) options |= RegexOptions.Multiline;
            if ((flags & DOTALL) != 0) options |= RegexOptions.Singleline;
            string translated = translation.Result;
            try
            {
                searcher = new Regex(translated, options);
                anchored = new Regex(@"\G(?:" + translated + ")", options);
                whole = new Regex(@"\G(?:" + translated + @")\z", options);
            }
            catch (ArgumentException e)
            {
                throw new error(e.Message, source);
            }
        }

        public string pattern { get; }
        public long flags { get; }
        public long groups { get; }
        public PyDict<string, long> groupindex { get; }
        internal Dictionary<int, string> GroupNames { get; }

        /// <summary>The subject cut at <paramref name="endpos"/>, as CPython treats the end position.</summary>
        private static (string Subject, int Pos) Window(string text, long pos, long endpos)
        {
            int end = (int)Math.Clamp(endpos, 0, text.Length);
            int start = (int)Math.Clamp(pos, 0, end);
            return (end == text.Length ? text : text[..end], start);
        }

        private Match? Wrap(System.Text.RegularExpressions.Match m, string text, long pos, long endpos) =>
            m.Success ? new Match(this, m, text, pos, Math.Min(endpos, text.Length)) : null;

        public Match? search(string @string, long pos = 0, long endpos = long.MaxValue)
        {
            var (subject, start) = Window(@string, pos, endpos);
            return Wrap(searcher.Match(subject, start), @string, start, endpos);
        }

        public Match? match(string @string, long pos = 0, long endpos = long.MaxValue)
        {
            var (subject, start) = Window(@string, pos, endpos);
            return Wrap(anchored.Match(subject, start), @string, start, endpos);
        }

        public Match? fullmatch(string @string, long pos = 0, long endpos = long.MaxValue)
        {
            var (subject, start) = Window(@string, pos, endpos);
            return Wrap(whole.Match(subject, start), @string, start, endpos);
        }

        public IEnumerable<Match> finditer(string @string, long pos = 0, long endpos = long.MaxValue)
        {
            var (subject, start) = Window(@string, pos, endpos);
            for (var m = searcher.Match(subject, start); m.Success; m = m.NextMatch())
                yield return new Match(this, m, @string, start, Math.Min(endpos, @string.Length));
        }

        /// <summary>Whole matches without groups, the one group's text with one, tuples with several
        /// (a group that did not take part gives '').</summary>
        public PyList<object?> findall(string @string, long pos = 0, long endpos = long.MaxValue)
        {
            var result = new PyList<object?>();
            foreach (var m in finditer(@string, pos, endpos))
            {
                if (groups == 0) result.Add(m.group());
                else if (groups == 1) result.Add(m.group(1L) ?? "");
                else result.Add(new PyTuple(Enumerable.Range(1, (int)groups).Select(g => m.group((long)g) ?? "").ToArray()));
            }
            return result;
        }

        public PyList<object?> split(string @string, long maxsplit = 0)
        {
            var parts = new PyList<object?>();
            int last = 0;
            long done = 0;
            foreach (var m in finditer(@string))
            {
                if (maxsplit > 0 && done >= maxsplit) break;
                parts.Add(@string[last..(int)m.start()]);
                for (int g = 1; g <= groups; g++) parts.Add(m.group((long)g));
                last = (int)m.end();
                done++;
            }
            parts.Add(@string[last..]);
            return parts;
        }

        public string sub(object repl, string @string, long count = 0) => (string)subn(repl, @string, count).Items[0]!;

        public PyTuple subn(object repl, string @string, long count = 0)
        {
            Func<Match, string> replacement = repl switch
            {
                string template => ReplacementTemplate.Parse(template, this).Expand,
                _ => m => Py.Call(repl, m) is string s ? s : throw new TypeError($"expected str instance, {Builtins.type_name(Py.Call(repl, m))} found"),
            };
            var sb = new StringBuilder();
            int last = 0;
            long done = 0;
            foreach (var m in finditer(@string))
            {
                if (count > 0 && done >= count) break;
                sb.Append(@string, last, (int)m.start() - last).Append(replacement(m));
                last = (int)m.end();
                done++;
            }
            sb.Append(@string, last, @string.Length - last);
            return new PyTuple(sb.ToString(), done);
        }

        public override string __repr__()
        {
            string shown = StringRepr.Of(pattern.Length > 200 ? pattern[..200] : pattern);
            long visible = flags & ~UNICODE;
            return visible == 0 ? $"re.compile({shown})" : $"re.compile({shown}, {FlagNames(visible)})";
        }

        public object __eq__(object? other) => other is Pattern p ? p.pattern == pattern && p.flags == flags : Builtins.NotImplemented;

        public long __hash__() => PythonHash();

        public long PythonHash() => Py.Hash(pattern) ^ flags;
    }
}
