using System.Globalization;
using System.IO.Compression;
using System.Reflection;

namespace Py2Cs.Syntax.Unicode;

/// <summary>
/// Unicode 14.0 data as CPython 3.11 uses it, from the embedded table that
/// src/Py2Cs.Syntax/Unicode/generate_unicode_tables.py makes from python3's unicodedata: the names <c>\N{...}</c> accepts
/// (plus those computed from the code point: CJK ideographs and the like, Hangul syllables; lookups
/// ignore case, as CPython's do), and the NFKC form of identifier characters.
/// </summary>
internal static class UnicodeTables
{
    static readonly Lazy<Table> Data = new(Load);

    sealed record Table(Dictionary<string, int> Names, List<(string Prefix, int First, int Last)> Ranges, Dictionary<int, string> Nfkc);

    /// <summary>An identifier as Python compares it: each character replaced by its NFKC form
    /// (fullwidth ｗｉｄｔｈ is width). Composition across characters is not applied.</summary>
    public static string NormalizeIdentifier(string name)
    {
        var nfkc = Data.Value.Nfkc;
        var sb = new System.Text.StringBuilder(name.Length);
        for (int i = 0; i < name.Length; i++)
        {
            int cp = char.IsSurrogatePair(name, i) ? char.ConvertToUtf32(name[i], name[i + 1]) : name[i];
            if (nfkc.TryGetValue(cp, out string? replacement)) sb.Append(replacement);
            else sb.Append(char.ConvertFromUtf32(cp));
            if (cp > 0xFFFF) i++;
        }
        return sb.ToString();
    }

    /// <summary>The code point named <paramref name="name"/>, or null when there is no such name.</summary>
    public static int? Lookup(string name)
    {
        string key = name.ToUpperInvariant();
        var table = Data.Value;
        if (table.Names.TryGetValue(key, out int cp)) return cp;
        foreach (var (prefix, first, last) in table.Ranges)
        {
            if (key.Length > prefix.Length && key.StartsWith(prefix, StringComparison.Ordinal)
                && int.TryParse(key.AsSpan(prefix.Length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int value)
                && value >= first && value <= last && key.Length - prefix.Length is 4 or 5)
                return value;
        }
        return HangulSyllable(key);
    }

    static readonly string[] Leading = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
    static readonly string[] Vowels = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
    static readonly string[] Trailing = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

    // "HANGUL SYLLABLE GAG": each jamo part matched longest first, as CPython's find_syllable does.
    static int? HangulSyllable(string key)
    {
        const string prefix = "HANGUL SYLLABLE ";
        if (!key.StartsWith(prefix, StringComparison.Ordinal)) return null;
        int at = prefix.Length;
        int l = Longest(key, ref at, Leading), v = Longest(key, ref at, Vowels), t = Longest(key, ref at, Trailing);
        if (l < 0 || v < 0 || t < 0 || at != key.Length) return null;
        return 0xAC00 + (l * 21 + v) * 28 + t;
    }

    static int Longest(string key, ref int at, string[] parts)
    {
        int best = -1, bestLength = -1;
        for (int i = 0; i < parts.Length; i++)
        {
            string part = parts[i];
            if (part.Length > bestLength && string.CompareOrdinal(key, at, part, 0, part.Length) == 0 && at + part.Length <= key.Length)
            {
                best = i;
                bestLength = part.Length;
            }
        }
        if (best >= 0) at += bestLength;
        return best;
    }

    static Table Load()
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var ranges = new List<(string, int, int)>();
        var nfkc = new Dictionary<int, string>();
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Py2Cs.Syntax.UnicodeTables.gz")
            ?? throw new InvalidOperationException("the Unicode tables are not embedded");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress));
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.StartsWith("RANGE;", StringComparison.Ordinal))
            {
                var parts = line.Split(';');
                ranges.Add((parts[3], int.Parse(parts[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture), int.Parse(parts[2], NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                continue;
            }
            if (line.StartsWith("NFKC;", StringComparison.Ordinal))
            {
                var parts = line.Split(';');
                nfkc[int.Parse(parts[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture)] =
                    string.Concat(parts[2].Split(' ').Select(h => char.ConvertFromUtf32(int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture))));
                continue;
            }
            int semicolon = line.IndexOf(';');
            names[line[(semicolon + 1)..]] = int.Parse(line.AsSpan(0, semicolon), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        }
        return new Table(names, ranges, nfkc);
    }
}
