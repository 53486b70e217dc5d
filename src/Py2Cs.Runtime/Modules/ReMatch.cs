#pragma warning disable CS8981, IDE1006 // Python's names.
using DotNetMatch = System.Text.RegularExpressions.Match;

namespace Py2Cs.Runtime;

public static partial class re
{
    /// <summary><c>re.Match</c>: one match, its groups by number or name, and their spans.</summary>
    public sealed class Match : PyObject
    {
        private readonly DotNetMatch inner;

        internal Match(Pattern pattern, DotNetMatch inner, string text, long pos, long endpos)
        {
            re = pattern;
            this.inner = inner;
            @string = text;
            this.pos = pos;
            this.endpos = endpos;
        }

        public Pattern re { get; }
        public string @string { get; }
        public long pos { get; }
        public long endpos { get; }

        internal int GroupNumber(object? group)
        {
            if (group is string name)
                return re.groupindex.TryGetValue(name, out long n) ? (int)n : throw new IndexError("no such group");
            if (Py.IsInt(group) && Py.ToBig(group) is var big && big >= 0 && big <= re.groups) return (int)big;
            throw new IndexError("no such group");
        }

        private System.Text.RegularExpressions.Group Group(object? group) => inner.Groups[GroupNumber(group)];

        /// <summary>The text of one group, or None when it did not take part in the match.</summary>
        public string? group() => inner.Value;

        public string? group(object? group) => Group(group) is { Success: true } g ? g.Value : null;

        public object? group(object? group1, object? group2, params object?[] more) =>
            new PyTuple(new[] { group1, group2 }.Concat(more).Select(g => (object?)group(g)).ToArray());

        public string? __getitem__(object? group) => this.group(group);

        public PyTuple groups(object? @default = null) =>
            new(Enumerable.Range(1, (int)re.groups).Select(g => group((long)g) ?? @default).ToArray());

        public PyDict<string, object?> groupdict(object? @default = null)
        {
            var result = new PyDict<string, object?>();
            foreach (var name in re.groupindex) result[name] = group(re.groupindex[name]) ?? @default;
            return result;
        }

        public long start(object? group = null) => Group(group ?? 0L) is { Success: true } g ? g.Index : -1;

        public long end(object? group = null) => Group(group ?? 0L) is { Success: true } g ? g.Index + g.Length : -1;

        public PyTuple span(object? group = null) => new(start(group), end(group));

        /// <summary>The number of the capturing group that closed last (None when no group matched).</summary>
        public long? lastindex
        {
            get
            {
                int best = 0;
                for (int g = 1; g <= re.groups; g++)
                {
                    var candidate = inner.Groups[g];
                    if (!candidate.Success) continue;
                    if (best == 0) { best = g; continue; }
                    var current = inner.Groups[best];
                    int candidateEnd = candidate.Index + candidate.Length, currentEnd = current.Index + current.Length;
                    if (candidateEnd > currentEnd || (candidateEnd == currentEnd && candidate.Index >= currentEnd)) best = g;
                }
                return best == 0 ? null : best;
            }
        }

        public string? lastgroup => lastindex is { } i && re.GroupNames.TryGetValue((int)i, out var name) ? name : null;

        public string expand(string template) => ReplacementTemplate.Parse(template, re).Expand(this);

        public override string __repr__() =>
            $"<re.Match object; span=({start()}, {end()}), match={StringRepr.Of(inner.Value)}>";
    }
}
