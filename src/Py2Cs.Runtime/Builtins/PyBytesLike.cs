using System.Collections;
using System.Numerics;
using System.Text;

namespace Py2Cs.Runtime;

/// <summary>
/// What <c>bytes</c> and <c>bytearray</c> share: a sequence of ints 0..255 with str-like methods that
/// work on bytes. Indexing gives an int, slicing gives the same type; methods that build a new
/// sequence return the receiver's type (<c>bytearray.upper()</c> is a bytearray), as in CPython.
/// </summary>
public abstract class PyBytesLike : PyObject, IEnumerable<object?>
{
    private protected List<byte> Data;

    private protected PyBytesLike(IEnumerable<byte> data) { Data = new List<byte>(data); }

    /// <summary>A new value of the receiver's type.</summary>
    private protected abstract PyBytesLike Make(IEnumerable<byte> data);

    public byte[] ToArray() => Data.ToArray();

    public int Count => Data.Count;

    /// <summary>The live buffer a memoryview of this value reads and writes.</summary>
    internal List<byte> Buffer => Data;

    /// <summary>The bytes of any bytes-like value (bytes, bytearray, a CLR byte[]).</summary>
    public static byte[] BytesOf(object? value, string what = "a bytes-like object") => value switch
    {
        PyBytesLike b => b.ToArray(),
        PyMemoryView view => view.ToArray(),
        byte[] raw => raw,
        _ => throw new TypeError($"{what} is required, not '{Builtins.type_name(value)}'"),
    };

    internal static bool IsBytesLike(object? value) => value is PyBytesLike or PyMemoryView or byte[];

    /// <summary>The initial contents for <c>bytes(x)</c> / <c>bytearray(x)</c>.</summary>
    private protected static IEnumerable<byte> Source(object? source, string? encoding, string typeName)
    {
        switch (source)
        {
            case null: return [];
            case string s:
                if (encoding is null) throw new TypeError("string argument without an encoding");
                return s.encode(encoding).ToArray();
            case PyBytesLike or PyMemoryView or byte[]: return BytesOf(source);
            case bool or long or int or BigInteger:
                long n = (long)Py.ToBig(source);
                if (n < 0) throw new ValueError("negative count");
                return new byte[n];
        }
        if (source is IEnumerable || source is PyObject)
            return Py.Iter(source).Select(item => ByteValue(item, "bytes must be in range(0, 256)")).ToArray();
        throw new TypeError($"cannot convert '{Builtins.type_name(source)}' object to {typeName}");
    }

    private protected static byte ByteValue(object? item) => ByteValue(item, "byte must be in range(0, 256)");

    private protected static byte ByteValue(object? item, string rangeMessage)
    {
        if (!Py.IsInt(item)) throw new TypeError($"'{Builtins.type_name(item)}' object cannot be interpreted as an integer");
        var v = Py.ToBig(item);
        if (v < 0 || v > 255) throw new ValueError(rangeMessage);
        return (byte)v;
    }

    public long __len__() => Data.Count;

    public bool __bool__() => Data.Count > 0;

    public long __getitem__(long index)
    {
        long i = index < 0 ? index + Data.Count : index;
        if (i < 0 || i >= Data.Count) throw new IndexError("index out of range");
        return Data[(int)i];
    }

    public PyBytesLike __getitem__(Slice slice)
    {
        var (start, _, step, count) = slice.Indices(Data.Count);
        var result = new byte[count];
        for (long k = 0; k < count; k++) result[k] = Data[(int)(start + k * step)];
        return Make(result);
    }

