#pragma warning disable CS8981, IDE1006 // Python's names.
using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace Py2Cs.Runtime;

/// <summary>
/// Python's <c>fnmatch</c>: shell-style patterns (<c>*</c>, <c>?</c>, <c>[seq]</c>, <c>[!seq]</c>) matched
/// against the whole name. On POSIX <c>fnmatch</c> is case-sensitive like <c>fnmatchcase</c>. An object
/// (<see cref="Builtins.fnmatch"/>) because it has a function named like itself.
/// </summary>
[PyModule("fnmatch")]
[PyMissing("the regular expression text CPython builds is not reproduced", "translate")]
public sealed class FnmatchModule
{
    static readonly ConcurrentDictionary<string, Regex> s_cache = new();

    public bool fnmatch(string name, string pat) => fnmatchcase(name, pat);

    public bool fnmatchcase(string name, string pat) => Compile(pat).IsMatch(name);

    public PyList<string> filter(IEnumerable<string> names, string pat)
    {
        var regex = Compile(pat);
        return new PyList<string>(names.Where(n => regex.IsMatch(n)));
    }

    internal static Regex Compile(string pat) =>
        s_cache.GetOrAdd(pat, p => new Regex(Translate(p), RegexOptions.Singleline | RegexOptions.CultureInvariant));

    /// <summary>The pattern as a .NET regular expression anchored at both ends (CPython's translation rules).</summary>
    static string Translate(string pat)
    {
        var sb = new StringBuilder("^(?:");
        int i = 0, n = pat.Length;
        while (i < n)
        {
            char c = pat[i++];
            if (c == '*')
            {
                while (i < n && pat[i] == '*') i++;
                sb.Append(".*");
            }
            else if (c == '?') sb.Append('.');
            else if (c == '[')
            {
                int j = i;
                if (j < n && pat[j] == '!') j++;
                if (j < n && pat[j] == ']') j++;
                while (j < n && pat[j] != ']') j++;
                if (j >= n) { sb.Append("\\["); continue; }
                string stuff = pat[i..j];
                i = j + 1;
                if (stuff.Length == 0) { sb.Append("(?!)"); continue; }
                if (stuff == "!") { sb.Append('.'); continue; }
                bool negate = stuff[0] == '!';
                if (negate) stuff = stuff[1..];
                sb.Append(negate ? "[^" : "[");
                foreach (char ch in stuff)
                    sb.Append(ch is '\\' or '^' or '[' or ']' ? "\\" + ch : ch.ToString());
                sb.Append(']');
            }
            else sb.Append(Regex.Escape(c.ToString()));
        }
        return sb.Append(")\\z").ToString();
    }
}

public static partial class Builtins
{
    public static readonly FnmatchModule fnmatch = new();
}
