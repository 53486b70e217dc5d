#pragma warning disable CS8981, IDE1006 // Python's names.
using System.Text;

namespace Py2Cs.Runtime;

/// <summary>
/// Python's <c>shlex</c>: <c>split</c> (CPython's POSIX-mode lexer with whitespace splitting: quotes,
/// backslash escapes, <c>comments</c>), <c>quote</c> and <c>join</c>.
/// </summary>
[PyModule("shlex")]
public static class shlex
{
    const string Whitespace = " \t\r\n";

    /// <summary>Splits <paramref name="s"/> like a POSIX shell; raises CPython's <c>ValueError</c> on an open quote or a trailing backslash.</summary>
    public static PyList<string> split(string s, bool comments = false, bool posix = true)
    {
        if (!posix) throw new NotImplementedError("shlex.split(posix=False) is not supported");
        var tokens = new PyList<string>();
        var token = new StringBuilder();
        bool quoted = false;
        char state = ' ';
        char escapedState = 'a';
        void Emit()
        {
            if (token.Length > 0 || quoted) tokens.append(token.ToString());
            token.Clear();
            quoted = false;
        }
        for (int i = 0; i <= s.Length; i++)
        {
            bool end = i == s.Length;
            char c = end ? '\0' : s[i];
            if (state is ' ' or 'a')
            {
                if (end) break;
                if (Whitespace.Contains(c)) { state = ' '; Emit(); }
                else if (comments && c == '#')
                {
                    // The rest of the line is a comment; the newline itself ends the token.
                    while (i + 1 < s.Length && s[i + 1] != '\n') i++;
                    i++;
                    state = ' ';
                    Emit();
                }
                else if (c == '\\') { escapedState = 'a'; state = '\\'; }
                else if (c is '\'' or '"') state = c;
                else { token.Append(c); state = 'a'; }
            }
            else if (state is '\'' or '"')
            {
                quoted = true;
                if (end) throw new ValueError("No closing quotation");
                if (c == state) state = 'a';
                else if (c == '\\' && state == '"') { escapedState = state; state = '\\'; }
                else token.Append(c);
            }
            else
            {
                if (end) throw new ValueError("No escaped character");
                // Inside double quotes a backslash escapes only the quote and itself.
                if (escapedState == '"' && c != '\\' && c != '"') token.Append('\\');
                token.Append(c);
                state = escapedState;
            }
        }
        Emit();
        return tokens;
    }

    /// <summary>Quotes <paramref name="s"/> for a shell: unchanged when it has only safe characters, else in single quotes.</summary>
    public static string quote(string s)
    {
        if (s.Length == 0) return "''";
        if (s.All(IsSafe)) return s;
        return "'" + s.Replace("'", "'\"'\"'") + "'";
    }

    static bool IsSafe(char c) => c < 128 && (char.IsAsciiLetterOrDigit(c) || "_@%+=:,./-".Contains(c));

    public static string join(IEnumerable<string> split_command) => string.Join(" ", split_command.Select(quote));
}
