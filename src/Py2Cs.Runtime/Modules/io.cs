#pragma warning disable CS8981, IDE1006 // Python's names.
namespace Py2Cs.Runtime;

/// <summary>Python's <c>io</c> module: the in-memory streams <see cref="StringIO"/> and <see cref="BytesIO"/>.</summary>
[PyModule("io")]
public static partial class io
{
    public const long SEEK_SET = 0, SEEK_CUR = 1, SEEK_END = 2;

    /// <summary>The new position for <c>seek(offset, whence)</c>, with CPython's StringIO/BytesIO checks.</summary>
    internal static int Seek(long offset, long whence, int position, int length, bool text)
    {
        switch (whence)
        {
            case 0:
                if (offset < 0) throw new ValueError($"Negative seek position {offset}");
                return (int)offset;
            case 1:
                if (text && offset != 0) throw new OSError("Can't do nonzero cur-relative seeks");
                return (int)Math.Max(0, position + offset);
            case 2:
                if (text && offset != 0) throw new OSError("Can't do nonzero end-relative seeks");
                return (int)Math.Max(0, length + offset);
            default:
                throw new ValueError($"Invalid whence ({whence}, should be 0, 1 or 2)");
        }
    }
}
