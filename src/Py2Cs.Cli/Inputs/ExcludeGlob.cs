using System.Text;
using System.Text.RegularExpressions;

namespace Py2Cs.Cli;

/// <summary>
/// One <c>--exclude</c> pattern, as black and ruff read them: <c>*</c> and <c>?</c> stay within a
/// path segment, <c>**</c> spans segments. A pattern without a slash matches any one file or folder
/// name (<c>--exclude test_*</c>); a pattern with a slash matches a whole path, relative to the
/// folder being converted or as the user wrote it (<c>--exclude src/legacy/**</c>). An excluded
/// folder is not walked at all.
/// </summary>
sealed class ExcludeGlob
{
    readonly Regex _regex;
    readonly bool _matchesNames;

    public ExcludeGlob(string pattern)
    {
        string trimmed = pattern.Replace('\\', '/').TrimEnd('/');
        if (trimmed.StartsWith("./", StringComparison.Ordinal)) trimmed = trimmed[2..];
        _matchesNames = !trimmed.Contains('/');
        _regex = new Regex("^" + ToRegex(trimmed) + "$", RegexOptions.CultureInvariant);
    }

    /// <summary>True when the path (segments separated by '/') or, for a name pattern, any of its segments matches.</summary>
    public bool Matches(string path)
    {
        string normalized = path.Replace('\\', '/');
        if (_regex.IsMatch(normalized)) return true;
        return _matchesNames && normalized.Split('/').Any(_regex.IsMatch);
    }

    static string ToRegex(string glob)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < glob.Length; i++)
        {
            char c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                // "**/" matches zero or more whole folders; a trailing "**" anything below.
                bool slash = i + 2 < glob.Length && glob[i + 2] == '/';
                sb.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else if (c == '*') sb.Append("[^/]*");
            else if (c == '?') sb.Append("[^/]");
            else sb.Append(Regex.Escape(c.ToString()));
        }
        return sb.ToString();
    }
}
