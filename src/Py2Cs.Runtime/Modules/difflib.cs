#pragma warning disable CS8981, IDE1006 // Python's names.
using System.Text;
using System.Text.RegularExpressions;

namespace Py2Cs.Runtime;

/// <summary>
/// Python's <c>difflib</c>: <see cref="SequenceMatcher"/> (CPython's Ratcliff/Obershelp variant with its junk
/// and "popular element" heuristics, so blocks, opcodes and ratios are CPython's), the line diffs
/// <c>unified_diff</c>, <c>context_diff</c> and <c>ndiff</c>/<see cref="Differ"/> (with the intraline <c>?</c>
/// guides), <c>get_close_matches</c> and <c>restore</c>. Every function yields lazily, as CPython's generators do.
/// </summary>
[PyModule("difflib")]
[PyMissing("HTML side-by-side tables are not implemented", "HtmlDiff")]
[PyMissing("bytes diffs are not implemented", "diff_bytes")]
public static partial class difflib
{
    /// <summary>CPython's default <c>charjunk</c> for <c>ndiff</c>: a space or a tab.</summary>
    public static bool IS_CHARACTER_JUNK(string ch, string ws = " \t") => ws.Contains(ch, StringComparison.Ordinal);

    static readonly Regex s_blankOrComment = new(@"^\s*(?:#\s*)?$", RegexOptions.CultureInvariant);

    /// <summary>A line that is blank or holds only <c>#</c> (CPython's <c>\s*(?:#\s*)?$</c>).</summary>
    public static bool IS_LINE_JUNK(string line) => s_blankOrComment.IsMatch(line);

    /// <summary>The words of <paramref name="possibilities"/> most like <paramref name="word"/>, best first.</summary>
    public static PyList<object?> get_close_matches(object word, System.Collections.IEnumerable possibilities, long n = 3, double cutoff = 0.6)
    {
        if (n <= 0) throw new ValueError($"n must be > 0: {n}");
        if (!(cutoff >= 0.0 && cutoff <= 1.0)) throw new ValueError($"cutoff must be in [0.0, 1.0]: {Builtins.repr(cutoff)}");
        var scored = new List<(double Score, object? Word)>();
        var s = new SequenceMatcher();
        s.set_seq2(word);
        foreach (var x in Py.Iter(possibilities))
        {
            s.set_seq1(x);
            if (s.real_quick_ratio() >= cutoff && s.quick_ratio() >= cutoff && s.ratio() >= cutoff)
                scored.Add((s.ratio(), x));
        }
        // heapq.nlargest on (score, word) pairs: the highest score first, equal scores by the larger word.
        scored.Sort((p, q) => p.Score != q.Score ? q.Score.CompareTo(p.Score) : Py.Lt(p.Word, q.Word) ? 1 : Py.Lt(q.Word, p.Word) ? -1 : 0);
        return new PyList<object?>(scored.Take((int)Math.Min(n, int.MaxValue)).Select(p => p.Word));
    }

    /// <summary>The lines of a unified diff (<c>---</c>/<c>+++</c> header, <c>@@</c> hunks of <paramref name="n"/> lines of context).</summary>
    public static IEnumerable<string> unified_diff(object a, object b, string fromfile = "", string tofile = "",
        string fromfiledate = "", string tofiledate = "", long n = 3, string lineterm = "\n")
    {
        var (la, lb) = (Lines(a), Lines(b));
        return UnifiedDiff(la, lb, fromfile, tofile, fromfiledate, tofiledate, n, lineterm);
    }

    static IEnumerable<string> UnifiedDiff(IReadOnlyList<object?> a, IReadOnlyList<object?> b, string fromfile, string tofile,
        string fromfiledate, string tofiledate, long n, string lineterm)
    {
        bool started = false;
        foreach (var group in new SequenceMatcher(null, a, b).get_grouped_opcodes(n))
        {
            if (!started)
            {
                started = true;
                yield return $"--- {fromfile}{Date(fromfiledate)}{lineterm}";
                yield return $"+++ {tofile}{Date(tofiledate)}{lineterm}";
            }
            var (first, last) = (group[0], group[^1]);
            yield return $"@@ -{UnifiedRange(first.Item2, last.Item3)} +{UnifiedRange(first.Item4, last.Item5)} @@{lineterm}";
            foreach (var (tag, i1, i2, j1, j2) in group)
            {
                if (tag == "equal")
                {
                    for (long i = i1; i < i2; i++) yield return " " + a[(int)i];
                    continue;
                }
                if (tag is "replace" or "delete")
                    for (long i = i1; i < i2; i++) yield return "-" + a[(int)i];
                if (tag is "replace" or "insert")
                    for (long j = j1; j < j2; j++) yield return "+" + b[(int)j];
            }
        }
    }

