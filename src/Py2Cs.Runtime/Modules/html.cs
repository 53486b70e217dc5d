#pragma warning disable CS8981, IDE1006 // Python's names.
using System.Globalization;
using System.Text.RegularExpressions;

namespace Py2Cs.Runtime;

/// <summary>
/// Python's <c>html</c>: <c>escape</c> (CPython's five replacements) and <c>unescape</c> (numeric
/// references by CPython's rules, named references through .NET's HTML entity table).
/// </summary>
[PyModule("html")]
public static class html
{
    public static string escape(string s, bool quote = true)
    {
        s = s.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
        return quote ? s.Replace("\"", "&quot;").Replace("'", "&#x27;") : s;
    }

    static readonly Regex s_charref = new(@"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)", RegexOptions.CultureInvariant);

    public static string unescape(string s) => s.Contains('&') ? s_charref.Replace(s, m => Reference(m.Groups[1].Value)) : s;

    /// <summary>The C1 code points HTML maps to Windows-1252 characters (CPython's _invalid_charrefs).</summary>
    static readonly Dictionary<int, string> s_invalidCharrefs = new()
    {
        [0x00] = "\ufffd", [0x0d] = "\r", [0x80] = "\u20ac", [0x81] = "\x81", [0x82] = "\u201a", [0x83] = "\u0192",
        [0x84] = "\u201e", [0x85] = "\u2026", [0x86] = "\u2020", [0x87] = "\u2021", [0x88] = "\u02c6", [0x89] = "\u2030",
        [0x8a] = "\u0160", [0x8b] = "\u2039", [0x8c] = "\u0152", [0x8d] = "\x8d", [0x8e] = "\u017d", [0x8f] = "\x8f",
        [0x90] = "\x90", [0x91] = "\u2018", [0x92] = "\u2019", [0x93] = "\u201c", [0x94] = "\u201d", [0x95] = "\u2022",
        [0x96] = "\u2013", [0x97] = "\u2014", [0x98] = "\u02dc", [0x99] = "\u2122", [0x9a] = "\u0161", [0x9b] = "\u203a",
        [0x9c] = "\u0153", [0x9d] = "\x9d", [0x9e] = "\u017e", [0x9f] = "\u0178",
    };

    static bool IsInvalidCodepoint(long cp) =>
        cp is >= 0x1 and <= 0x8 or 0xb or >= 0xe and <= 0x1f or >= 0x7f and <= 0x9f or >= 0xfdd0 and <= 0xfdef
        || (cp & 0xfffe) == 0xfffe && cp <= 0x10ffff;

    static string Reference(string s)
    {
        if (s[0] == '#')
        {
            string digits = s.TrimEnd(';');
            bool hex = digits.Length > 1 && digits[1] is 'x' or 'X';
            System.Numerics.BigInteger big = hex
                ? System.Numerics.BigInteger.Parse("0" + digits[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture)
                : System.Numerics.BigInteger.Parse(digits[1..], CultureInfo.InvariantCulture);
            if (big > 0x10ffff) return "\ufffd";
            int num = (int)big;
            if (s_invalidCharrefs.TryGetValue(num, out string? replacement)) return replacement;
            if (num is >= 0xd800 and <= 0xdfff) return "\ufffd";
            if (IsInvalidCodepoint(num)) return "";
            return char.ConvertFromUtf32(num);
        }
        // Named references: the whole name with its semicolon, else the longest known prefix
        // (HTML5 decodes "&ampx" as "&x"), else the text unchanged.
        if (Named(s) is { } whole) return whole;
        for (int x = s.Length - 1; x > 1; x--)
            if (!s[..x].EndsWith(';') && Named(s[..x] + ";") is { } prefix && s_legacy.Contains(s[..x]))
                return prefix + s[x..];
        return "&" + s;
    }

    /// <summary>The entities HTML5 also recognises without a semicolon (those of HTML 3.2 / Latin-1).</summary>
    static readonly HashSet<string> s_legacy = new(
        ("AElig AMP Aacute Acirc Agrave Aring Atilde Auml COPY Ccedil ETH Eacute Ecirc Egrave Euml GT Iacute Icirc Igrave Iuml LT " +
         "Ntilde Oacute Ocirc Ograve Oslash Otilde Ouml QUOT REG THORN Uacute Ucirc Ugrave Uuml Yacute aacute acirc acute aelig agrave " +
         "amp aring atilde auml brvbar ccedil cedil cent copy curren deg divide eacute ecirc egrave eth euml frac12 frac14 frac34 gt " +
         "iacute icirc iexcl igrave iquest iuml laquo lt macr micro middot nbsp not ntilde oacute ocirc ograve ordf ordm oslash otilde " +
         "ouml para plusmn pound quot raquo reg sect shy sup1 sup2 sup3 szlig thorn times uacute ucirc ugrave uml uuml yacute yen yuml").Split(' '));

    static string? Named(string nameWithSemicolon)
    {
        if (!nameWithSemicolon.EndsWith(';')) return s_legacy.Contains(nameWithSemicolon) ? Named(nameWithSemicolon + ";") : null;
        string reference = "&" + nameWithSemicolon;
        string decoded = System.Net.WebUtility.HtmlDecode(reference);
        if (decoded != reference) return decoded;
        // .NET's table is HTML 4's; the upper-case forms HTML5 adds for a few of them.
        return nameWithSemicolon switch { "AMP;" => "&", "LT;" => "<", "GT;" => ">", "QUOT;" => "\"", "COPY;" => "\u00a9", "REG;" => "\u00ae", "apos;" => "'", _ => null };
    }
}
