#pragma warning disable CS8981, IDE1006 // Python's names.
using System.IO.Compression;

namespace Py2Cs.Runtime;

/// <summary>Python's <c>zlib</c>: the checksums (exactly CPython's values) and compress/decompress (a valid zlib
/// stream that round-trips; the compressed bytes themselves may differ from CPython's zlib build).</summary>
[PyModule("zlib")]
public static class zlib
{
    private static readonly uint[] CrcTable = Enumerable.Range(0, 256).Select(n =>
    {
        uint c = (uint)n;
        for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        return c;
    }).ToArray();

    public static long crc32(object data, long value = 0)
    {
        uint crc = ~(uint)value;
        foreach (byte b in PyBytesLike.BytesOf(data)) crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return ~crc;
    }

    public static long adler32(object data, long value = 1)
    {
        uint a = (uint)value & 0xFFFF, b = ((uint)value >> 16) & 0xFFFF;
        foreach (byte x in PyBytesLike.BytesOf(data))
        {
            a = (a + x) % 65521;
            b = (b + a) % 65521;
        }
        return (b << 16) | a;
    }

    public static PyBytes compress(object data, long level = -1)
    {
        using var output = new MemoryStream();
        var compression = level switch { 0 => CompressionLevel.NoCompression, >= 1 and <= 3 => CompressionLevel.Fastest, 9 => CompressionLevel.SmallestSize, _ => CompressionLevel.Optimal };
        using (var z = new ZLibStream(output, compression, leaveOpen: true)) z.Write(PyBytesLike.BytesOf(data));
        return new PyBytes(output.ToArray());
    }

    public static PyBytes decompress(object data, long wbits = 15, long bufsize = 16384)
    {
        try
        {
            using var input = new MemoryStream(PyBytesLike.BytesOf(data));
            using var z = new ZLibStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            z.CopyTo(output);
            return new PyBytes(output.ToArray());
        }
        catch (InvalidDataException)
        {
            throw new error("Error -3 while decompressing data: incorrect header check");
        }
    }

    /// <summary><c>zlib.error</c>.</summary>
    public class error : PyException
    {
        public error(params object?[] args) : base(args) { }
        public override string PythonTypeName => "zlib.error";
    }
}
