using System.Text;
using DiffPlex;
using DiffPlex.Model;

namespace Py2Cs.Cli;

/// <summary>
/// Unified diffs as <c>diff -u</c> and git print them, so that <c>git apply</c> and <c>patch</c>
/// take them: three lines of context, <c>@@ -a,b +c,d @@</c> hunks, a missing final newline marked.
/// Whitespace counts (DiffPlex ignores it unless told not to); line endings do not, because a
/// CRLF checkout holds the same code.
/// </summary>
static class UnifiedDiff
{
    const int Context = 3;

    /// <summary>Empty when the texts are equal once line endings are normalised.</summary>
    public static string Between(string oldText, string newText, string oldName, string newName)
    {
        string a = NormalizeLineEndings(oldText), b = NormalizeLineEndings(newText);
        if (a == b) return "";
        IReadOnlyList<string> oldLines = LineChunker.Instance.Chunk(a), newLines = LineChunker.Instance.Chunk(b);
        DiffResult diff = Differ.Instance.CreateDiffs(a, b, ignoreWhiteSpace: false, ignoreCase: false, LineChunker.Instance);

        var sb = new StringBuilder();
        sb.Append("--- ").Append(oldName).Append('\n').Append("+++ ").Append(newName).Append('\n');
        foreach (var hunk in Hunks(diff.DiffBlocks))
            AppendHunk(sb, hunk, oldLines, newLines);
        return sb.ToString();
    }

    public static string NormalizeLineEndings(string text) => text.Replace("\r\n", "\n");

    /// <summary>Changed blocks close enough that their contexts touch, merged into one hunk.</summary>
    static IEnumerable<List<DiffBlock>> Hunks(IEnumerable<DiffBlock> blocks)
    {
        var current = new List<DiffBlock>();
        foreach (var block in blocks)
        {
            if (current.Count > 0)
            {
                var last = current[^1];
                if (block.DeleteStartA - (last.DeleteStartA + last.DeleteCountA) > 2 * Context)
                {
                    yield return current;
                    current = [];
                }
            }
            current.Add(block);
        }
        if (current.Count > 0) yield return current;
    }

    static void AppendHunk(StringBuilder sb, List<DiffBlock> blocks, IReadOnlyList<string> oldLines, IReadOnlyList<string> newLines)
    {
        var first = blocks[0];
        var last = blocks[^1];
        int oldStart = Math.Max(0, first.DeleteStartA - Context);
        int newStart = first.InsertStartB - (first.DeleteStartA - oldStart);
        int oldEnd = Math.Min(oldLines.Count, last.DeleteStartA + last.DeleteCountA + Context);
        int newEnd = last.InsertStartB + last.InsertCountB + (oldEnd - (last.DeleteStartA + last.DeleteCountA));

        sb.Append("@@ -").Append(Range(oldStart, oldEnd - oldStart)).Append(" +").Append(Range(newStart, newEnd - newStart)).Append(" @@\n");
        int oldAt = oldStart;
        foreach (var block in blocks)
        {
            for (; oldAt < block.DeleteStartA; oldAt++) AppendLine(sb, ' ', oldLines[oldAt]);
            for (int i = 0; i < block.DeleteCountA; i++) AppendLine(sb, '-', oldLines[block.DeleteStartA + i]);
            for (int i = 0; i < block.InsertCountB; i++) AppendLine(sb, '+', newLines[block.InsertStartB + i]);
            oldAt = block.DeleteStartA + block.DeleteCountA;
        }
        for (; oldAt < oldEnd; oldAt++) AppendLine(sb, ' ', oldLines[oldAt]);
    }

    /// <summary>"start,count" with 1-based start; an empty range names the line before it, as diff does.</summary>
    static string Range(int start, int count) => count == 0 ? $"{start},0" : count == 1 ? $"{start + 1}" : $"{start + 1},{count}";

    static void AppendLine(StringBuilder sb, char prefix, string line)
    {
        sb.Append(prefix).Append(line);
        if (!line.EndsWith('\n')) sb.Append("\n\\ No newline at end of file\n");
    }

    /// <summary>Lines with their '\n' kept, so that a last line without one differs from the same line with one.</summary>
    sealed class LineChunker : IChunker
    {
        public static readonly LineChunker Instance = new();

        public IReadOnlyList<string> Chunk(string text)
        {
            var lines = new List<string>();
            int start = 0;
            while (start < text.Length)
            {
                int end = text.IndexOf('\n', start);
                end = end < 0 ? text.Length : end + 1;
                lines.Add(text[start..end]);
                start = end;
            }
            return lines;
        }
    }
}