    public IEnumerator<object?> GetEnumerator()
    {
        for (int i = 0; i < Data.Count; i++) yield return (long)Data[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public IEnumerable<object?> __iter__() => this;

    public bool __contains__(object? item)
    {
        if (Py.IsInt(item)) return Data.Contains(ByteValue(item));
        return find(item) >= 0;
    }

    public object __add__(object? other) =>
        IsBytesLike(other) ? Make([.. Data, .. BytesOf(other)])
        : throw new TypeError($"can't concat {Builtins.type_name(other)} to {Builtins.type_name(this)}");

    public PyBytesLike __mul__(long count) => Make(Enumerable.Repeat(Data, (int)Math.Max(0, count)).SelectMany(d => d));

    public PyBytesLike __rmul__(long count) => __mul__(count);

    public object __eq__(object? other) => IsBytesLike(other) ? Data.SequenceEqual(BytesOf(other)) : Builtins.NotImplemented;

    public object __ne__(object? other) => IsBytesLike(other) ? !Data.SequenceEqual(BytesOf(other)) : Builtins.NotImplemented;

    private int CompareTo(object? other) => Compare(Data, BytesOf(other));

    private static int Compare(IReadOnlyList<byte> a, IReadOnlyList<byte> b)
    {
        for (int i = 0; i < Math.Min(a.Count, b.Count); i++)
            if (a[i] != b[i]) return a[i].CompareTo(b[i]);
        return a.Count.CompareTo(b.Count);
    }

    public bool __lt__(object? other) => CompareTo(other) < 0;
    public bool __le__(object? other) => CompareTo(other) <= 0;
    public bool __gt__(object? other) => CompareTo(other) > 0;
    public bool __ge__(object? other) => CompareTo(other) >= 0;

    /// <summary>The b'...' literal CPython prints.</summary>
    private protected string Literal() => Builtins.repr(Data.ToArray());

    public override string __str__() => __repr__();

    /// <summary><c>hex(sep='', bytes_per_sep=1)</c>: groups counted from the right, as CPython does.</summary>
    public string hex(string? sep = null, long bytes_per_sep = 1)
    {
        var digits = Data.Select(b => b.ToString("x2")).ToList();
        if (string.IsNullOrEmpty(sep) || digits.Count == 0) return string.Concat(digits);
        if (sep.Length != 1) throw new ValueError("sep must be length 1.");
        long per = Math.Abs(bytes_per_sep);
        if (per == 0) return string.Concat(digits);
        var groups = new List<string>();
        if (bytes_per_sep > 0)
            for (int end = digits.Count; end > 0; end -= (int)per)
                groups.Insert(0, string.Concat(digits.Skip(Math.Max(0, end - (int)per)).Take(end - Math.Max(0, end - (int)per))));
        else
            for (int start = 0; start < digits.Count; start += (int)per)
                groups.Add(string.Concat(digits.Skip(start).Take((int)per)));
        return string.Join(sep, groups);
    }

    /// <summary>Parses hex digit pairs, skipping whitespace between pairs (<c>bytes.fromhex</c>).</summary>
    private protected static byte[] ParseHex(string text)
    {
        var result = new List<byte>();
        int i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            if (i + 1 >= text.Length || !Uri.IsHexDigit(text[i]) || !Uri.IsHexDigit(text[i + 1]))
            {
                int bad = i + 1 < text.Length && Uri.IsHexDigit(text[i]) ? i + 1 : i;
                throw new ValueError($"non-hexadecimal number found in fromhex() arg at position {bad}");
            }
            result.Add(Convert.ToByte(text.Substring(i, 2), 16));
            i += 2;
        }
        return result.ToArray();
    }

    public string decode(string encoding = "utf-8", string errors = "strict")
    {
        var raw = Data.ToArray();
        string name = encoding.ToLowerInvariant().Replace("_", "-");
        switch (name)
        {
            case "utf-8" or "utf8":
                try { return new UTF8Encoding(false, throwOnInvalidBytes: errors == "strict").GetString(raw); }
                catch (DecoderFallbackException e)
                {
                    int pos = e.Index < 0 ? 0 : e.Index;
                    throw new UnicodeDecodeError($"'utf-8' codec can't decode byte 0x{raw[pos]:x2} in position {pos}: invalid start byte");
                }
            case "ascii":
                for (int i = 0; i < raw.Length; i++)
                    if (raw[i] > 0x7F && errors == "strict")
                        throw new UnicodeDecodeError($"'ascii' codec can't decode byte 0x{raw[i]:x2} in position {i}: ordinal not in range(128)");
                return new string(raw.Select(b => b > 0x7F ? '\uFFFD' : (char)b).ToArray());
            case "latin-1" or "latin1" or "iso-8859-1":
                return Encoding.Latin1.GetString(raw);
            default:
                throw new LookupError($"unknown encoding: {encoding}");
        }
    }

    private static byte Upper(byte b) => b is >= (byte)'a' and <= (byte)'z' ? (byte)(b - 32) : b;
    private static byte Lower(byte b) => b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b + 32) : b;
    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0b or 0x0c;

    public PyBytesLike upper() => Make(Data.Select(Upper));
    public PyBytesLike lower() => Make(Data.Select(Lower));

    public PyBytesLike strip(object? chars = null) => lstrip(chars).rstrip(chars);

    public PyBytesLike lstrip(object? chars = null)
    {
        var set = chars is null ? null : BytesOf(chars);
        int i = 0;
        while (i < Data.Count && (set is null ? IsSpace(Data[i]) : set.Contains(Data[i]))) i++;
        return Make(Data.Skip(i));
    }

    public PyBytesLike rstrip(object? chars = null)
    {
        var set = chars is null ? null : BytesOf(chars);
        int n = Data.Count;
        while (n > 0 && (set is null ? IsSpace(Data[n - 1]) : set.Contains(Data[n - 1]))) n--;
        return Make(Data.Take(n));
    }

