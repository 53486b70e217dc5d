namespace Py2Cs.Syntax.Parsing;

/// <summary>Line numbers from character offsets, counting "\n", "\r\n" and a lone "\r" as Python does
/// (ANTLR's own token lines only count "\n"). Used on error paths only.</summary>
internal static class SourceLines
{
    public static int LineAt(string text, int offset)
    {
        int line = 1;
        int end = Math.Min(offset, text.Length);
        for (int i = 0; i < end; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n'))) line++;
        }
        return line;
    }
}
