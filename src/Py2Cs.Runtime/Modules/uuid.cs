#pragma warning disable CS8981, IDE1006 // Python's names.
using System.Numerics;
using System.Security.Cryptography;

namespace Py2Cs.Runtime;

/// <summary>
/// Python's <c>uuid</c>: the <c>UUID</c> class (from a hex string, <c>bytes=</c> or <c>int=</c>; <c>str</c>, repr,
/// <c>hex</c>, <c>int</c>, <c>bytes</c>, <c>version</c>, <c>variant</c>, comparisons, hash), name-based
/// <c>uuid3</c>/<c>uuid5</c> (identical to CPython's), random <c>uuid4</c>, <c>uuid1</c>, and the four namespaces.
/// </summary>
[PyModule("uuid")]
public static class uuid
{
    public const string RESERVED_NCS = "reserved for NCS compatibility";
    public const string RFC_4122 = "specified in RFC 4122";
    public const string RESERVED_MICROSOFT = "reserved for Microsoft compatibility";
    public const string RESERVED_FUTURE = "reserved for future definition";

    public static readonly UUID NAMESPACE_DNS = new("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
    public static readonly UUID NAMESPACE_URL = new("6ba7b811-9dad-11d1-80b4-00c04fd430c8");
    public static readonly UUID NAMESPACE_OID = new("6ba7b812-9dad-11d1-80b4-00c04fd430c8");
    public static readonly UUID NAMESPACE_X500 = new("6ba7b814-9dad-11d1-80b4-00c04fd430c8");

    public sealed class UUID : PyObject
    {
        readonly byte[] _bytes;

        public UUID(string? hex = null, PyBytes? bytes = null, object? @int = null, long? version = null)
        {
            if (new object?[] { hex, bytes, @int }.Count(x => x is not null) != 1)
                throw new TypeError("one of the hex, bytes, bytes_le, fields, or int arguments must be given");
            if (hex is not null)
            {
                string digits = hex.Replace("urn:", "").Replace("uuid:", "").Trim('{', '}').Replace("-", "");
                if (digits.Length != 32 || !digits.All(Uri.IsHexDigit)) throw new ValueError("badly formed hexadecimal UUID string");
                _bytes = Convert.FromHexString(digits);
            }
            else if (bytes is not null)
            {
                _bytes = bytes.ToArray();
                if (_bytes.Length != 16) throw new ValueError("bytes is not a 16-char string");
            }
            else
            {
                var value = @int is long l ? new BigInteger(l) : (BigInteger)@int!;
                if (value < 0 || value >= BigInteger.One << 128) throw new ValueError("int is out of range (need a 128-bit value)");
                var big = value.ToByteArray(isUnsigned: true, isBigEndian: true);
                _bytes = new byte[16];
                big.CopyTo(_bytes, 16 - big.Length);
            }
            if (version is { } v)
            {
                if (v is < 1 or > 5) throw new ValueError("illegal version number");
                _bytes[8] = (byte)((_bytes[8] & 0x3f) | 0x80);
                _bytes[6] = (byte)((_bytes[6] & 0x0f) | (int)(v << 4));
            }
        }

        internal UUID(byte[] bytes, long version) : this(bytes: new PyBytes(bytes), version: version) { }

        public string hex => Convert.ToHexString(_bytes).ToLowerInvariant();

        public object @int => Py.Int(new BigInteger(_bytes, isUnsigned: true, isBigEndian: true));

        public PyBytes bytes => new((byte[])_bytes.Clone());

        public string urn => "urn:uuid:" + __str__();

        public string variant => (_bytes[8] & 0x80) == 0 ? RESERVED_NCS : (_bytes[8] & 0x40) == 0 ? RFC_4122
            : (_bytes[8] & 0x20) == 0 ? RESERVED_MICROSOFT : RESERVED_FUTURE;

        public long? version => variant == RFC_4122 ? _bytes[6] >> 4 : null;

        public override string __str__()
        {
            string h = hex;
            return $"{h[..8]}-{h[8..12]}-{h[12..16]}-{h[16..20]}-{h[20..]}";
        }

        public override string __repr__() => $"UUID('{__str__()}')";
        public object __eq__(object? other) => other is UUID u ? Compare(u) == 0 : Builtins.NotImplemented;
        public long __hash__() => Py.Hash(@int);
        public object __lt__(object? other) => other is UUID u ? Compare(u) < 0 : Builtins.NotImplemented;
        public object __le__(object? other) => other is UUID u ? Compare(u) <= 0 : Builtins.NotImplemented;
        public object __gt__(object? other) => other is UUID u ? Compare(u) > 0 : Builtins.NotImplemented;
        public object __ge__(object? other) => other is UUID u ? Compare(u) >= 0 : Builtins.NotImplemented;
        int Compare(UUID other) => _bytes.AsSpan().SequenceCompareTo(other._bytes);
    }

    static byte[] NameBytes(UUID @namespace, string name) => [.. @namespace.bytes.ToArray(), .. System.Text.Encoding.UTF8.GetBytes(name)];

    public static UUID uuid3(UUID @namespace, string name) => new(MD5.HashData(NameBytes(@namespace, name))[..16], 3);

    public static UUID uuid5(UUID @namespace, string name) => new(SHA1.HashData(NameBytes(@namespace, name))[..16], 5);

    public static UUID uuid4() => new(RandomNumberGenerator.GetBytes(16), 4);

    /// <summary>A time-based UUID: 100 ns ticks since 1582-10-15, a random clock sequence and a random node (CPython uses the MAC address).</summary>
    public static UUID uuid1(object? node = null, object? clock_seq = null)
    {
        long ticks = (DateTime.UtcNow - new DateTime(1582, 10, 15, 0, 0, 0, DateTimeKind.Utc)).Ticks;
        var b = new byte[16];
        BitConverter.GetBytes((uint)ticks).Reverse().ToArray().CopyTo(b, 0);
        BitConverter.GetBytes((ushort)(ticks >> 32)).Reverse().ToArray().CopyTo(b, 4);
        BitConverter.GetBytes((ushort)((ticks >> 48) & 0x0fff)).Reverse().ToArray().CopyTo(b, 6);
        RandomNumberGenerator.GetBytes(8).CopyTo(b, 8);
        return new(b, 1);
    }
}
