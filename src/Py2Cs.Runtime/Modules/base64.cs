#pragma warning disable CS8981, IDE1006 // Python's names.
using System.Text;

namespace Py2Cs.Runtime;

/// <summary>Python's <c>base64</c>: Base64 (standard and URL-safe), Base32 and Base16 encoding to bytes and back.</summary>
[PyModule("base64")]
public static class base64
{
    /// <summary>Inputs to the decoders may be bytes-like or ASCII str, as in CPython.</summary>
    private static byte[] Input(object s) => s is string text
        ? (text.All(c => c < 128) ? Encoding.ASCII.GetBytes(text) : throw new ValueError("string argument should contain only ASCII characters"))
        : PyBytesLike.BytesOf(s);

    private static PyBytes Ascii(string text) => new(Encoding.ASCII.GetBytes(text));

    public static PyBytes b64encode(object s, object? altchars = null)
    {
        string text = Convert.ToBase64String(PyBytesLike.BytesOf(s));
        if (altchars is not null)
        {
            var alt = Input(altchars);
            text = text.Replace('+', (char)alt[0]).Replace('/', (char)alt[1]);
        }
        return Ascii(text);
    }

    public static PyBytes b64decode(object s, object? altchars = null, bool validate = false)
    {
        string text = Encoding.ASCII.GetString(Input(s));
        if (altchars is not null)
        {
            var alt = Input(altchars);
            text = text.Replace((char)alt[0], '+').Replace((char)alt[1], '/');
        }
        if (!validate) text = new string(text.Where(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '=').ToArray());
        else if (text.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '='))) throw new BinasciiError("Non-base64 digit found");
        int data = text.TrimEnd('=').Length;
        if (data % 4 == 1) throw new BinasciiError($"Invalid base64-encoded string: number of data characters ({data}) cannot be 1 more than a multiple of 4");
        if (text.Length % 4 != 0) throw new BinasciiError("Incorrect padding");
        try { return new PyBytes(Convert.FromBase64String(text)); }
        catch (FormatException) { throw new BinasciiError("Incorrect padding"); }
    }

    public static PyBytes standard_b64encode(object s) => b64encode(s);
    public static PyBytes standard_b64decode(object s) => b64decode(s);
    public static PyBytes urlsafe_b64encode(object s) => b64encode(s, "-_");
    public static PyBytes urlsafe_b64decode(object s) => b64decode(s, "-_");

    public static PyBytes b16encode(object s) => Ascii(Convert.ToHexString(PyBytesLike.BytesOf(s)));

    public static PyBytes b16decode(object s, bool casefold = false)
    {
        string text = Encoding.ASCII.GetString(Input(s));
        if (casefold) text = text.ToUpperInvariant();
        if (text.Length % 2 != 0) throw new BinasciiError("Odd-length string");
        if (text.Any(c => !(char.IsAsciiDigit(c) || c is >= 'A' and <= 'F'))) throw new BinasciiError("Non-base16 digit found");
        return new PyBytes(Convert.FromHexString(text));
    }

    private const string Base32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static PyBytes b32encode(object s)
    {
        var data = PyBytesLike.BytesOf(s);
        var sb = new StringBuilder();
        for (int i = 0; i < data.Length; i += 5)
        {
            int n = Math.Min(5, data.Length - i);
            ulong block = 0;
            for (int k = 0; k < 5; k++) block = (block << 8) | (k < n ? data[i + k] : 0u);
            int chars = (n * 8 + 4) / 5;
            for (int k = 0; k < 8; k++) sb.Append(k < chars ? Base32Alphabet[(int)((block >> (35 - 5 * k)) & 31)] : '=');
        }
        return Ascii(sb.ToString());
    }

    public static PyBytes b32decode(object s, bool casefold = false)
    {
        string text = Encoding.ASCII.GetString(Input(s));
        if (casefold) text = text.ToUpperInvariant();
        if (text.Length % 8 != 0) throw new BinasciiError("Incorrect padding");
        var result = new List<byte>();
        for (int i = 0; i < text.Length; i += 8)
        {
            string chunk = text.Substring(i, 8);
            int chars = chunk.TrimEnd('=').Length;
            ulong block = 0;
            foreach (char c in chunk)
            {
                int v = c == '=' ? 0 : Base32Alphabet.IndexOf(c);
                if (v < 0) throw new BinasciiError("Non-base32 digit found");
                block = (block << 5) | (uint)v;
            }
            int bytes = chars * 5 / 8;
            for (int k = 0; k < bytes; k++) result.Add((byte)(block >> (32 - 8 * k)));
        }
        return new PyBytes(result);
    }

    /// <summary><c>binascii.Error</c>, which the decoders raise.</summary>
    public class BinasciiError : ValueError
    {
        public BinasciiError(params object?[] args) : base(args) { }
        public override string PythonTypeName => "binascii.Error";
    }
}
