namespace Py2Cs.Runtime;

/// <summary>
/// Python measures, indexes and slices a str by code point; a .NET string is UTF-16, where a code
/// point past U+FFFF (an emoji) takes two chars. Almost no string has such a pair, and then the two
/// agree: every operation first asks <see cref="HasPairs"/> (a vectorised scan) and walks the string
/// only when it must. A lone surrogate counts as one code point, as CPython's surrogateescape'd text.
/// </summary>
public static class StrCodePoints
{
    public static bool HasPairs(string s) => s.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;

    /// <summary>len(s): the number of code points.</summary>
    public static int Length(string s)
    {
        if (!HasPairs(s)) return s.Length;
        int n = 0;
        for (int i = 0; i < s.Length; i++, n++)
            if (IsPairAt(s, i)) i++;
        return n;
    }

    /// <summary>The UTF-16 offset where code point <paramref name="index"/> starts (the string's length for the end).</summary>
    public static int Offset(string s, int index)
    {
        int offset = 0;
        for (int n = 0; n < index && offset < s.Length; n++)
            offset += IsPairAt(s, offset) ? 2 : 1;
        return offset;
    }

    /// <summary>The code point index of UTF-16 offset <paramref name="offset"/>.</summary>
    public static int IndexAt(string s, int offset)
    {
        int n = 0;
        for (int i = 0; i < offset && i < s.Length; i++, n++)
            if (IsPairAt(s, i)) i++;
        return n;
    }

    /// <summary>The code point at <paramref name="index"/>, as a one-code-point string.</summary>
    public static string At(string s, int index)
    {
        int offset = Offset(s, index);
        return s.Substring(offset, IsPairAt(s, offset) ? 2 : 1);
    }

    /// <summary>Each code point as a string (one or two chars).</summary>
    public static string[] Split(string s)
    {
        var items = new string[Length(s)];
        for (int i = 0, n = 0; i < s.Length; i++, n++)
        {
            bool pair = IsPairAt(s, i);
            items[n] = s.Substring(i, pair ? 2 : 1);
            if (pair) i++;
        }
        return items;
    }

    static bool IsPairAt(string s, int i) => char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]);
}