    private byte[] Needle(object? sub) => Py.IsInt(sub) ? [ByteValue(sub)] : BytesOf(sub, "argument should be integer or bytes-like object, not");

    private (int Start, int End) Range(long? start, long? end)
    {
        var (s, e, _, _) = new Slice(start, end).Indices(Data.Count);
        return ((int)s, (int)Math.Max(s, e));
    }

    private int IndexOf(byte[] needle, int start, int end)
    {
        for (int i = start; i + needle.Length <= end; i++)
        {
            int k = 0;
            while (k < needle.Length && Data[i + k] == needle[k]) k++;
            if (k == needle.Length) return i;
        }
        return -1;
    }

    public long find(object? sub, long? start = null, long? end = null)
    {
        var (s, e) = Range(start, end);
        return IndexOf(Needle(sub), s, e);
    }

    public long rfind(object? sub, long? start = null, long? end = null)
    {
        var needle = Needle(sub);
        var (s, e) = Range(start, end);
        for (int i = e - needle.Length; i >= s; i--)
            if (IndexOf(needle, i, i + needle.Length) == i) return i;
        return -1;
    }

    public long index(object? sub, long? start = null, long? end = null)
    {
        long i = find(sub, start, end);
        return i >= 0 ? i : throw new ValueError("subsection not found");
    }

    public long count(object? sub, long? start = null, long? end = null)
    {
        var needle = Needle(sub);
        var (s, e) = Range(start, end);
        if (needle.Length == 0) return e - s + 1;
        long n = 0;
        for (int i = IndexOf(needle, s, e); i >= 0; i = IndexOf(needle, i + needle.Length, e)) n++;
        return n;
    }

    public bool startswith(object? prefix) =>
        prefix is PyTuple t ? t.Items.Any(startswith) : Data.Take(BytesOf(prefix).Length).SequenceEqual(BytesOf(prefix)) && Data.Count >= BytesOf(prefix).Length;

    public bool endswith(object? suffix) =>
        suffix is PyTuple t ? t.Items.Any(endswith) : Data.Count >= BytesOf(suffix).Length && Data.Skip(Data.Count - BytesOf(suffix).Length).SequenceEqual(BytesOf(suffix));

    public PyBytesLike join(IEnumerable<object?> parts)
    {
        var result = new List<byte>();
        int i = 0;
        foreach (var part in parts)
        {
            if (!IsBytesLike(part)) throw new TypeError($"sequence item {i}: expected a bytes-like object, {Builtins.type_name(part)} found");
            if (i++ > 0) result.AddRange(Data);
            result.AddRange(BytesOf(part));
        }
        return Make(result);
    }

    public PyBytesLike replace(object? old, object? @new, long count = -1)
    {
        var from = BytesOf(old);
        var to = BytesOf(@new);
        var result = new List<byte>();
        int i = 0;
        long done = 0;
        while (i <= Data.Count)
        {
            int at = (count < 0 || done < count) && from.Length > 0 ? IndexOf(from, i, Data.Count) : -1;
            if (at < 0) { result.AddRange(Data.Skip(i)); break; }
            result.AddRange(Data.Skip(i).Take(at - i));
            result.AddRange(to);
            i = at + from.Length;
            done++;
        }
        return Make(result);
    }

    public PyList<object> split(object? sep = null, long maxsplit = -1)
    {
        var parts = new PyList<object>();
        if (sep is null)
        {
            int i = 0;
            while (true)
            {
                while (i < Data.Count && IsSpace(Data[i])) i++;
                if (i >= Data.Count) break;
                if (maxsplit >= 0 && parts.Count >= maxsplit)
                {
                    parts.Add(Make(Data.Skip(i)).rstrip());
                    break;
                }
                int start = i;
                while (i < Data.Count && !IsSpace(Data[i])) i++;
                parts.Add(Make(Data.Skip(start).Take(i - start)));
            }
            return parts;
        }
        var needle = BytesOf(sep);
        if (needle.Length == 0) throw new ValueError("empty separator");
        int from = 0;
        while (maxsplit < 0 || parts.Count < maxsplit)
        {
            int at = IndexOf(needle, from, Data.Count);
            if (at < 0) break;
            parts.Add(Make(Data.Skip(from).Take(at - from)));
            from = at + needle.Length;
        }
        parts.Add(Make(Data.Skip(from)));
        return parts;
    }

    public bool isdigit() => Data.Count > 0 && Data.All(b => b is >= (byte)'0' and <= (byte)'9');
    public bool isalpha() => Data.Count > 0 && Data.All(b => Upper(b) is >= (byte)'A' and <= (byte)'Z');
    public bool isspace() => Data.Count > 0 && Data.All(IsSpace);
}
