#pragma warning disable CS8981, IDE1006 // Python's names.
using System.Text;

namespace Py2Cs.Runtime;

/// <summary>Python's <c>textwrap</c>: <see cref="TextWrapper"/> ported from CPython (the same chunking
/// regex, long-word breaking and max_lines placeholder logic), plus <c>dedent</c> and <c>indent</c>.</summary>
[PyModule("textwrap")]
public static partial class textwrap
{
    public static PyList<string> wrap(string text, long width = 70, string initial_indent = "", string subsequent_indent = "",
        bool expand_tabs = true, bool replace_whitespace = true, bool fix_sentence_endings = false, bool break_long_words = true,
        bool drop_whitespace = true, bool break_on_hyphens = true, long tabsize = 8, long? max_lines = null, string placeholder = " [...]") =>
        new TextWrapper(width, initial_indent, subsequent_indent, expand_tabs, replace_whitespace, fix_sentence_endings,
            break_long_words, drop_whitespace, break_on_hyphens, tabsize, max_lines, placeholder).wrap(text);

    public static string fill(string text, long width = 70, string initial_indent = "", string subsequent_indent = "",
        bool expand_tabs = true, bool replace_whitespace = true, bool fix_sentence_endings = false, bool break_long_words = true,
        bool drop_whitespace = true, bool break_on_hyphens = true, long tabsize = 8, long? max_lines = null, string placeholder = " [...]") =>
        string.Join("\n", wrap(text, width, initial_indent, subsequent_indent, expand_tabs, replace_whitespace, fix_sentence_endings,
            break_long_words, drop_whitespace, break_on_hyphens, tabsize, max_lines, placeholder));

    /// <summary>Collapses whitespace and truncates to <paramref name="width"/>, ending with <paramref name="placeholder"/>.</summary>
    public static string shorten(string text, long width, string initial_indent = "", string subsequent_indent = "",
        bool expand_tabs = true, bool replace_whitespace = true, bool fix_sentence_endings = false, bool break_long_words = true,
        bool drop_whitespace = true, bool break_on_hyphens = true, long tabsize = 8, string placeholder = " [...]") =>
        new TextWrapper(width, initial_indent, subsequent_indent, expand_tabs, replace_whitespace, fix_sentence_endings,
            break_long_words, drop_whitespace, break_on_hyphens, tabsize, 1, placeholder).fill(string.Join(" ", text.strip().split()));

    /// <summary>Removes the whitespace prefix common to all non-blank lines; blank lines become empty.</summary>
    public static string dedent(string text)
    {
        text = System.Text.RegularExpressions.Regex.Replace(text, "^[ \t]+$", "", System.Text.RegularExpressions.RegexOptions.Multiline);
        string? margin = null;
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(text, "^([ \t]*)[^ \t\n]", System.Text.RegularExpressions.RegexOptions.Multiline))
        {
            string indent = m.Groups[1].Value;
            if (margin is null) margin = indent;
            else if (indent.StartsWith(margin, StringComparison.Ordinal)) { }
            else if (margin.StartsWith(indent, StringComparison.Ordinal)) margin = indent;
            else
            {
                int i = 0;
                while (i < margin.Length && i < indent.Length && margin[i] == indent[i]) i++;
                margin = margin[..i];
            }
        }
        if (string.IsNullOrEmpty(margin)) return text;
        return System.Text.RegularExpressions.Regex.Replace(text, "^" + System.Text.RegularExpressions.Regex.Escape(margin), "", System.Text.RegularExpressions.RegexOptions.Multiline);
    }

    /// <summary>Adds <paramref name="prefix"/> to the lines that <paramref name="predicate"/> accepts (by default, non-blank ones).</summary>
    public static string indent(string text, string prefix, Func<string, object?>? predicate = null)
    {
        var sb = new StringBuilder();
        foreach (var line in text.splitlines(keepends: true))
        {
            bool add = predicate is null ? line.strip().Length > 0 : Py.Truthy(predicate(line));
            if (add) sb.Append(prefix);
            sb.Append(line);
        }
        return sb.ToString();
    }
}
