#pragma warning disable CS8981, IDE1006 // Python's names.
using System.Security.Cryptography;

namespace Py2Cs.Runtime;

/// <summary>Python's <c>hashlib</c> for md5, sha1, sha256, sha384 and sha512.</summary>
[PyModule("hashlib")]
public static class hashlib
{
    public static Hash md5(object? data = null, bool usedforsecurity = true) => new("md5", data);
    public static Hash sha1(object? data = null, bool usedforsecurity = true) => new("sha1", data);
    public static Hash sha256(object? data = null, bool usedforsecurity = true) => new("sha256", data);
    public static Hash sha384(object? data = null, bool usedforsecurity = true) => new("sha384", data);
    public static Hash sha512(object? data = null, bool usedforsecurity = true) => new("sha512", data);

    public static Hash @new(string name, object? data = null, bool usedforsecurity = true) => new(name.ToLowerInvariant(), data);

    public static PyFrozenSet<string> algorithms_guaranteed => new(["md5", "sha1", "sha256", "sha384", "sha512"]);

    /// <summary>A hash object: <c>update</c>, <c>digest</c>, <c>hexdigest</c>, <c>copy</c>.</summary>
    public sealed class Hash : PyObject
    {
        private readonly List<byte> data = new();

        internal Hash(string name, object? initial)
        {
            this.name = name;
            (digest_size, block_size) = name switch
            {
                "md5" => (16L, 64L),
                "sha1" => (20L, 64L),
                "sha256" => (32L, 64L),
                "sha384" => (48L, 128L),
                "sha512" => (64L, 128L),
                _ => throw new ValueError($"unsupported hash type {name}"),
            };
            if (initial is not null) update(initial);
        }

        public string name { get; }
        public long digest_size { get; }
        public long block_size { get; }

        public void update(object data)
        {
            if (data is string) throw new TypeError("Strings must be encoded before hashing");
            this.data.AddRange(PyBytesLike.BytesOf(data));
        }

        private byte[] Compute()
        {
            var bytes = data.ToArray();
            return name switch
            {
                "md5" => MD5.HashData(bytes),
                "sha1" => SHA1.HashData(bytes),
                "sha256" => SHA256.HashData(bytes),
                "sha384" => SHA384.HashData(bytes),
                _ => SHA512.HashData(bytes),
            };
        }

        public PyBytes digest() => new(Compute());

        public string hexdigest() => Convert.ToHexStringLower(Compute());

        public Hash copy()
        {
            var clone = new Hash(name, null);
            clone.data.AddRange(data);
            return clone;
        }

        public override string __repr__() => $"<{name} _hashlib.HASH object @ {Py.FakeAddress(this)}>";
    }
}
