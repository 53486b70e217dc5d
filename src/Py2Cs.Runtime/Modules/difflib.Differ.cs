#pragma warning disable CS8981, IDE1006 // Python's names.
using System.Text;

namespace Py2Cs.Runtime;

public static partial class difflib
{
    /// <summary>
    /// <c>difflib.Differ</c>: a human-readable delta of two sequences of lines. Replaced blocks are searched
    /// for the most similar pair of lines (ratio above 0.75, CPython's cutoff) to synchronise on, and that
    /// pair gets <c>?</c> guide lines marking the changed characters with <c>^</c>, <c>-</c> and <c>+</c>.
    /// </summary>
    public sealed class Differ(Func<object?, object?>? linejunk = null, Func<object?, object?>? charjunk = null)
    {
        public Func<object?, object?>? linejunk { get; } = linejunk;
        public Func<object?, object?>? charjunk { get; } = charjunk;

        public IEnumerable<string> compare(object a, object b)
        {
            var (la, lb) = (Elements(a), Elements(b));
            return Compare(la, lb);
        }

        IEnumerable<string> Compare(IReadOnlyList<object?> a, IReadOnlyList<object?> b)
        {
            var cruncher = new SequenceMatcher(linejunk, a, b);
            foreach (var (tag, alo, ahi, blo, bhi) in cruncher.get_opcodes())
            {
                var lines = tag switch
                {
                    "replace" => FancyReplace(a, (int)alo, (int)ahi, b, (int)blo, (int)bhi),
                    "delete" => Dump("-", a, (int)alo, (int)ahi),
                    "insert" => Dump("+", b, (int)blo, (int)bhi),
                    _ => Dump(" ", a, (int)alo, (int)ahi),
                };
                foreach (var line in lines) yield return line;
            }
        }

        static IEnumerable<string> Dump(string tag, IReadOnlyList<object?> x, int lo, int hi)
        {
            for (int i = lo; i < hi; i++) yield return $"{tag} {Builtins.str(x[i])}";
        }

        static IEnumerable<string> PlainReplace(IReadOnlyList<object?> a, int alo, int ahi, IReadOnlyList<object?> b, int blo, int bhi) =>
            bhi - blo < ahi - alo
                ? Dump("+", b, blo, bhi).Concat(Dump("-", a, alo, ahi))
                : Dump("-", a, alo, ahi).Concat(Dump("+", b, blo, bhi));

        IEnumerable<string> FancyReplace(IReadOnlyList<object?> a, int alo, int ahi, IReadOnlyList<object?> b, int blo, int bhi)
        {
            // Synchronise on the most similar pair that is not identical (identical lines in a replaced block
            // are junk lines), or on the first identical pair when no pair is close enough.
            double bestRatio = 0.74, cutoff = 0.75;
            var cruncher = new SequenceMatcher(charjunk);
            int? eqi = null, eqj = null;
            int bestI = 0, bestJ = 0;
            for (int j = blo; j < bhi; j++)
            {
                var bj = b[j];
                cruncher.set_seq2(bj);
                for (int i = alo; i < ahi; i++)
                {
                    var ai = a[i];
                    if (Py.SameOrEqual(ai, bj))
                    {
                        if (eqi is null) (eqi, eqj) = (i, j);
                        continue;
                    }
                    cruncher.set_seq1(ai);
                    if (cruncher.real_quick_ratio() > bestRatio && cruncher.quick_ratio() > bestRatio && cruncher.ratio() > bestRatio)
                        (bestRatio, bestI, bestJ) = (cruncher.ratio(), i, j);
                }
            }
            if (bestRatio < cutoff)
            {
                if (eqi is null)
                {
                    foreach (var line in PlainReplace(a, alo, ahi, b, blo, bhi)) yield return line;
                    yield break;
                }
                (bestI, bestJ) = (eqi.Value, eqj!.Value);
            }
            else eqi = null;

            foreach (var line in FancyHelper(a, alo, bestI, b, blo, bestJ)) yield return line;
            string aelt = Builtins.str(a[bestI]), belt = Builtins.str(b[bestJ]);
            if (eqi is null)
            {
                var (atags, btags) = (new StringBuilder(), new StringBuilder());
                cruncher.set_seqs(aelt, belt);
                foreach (var (tag, ai1, ai2, bj1, bj2) in cruncher.get_opcodes())
                {
                    int la = (int)(ai2 - ai1), lb = (int)(bj2 - bj1);
                    switch (tag)
                    {
                        case "replace": atags.Append('^', la); btags.Append('^', lb); break;
                        case "delete": atags.Append('-', la); break;
                        case "insert": btags.Append('+', lb); break;
                        default: atags.Append(' ', la); btags.Append(' ', lb); break;
                    }
                }
                foreach (var line in QFormat(aelt, belt, atags.ToString(), btags.ToString())) yield return line;
            }
            else yield return "  " + aelt;
            foreach (var line in FancyHelper(a, bestI + 1, ahi, b, bestJ + 1, bhi)) yield return line;
        }

        IEnumerable<string> FancyHelper(IReadOnlyList<object?> a, int alo, int ahi, IReadOnlyList<object?> b, int blo, int bhi)
        {
            if (alo < ahi) return blo < bhi ? FancyReplace(a, alo, ahi, b, blo, bhi) : Dump("-", a, alo, ahi);
            return blo < bhi ? Dump("+", b, blo, bhi) : [];
        }

        static IEnumerable<string> QFormat(string aline, string bline, string atags, string btags)
        {
            atags = KeepOriginalWhitespace(aline, atags).TrimEnd();
            btags = KeepOriginalWhitespace(bline, btags).TrimEnd();
            yield return "- " + aline;
            if (atags.Length > 0) yield return $"? {atags}\n";
            yield return "+ " + bline;
            if (btags.Length > 0) yield return $"? {btags}\n";
        }

        /// <summary>A tab or other white space of the line stays under a blank guide column, so the marks line up.</summary>
        static string KeepOriginalWhitespace(string s, string tags)
        {
            var sb = new StringBuilder();
            for (int i = 0; i < Math.Min(s.Length, tags.Length); i++)
                sb.Append(tags[i] == ' ' && char.IsWhiteSpace(s[i]) ? s[i] : tags[i]);
            return sb.ToString();
        }
    }
}
