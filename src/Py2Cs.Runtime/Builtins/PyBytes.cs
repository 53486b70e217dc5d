using System.Numerics;

namespace Py2Cs.Runtime;

/// <summary>Python's immutable <c>bytes</c>.</summary>
[PyName("bytes")]
public sealed class PyBytes : PyBytesLike, IPyHashable, IPyFrozen
{
    public PyBytes(IEnumerable<byte> data) : base(data) { }

    /// <summary><c>bytes()</c>, <c>bytes(3)</c>, <c>bytes([1, 2])</c>, <c>bytes("x", "ascii")</c>, <c>bytes(other)</c>.</summary>
    public PyBytes(object? source = null, string? encoding = null) : base(Source(source, encoding, "bytes")) { }

    private protected override PyBytesLike Make(IEnumerable<byte> data) => new PyBytes(data);

    public static PyBytes fromhex(string @string) => new(ParseHex(@string));

    /// <summary>A bytes literal as generated code writes it: each char of the string is one byte (0-255).</summary>
    public static PyBytes FromLiteral(string latin1) => new(latin1.Select(static c => checked((byte)c)));

    public override string __repr__() => Literal();

    public long __hash__() => PythonHash();

    public long PythonHash()
    {
        // FNV-1a: deterministic (CPython randomises bytes hashes per process, so no program can print one).
        ulong h = 14695981039346656037UL;
        foreach (byte b in Data) { h ^= b; h *= 1099511628211UL; }
        long r = (long)(h >> 1);
        return r == -1 ? -2 : r;
    }

    public override bool Equals(object? obj) => obj is PyBytesLike or byte[] && Data.SequenceEqual(BytesOf(obj));

    public override int GetHashCode() => (int)PythonHash();

    /// <summary><c>int.from_bytes(bytes, byteorder='big', *, signed=False)</c>.</summary>
    public static object int_from_bytes(object? bytes, string byteorder = "big", bool signed = false)
    {
        byte[] raw = bytes is PyBytesLike or byte[] ? BytesOf(bytes) : Py.Iter(bytes).Select(ByteValue).ToArray();
        bool big = ByteOrder(byteorder);
        return Py.Int(new BigInteger(raw, isUnsigned: !signed, isBigEndian: big));
    }

    /// <summary><c>int.to_bytes(length=1, byteorder='big', *, signed=False)</c> with CPython's OverflowError messages.</summary>
    public static PyBytes int_to_bytes(object? value, long length = 1, string byteorder = "big", bool signed = false)
    {
        var n = Py.ToBig(value);
        bool big = ByteOrder(byteorder);
        if (!signed && n.Sign < 0) throw new OverflowError("can't convert negative int to unsigned");
        if (length < 0) throw new ValueError("length argument must be non-negative");
        var minimal = n.IsZero ? [] : n.ToByteArray(isUnsigned: !signed, isBigEndian: false);
        if (minimal.Length > length) throw new OverflowError("int too big to convert");
        var result = new byte[length];
        byte fill = n.Sign < 0 ? (byte)0xFF : (byte)0;
        for (int i = 0; i < length; i++) result[i] = i < minimal.Length ? minimal[i] : fill;
        if (big) Array.Reverse(result);
        return new PyBytes(result);
    }

    private static bool ByteOrder(string byteorder) => byteorder switch
    {
        "big" => true,
        "little" => false,
        _ => throw new ValueError("byteorder must be either 'little' or 'big'"),
    };
}
