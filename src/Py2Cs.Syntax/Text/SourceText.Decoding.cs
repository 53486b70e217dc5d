using System.Text;
using System.Text.RegularExpressions;

namespace Py2Cs.Syntax.Text;

// Source bytes to text as CPython's tokenizer decodes them (PEP 263): a UTF-8 byte order mark, else a
// coding cookie on line 1 or 2, else strict UTF-8. Where CPython refuses the file, the text is decoded
// leniently (so that a diagnostic can still show lines) and DecodingError carries CPython's message.
public sealed partial class SourceText
{
    static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    static SourceText()
    {
        // cp1252, koi8-r, euc-jp, shift_jis and the other legacy code pages CPython's codecs know.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static SourceText FromBytes(string path, byte[] bytes)
    {
        bool bom = bytes.AsSpan().StartsWith(Utf8Bom);
        ReadOnlySpan<byte> body = bom ? bytes.AsSpan(Utf8Bom.Length) : bytes;
        string? cookie = FindCodingCookie(body);

        if (cookie is not null)
        {
            string normal = NormalCodecName(cookie);
            if (bom && normal != "utf-8")
                return Refused(path, body, 0, $"encoding problem: {normal} with BOM");
            if (normal != "utf-8")
            {
                if (CodecFor(cookie) is not { } encoding)
                    return Refused(path, body, 0, $"encoding problem: {cookie}");
                try { return new SourceText(path, encoding.GetString(body)); }
                catch (DecoderFallbackException) { return Refused(path, body, 0, $"encoding problem: {normal}"); }
            }
        }

        var utf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
        try
        {
            return new SourceText(path, utf8.GetString(body));
        }
        catch (DecoderFallbackException e)
        {
            int at = e.Index >= 0 ? e.Index : FirstInvalidUtf8(body);
            int line = 1 + body[..at].Count((byte)'\n');
            var lenient = Encoding.UTF8.GetString(body[..at]);
            return Refused(path, body, lenient.Length,
                $"Non-UTF-8 code starting with '\\x{body[at]:x2}' in file {path} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details");
        }
    }

    static SourceText Refused(string path, ReadOnlySpan<byte> body, int offset, string message) =>
        new(path, Encoding.UTF8.GetString(body)) { DecodingError = new DecodingError(offset, message) };

    static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out int read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? 0 : Math.Min(read, bytes.Length - 1);
    }

    // PEP 263: `coding[:=]name` in a comment on the first line, or on the second when the first is
    // blank or a comment (CPython does not look at line 2 after a line of code). Generated at build time:
    // constructing a Regex at run time parses and optimizes the pattern, and every `py2cs run` reads a source.
    [GeneratedRegex(@"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", RegexOptions.CultureInvariant)]
    private static partial Regex CookiePattern();

    [GeneratedRegex(@"^[ \t\f]*(#.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex BlankOrComment();

    static string? FindCodingCookie(ReadOnlySpan<byte> body)
    {
        string first = FirstLines(body, out string second);
        // A cookie spells out "coding": most files have none, and then no pattern runs (the patterns'
        // vectorized helpers are code the JIT compiles, measurable in a cached `py2cs run`).
        if (first.Contains("coding", StringComparison.Ordinal) && CookiePattern().Match(first) is { Success: true } m1) return m1.Groups[1].Value;
        if (!second.Contains("coding", StringComparison.Ordinal) || !BlankOrComment().IsMatch(first)) return null;
        return CookiePattern().Match(second) is { Success: true } m2 ? m2.Groups[1].Value : null;
    }

    // The first two lines as Latin-1 (a cookie is ASCII; other bytes must not stop the search).
    static string FirstLines(ReadOnlySpan<byte> body, out string second)
    {
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, 4096)]);
        var lines = head.Split(["\r\n", "\n", "\r"], 3, StringSplitOptions.None);
        second = lines.Length > 1 ? lines[1] : "";
        return lines[0];
    }

    /// <summary>CPython's get_normal_name: the spellings of UTF-8 and Latin-1 it names in messages.</summary>
    static string NormalCodecName(string name)
    {
        string n = name.ToLowerInvariant().Replace('_', '-');
        if (n == "utf-8" || n.StartsWith("utf-8-", StringComparison.Ordinal)) return "utf-8";
        foreach (var latin in (string[])["latin-1", "iso-8859-1", "iso-latin-1"])
            if (n == latin || n.StartsWith(latin + "-", StringComparison.Ordinal)) return "iso-8859-1";
        return name;
    }

    /// <summary>The .NET encoding for a Python codec name, strict (a byte it cannot map throws), or null.</summary>
    static Encoding? CodecFor(string name)
    {
        string n = name.ToLowerInvariant().Replace('_', '-');
        try
        {
            // Python's cpNNN (and windows-NNN, msNNN) are the code pages of the same number.
            if (Regex.Match(n, @"^(?:cp|windows-|ms)(\d+)$") is { Success: true } page)
                return Encoding.GetEncoding(int.Parse(page.Groups[1].Value), EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            string dotnet = n switch
            {
                "latin-1" or "latin1" or "l1" or "iso-latin-1" or "iso8859-1" or "8859" => "iso-8859-1",
                "ascii" or "us-ascii" or "646" => "us-ascii",
                _ when Regex.Match(n, @"^iso-?8859-?(\d+)$") is { Success: true } iso => $"iso-8859-{iso.Groups[1].Value}",
                "shift-jis" or "sjis" or "shiftjis" => "shift_jis",
                "mac-roman" or "macroman" or "macintosh" => "macintosh",
                _ => n,
            };
            return Encoding.GetEncoding(dotnet, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }
}
