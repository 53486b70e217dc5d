using DiffPlex.Renderer;

namespace Py2Cs.Cli;

/// <summary>Unified diffs (as <c>diff -u</c> and git print them), used by <c>py2cs diff</c> and the tests.</summary>
static class UnifiedDiff
{
    /// <summary>Empty when the texts are equal once line endings are normalised.</summary>
    public static string Between(string oldText, string newText, string oldName, string newName)
    {
        string a = NormalizeLineEndings(oldText), b = NormalizeLineEndings(newText);
        return a == b ? "" : UnidiffRenderer.GenerateUnidiff(a, b, oldName, newName, contextLines: 3);
    }

    // A checkout with CRLF line endings holds the same code; only content differences matter.
    public static string NormalizeLineEndings(string text) => text.Replace("\r\n", "\n");
}