    /// <summary>The lines of a context diff (<c>***</c>/<c>---</c> header, <c>!</c> <c>+</c> <c>-</c> marks).</summary>
    public static IEnumerable<string> context_diff(object a, object b, string fromfile = "", string tofile = "",
        string fromfiledate = "", string tofiledate = "", long n = 3, string lineterm = "\n")
    {
        var (la, lb) = (Lines(a), Lines(b));
        return ContextDiff(la, lb, fromfile, tofile, fromfiledate, tofiledate, n, lineterm);
    }

    static IEnumerable<string> ContextDiff(IReadOnlyList<object?> a, IReadOnlyList<object?> b, string fromfile, string tofile,
        string fromfiledate, string tofiledate, long n, string lineterm)
    {
        static string Prefix(string tag) => tag switch { "insert" => "+ ", "delete" => "- ", "replace" => "! ", _ => "  " };
        bool started = false;
        foreach (var group in new SequenceMatcher(null, a, b).get_grouped_opcodes(n))
        {
            if (!started)
            {
                started = true;
                yield return $"*** {fromfile}{Date(fromfiledate)}{lineterm}";
                yield return $"--- {tofile}{Date(tofiledate)}{lineterm}";
            }
            var (first, last) = (group[0], group[^1]);
            yield return "***************" + lineterm;
            yield return $"*** {ContextRange(first.Item2, last.Item3)} ****{lineterm}";
            if (group.Any(op => op.Item1 is "replace" or "delete"))
                foreach (var (tag, i1, i2, _, _) in group)
                    if (tag != "insert")
                        for (long i = i1; i < i2; i++) yield return Prefix(tag) + a[(int)i];
            yield return $"--- {ContextRange(first.Item4, last.Item5)} ----{lineterm}";
            if (group.Any(op => op.Item1 is "replace" or "insert"))
                foreach (var (tag, _, _, j1, j2) in group)
                    if (tag != "delete")
                        for (long j = j1; j < j2; j++) yield return Prefix(tag) + b[(int)j];
        }
    }

    /// <summary>A <see cref="Differ"/> delta: every line prefixed <c>"- "</c>, <c>"+ "</c>, <c>"  "</c> or <c>"? "</c>.</summary>
    public static IEnumerable<string> ndiff(object a, object b, Func<object?, object?>? linejunk = null, Func<object?, object?>? charjunk = null) =>
        new Differ(linejunk, charjunk ?? DefaultCharJunk).compare(a, b);

    /// <summary>One of the two sequences an <c>ndiff</c> delta was made from (1: the first, 2: the second).</summary>
    public static IEnumerable<string> restore(System.Collections.IEnumerable delta, long which)
    {
        string tag = which switch
        {
            1 => "- ",
            2 => "+ ",
            _ => throw new ValueError($"unknown delta choice (must be 1 or 2): {which}"),
        };
        return Restore(delta, tag);
    }

    static IEnumerable<string> Restore(System.Collections.IEnumerable delta, string tag)
    {
        foreach (var item in Py.Iter(delta))
        {
            var line = (string)item!;
            var prefix = line.Length >= 2 ? line[..2] : line;
            if (prefix == "  " || prefix == tag) yield return line[Math.Min(2, line.Length)..];
        }
    }

    /// <summary><c>ndiff</c>'s default <c>charjunk</c>, which the matcher recognises to test characters without a call.</summary>
    internal static readonly Func<object?, object?> DefaultCharJunk = ch => IS_CHARACTER_JUNK((string)ch!);

    static string Date(string date) => date.Length > 0 ? "\t" + date : "";

    static string UnifiedRange(long start, long stop)
    {
        long beginning = start + 1, length = stop - start;
        if (length == 1) return beginning.ToString();
        if (length == 0) beginning--;
        return $"{beginning},{length}";
    }

    static string ContextRange(long start, long stop)
    {
        long beginning = start + 1, length = stop - start;
        if (length == 0) beginning--;
        if (length <= 1) return beginning.ToString();
        return $"{beginning},{beginning + length - 1}";
    }

    /// <summary>The lines a line diff compares, checked as CPython's <c>_check_types</c> checks them.</summary>
    static IReadOnlyList<object?> Lines(object seq)
    {
        var items = Elements(seq);
        if (items.Count > 0 && items[0] is not string)
            throw new TypeError($"lines to compare must be str, not {Builtins.type_name(items[0])} ({Builtins.repr(items[0])})");
        return items;
    }

    /// <summary>A sequence's items in order: a str gives its characters as one-character strings.</summary>
    internal static IReadOnlyList<object?> Elements(object? seq) => seq switch
    {
        null => [],
        string s => s.Select(c => (object?)c.ToString()).ToList(),
        IReadOnlyList<object?> list => list,
        _ => Py.Iter(seq).ToList(),
    };
}
