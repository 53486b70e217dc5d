using System.Text;

namespace Py2Cs.Runtime;

/// <summary>Python's str methods as extension methods on <see cref="string"/>, with Python's names and semantics.
/// Indices count UTF-16 code units (equal to Python's code points outside the astral planes).</summary>
public static partial class StrMethods
{
    // Python applies Unicode's full case mappings: 'ß'.upper() is 'SS'; .NET maps one char to one char.
    public static string upper(this string s) => s.ToUpperInvariant().Replace("ß", "SS", StringComparison.Ordinal);
    public static string lower(this string s) => s.ToLowerInvariant();
    public static string casefold(this string s) => s.ToLowerInvariant().Replace("ß", "ss", StringComparison.Ordinal);

    public static string swapcase(this string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            if (c == 'ß') sb.Append("SS");
            else sb.Append(IsTitlecase(c) ? c : char.IsUpper(c) ? char.ToLowerInvariant(c) : char.IsLower(c) ? char.ToUpperInvariant(c) : c);
        }
        return sb.ToString();
    }

    private static bool IsTitlecase(char c) => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.TitlecaseLetter;

    /// <summary>Unicode title case of one character (differs from upper case for digraphs such as ǆ → ǅ).</summary>
    private static string ToTitle(char c) => c switch
    {
        'ß' => "Ss",
        'Ǆ' or 'ǅ' or 'ǆ' => "ǅ",
        'Ǉ' or 'ǈ' or 'ǉ' => "ǈ",
        'Ǌ' or 'ǋ' or 'ǌ' => "ǋ",
        'Ǳ' or 'ǲ' or 'ǳ' => "ǲ",
        _ => char.ToUpperInvariant(c).ToString(),
    };

    /// <summary>Words are runs of cased letters: the first letter of each is upper-cased, the rest lower-cased.</summary>
    public static string title(this string s)
    {
        var sb = new StringBuilder(s.Length);
        bool previousCased = false;
        foreach (char c in s)
        {
            bool cased = IsCased(c);
            if (cased) sb.Append(previousCased ? char.ToLowerInvariant(c).ToString() : ToTitle(c));
            else sb.Append(c);
            previousCased = cased;
        }
        return sb.ToString();
    }

    public static string capitalize(this string s) =>
        s.Length == 0 ? s : ToTitle(s[0]) + s[1..].ToLowerInvariant();

    private static bool IsCased(char c) => char.IsUpper(c) || char.IsLower(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.TitlecaseLetter;

    public static bool isupper(this string s) => s.Any(IsCased) && !s.Any(c => char.IsLower(c) || IsTitlecase(c));
    public static bool islower(this string s) => s.Any(IsCased) && !s.Any(c => char.IsUpper(c) || IsTitlecase(c));
    public static bool isdigit(this string s) => s.Length > 0 && s.All(char.IsDigit);
    public static bool isdecimal(this string s) => s.Length > 0 && s.All(char.IsDigit);
    public static bool isnumeric(this string s) => s.Length > 0 && s.All(char.IsNumber);
    public static bool isalpha(this string s) => s.Length > 0 && s.All(char.IsLetter);
    public static bool isalnum(this string s) => s.Length > 0 && s.All(char.IsLetterOrDigit);
    public static bool isspace(this string s) => s.Length > 0 && s.All(IsSpace);
    public static bool isascii(this string s) => s.All(c => c < 0x80);
    public static bool isprintable(this string s)
    {
        for (int i = 0; i < s.Length; i++) if (!StringRepr.IsPrintable(s, i, s[i])) return false;
        return true;
    }

    public static bool istitle(this string s)
    {
        bool previousCased = false, any = false;
        foreach (char c in s)
        {
            if (char.IsUpper(c) || IsTitlecase(c)) { if (previousCased) return false; previousCased = true; any = true; }
            else if (char.IsLower(c)) { if (!previousCased) return false; previousCased = true; any = true; }
            else previousCased = false;
        }
        return any;
    }

    public static bool isidentifier(this string s)
    {
        if (s.Length == 0 || !(char.IsLetter(s[0]) || s[0] == '_')) return false;
        return s.All(c => char.IsLetterOrDigit(c) || c == '_');
    }

    /// <summary>Python's whitespace: what str.isspace and split() treat as a separator.</summary>
    internal static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x1f' or '\x85' || char.IsSeparator(c) || c == '\u2028' || c == '\u2029';

    public static string strip(this string s, string? chars = null) => rstrip(lstrip(s, chars), chars);

    public static string lstrip(this string s, string? chars = null)
    {
        int i = 0;
        while (i < s.Length && (chars is null ? IsSpace(s[i]) : chars.Contains(s[i]))) i++;
        return s[i..];
    }

    public static string rstrip(this string s, string? chars = null)
    {
        int end = s.Length;
        while (end > 0 && (chars is null ? IsSpace(s[end - 1]) : chars.Contains(s[end - 1]))) end--;
        return s[..end];
    }

    public static string removeprefix(this string s, string prefix) => s.StartsWith(prefix, StringComparison.Ordinal) ? s[prefix.Length..] : s;
    public static string removesuffix(this string s, string suffix) => suffix.Length > 0 && s.EndsWith(suffix, StringComparison.Ordinal) ? s[..^suffix.Length] : s;

    public static string replace(this string s, string old, string @new, long count = -1)
    {
        if (count < 0 && old.Length > 0) return s.Replace(old, @new, StringComparison.Ordinal);
        var sb = new StringBuilder();
        if (old.Length == 0)
        {
            long done = 0;
            for (int i = 0; i < s.Length; i++)
            {
                if (count < 0 || done < count) { sb.Append(@new); done++; }
                sb.Append(s[i]);
            }
            if (count < 0 || done < count) sb.Append(@new);
            return sb.ToString();
        }
        int position = 0;
        long replaced = 0;
        while (replaced < count)
        {
            int found = s.IndexOf(old, position, StringComparison.Ordinal);
            if (found < 0) break;
            sb.Append(s, position, found - position).Append(@new);
            position = found + old.Length;
            replaced++;
        }
        return sb.Append(s, position, s.Length - position).ToString();
    }

    public static string Repeat(string s, long n)
    {
        if (n <= 0 || s.Length == 0) return "";
        if (n > long.MaxValue / s.Length) throw new OverflowError("repeated string is too long");
        if (s.Length * n > Array.MaxLength) throw new MemoryError();
        var sb = new StringBuilder((int)(s.Length * n));
        for (long i = 0; i < n; i++) sb.Append(s);
        return sb.ToString();
    }

    public static string zfill(this string s, long width)
    {
        int length = StrCodePoints.Length(s);
        if (length >= width) return s;
        int fill = (int)width - length;
        if (s.Length > 0 && s[0] is '+' or '-') return s[0] + new string('0', fill) + s[1..];
        return new string('0', fill) + s;
    }

    public static string center(this string s, long width, string fillchar = " ")
    {
        CheckFill(fillchar, "center");
        int length = StrCodePoints.Length(s);
        if (length >= width) return s;
        long margin = width - length;
        long left = margin / 2 + (margin & width & 1);
        return new string(fillchar[0], (int)left) + s + new string(fillchar[0], (int)(margin - left));
    }

    public static string ljust(this string s, long width, string fillchar = " ")
    {
        CheckFill(fillchar, "ljust");
        int length = StrCodePoints.Length(s);
        return length >= width ? s : s + new string(fillchar[0], (int)width - length);
    }

    public static string rjust(this string s, long width, string fillchar = " ")
    {
        CheckFill(fillchar, "rjust");
        int length = StrCodePoints.Length(s);
        return length >= width ? s : new string(fillchar[0], (int)width - length) + s;
    }

    private static void CheckFill(string fillchar, string method)
    {
        if (fillchar.Length != 1) throw new TypeError("The fill character must be exactly one character long");
    }

    public static string expandtabs(this string s, long tabsize = 8)
    {
        var sb = new StringBuilder();
        int column = 0;
        foreach (char c in s)
        {
            if (c == '\t')
            {
                if (tabsize > 0)
                {
                    int spaces = (int)(tabsize - column % tabsize);
                    sb.Append(' ', spaces);
                    column += spaces;
                }
            }
            else
            {
                sb.Append(c);
                column = c is '\n' or '\r' ? 0 : column + 1;
            }
        }
        return sb.ToString();
    }

    public static PyBytes encode(this string s, string encoding = "utf-8", string errors = "strict") =>
        new(encoding.ToLowerInvariant().Replace("_", "-") switch
        {
            "utf-8" or "utf8" => new UTF8Encoding(false).GetBytes(s),
            "ascii" => s.Any(c => c > 0x7F) ? throw new UnicodeError($"'ascii' codec can't encode character") : Encoding.ASCII.GetBytes(s),
            "latin-1" or "latin1" or "iso-8859-1" => Encoding.Latin1.GetBytes(s),
            _ => throw new LookupError($"unknown encoding: {encoding}"),
        });
}
