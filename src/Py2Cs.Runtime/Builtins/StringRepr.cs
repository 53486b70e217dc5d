using System.Globalization;
using System.Text;

namespace Py2Cs.Runtime;

/// <summary>repr(str) with CPython's quoting and escaping rules.</summary>
internal static class StringRepr
{
    public static string Of(string value, bool asciiOnly = false)
    {
        char quote = value.Contains('\'') && !value.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder(value.Length + 2).Append(quote);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '\\': sb.Append("\\\\"); continue;
                case '\n': sb.Append("\\n"); continue;
                case '\r': sb.Append("\\r"); continue;
                case '\t': sb.Append("\\t"); continue;
            }
            if (c == quote) { sb.Append('\\').Append(c); continue; }
            if (c >= ' ' && c < 0x7F) { sb.Append(c); continue; }
            int codePoint = c;
            int width = 1;
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                codePoint = char.ConvertToUtf32(c, value[i + 1]);
                width = 2;
            }
            if (!asciiOnly && IsPrintable(value, i, codePoint)) sb.Append(value, i, width);
            else if (codePoint < 0x100) sb.Append("\\x").Append(codePoint.ToString("x2", CultureInfo.InvariantCulture));
            else if (codePoint < 0x10000) sb.Append("\\u").Append(codePoint.ToString("x4", CultureInfo.InvariantCulture));
            else sb.Append("\\U").Append(codePoint.ToString("x8", CultureInfo.InvariantCulture));
            i += width - 1;
        }
        return sb.Append(quote).ToString();
    }

    /// <summary>Python's str.isprintable for one character: not in categories Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs (space excepted).</summary>
    public static bool IsPrintable(string text, int index, int codePoint)
    {
        if (codePoint == ' ') return true;
        var category = CharUnicodeInfo.GetUnicodeCategory(text, index);
        return category is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator);
    }
}
