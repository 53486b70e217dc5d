#pragma warning disable CS8981 // Python module names are lower case.
namespace Py2Cs.Runtime;

/// <summary>Python's <c>string</c> module constants (<c>@string</c> in C#, a keyword).</summary>
[PyModule("string")]
public static partial class @string
{
    public const string ascii_lowercase = "abcdefghijklmnopqrstuvwxyz";
    public const string ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    public const string ascii_letters = ascii_lowercase + ascii_uppercase;
    public const string digits = "0123456789";
    public const string hexdigits = "0123456789abcdefABCDEF";
    public const string octdigits = "01234567";
    public const string punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    public const string whitespace = " \t\n\r\v\f";
    public const string printable = digits + ascii_letters + punctuation + whitespace;

    /// <summary><c>string.capwords(s, sep=None)</c>.</summary>
    public static string capwords(string s, string? sep = null) =>
        (sep ?? " ").join(s.split(sep).Select(w => w.capitalize()));
}
