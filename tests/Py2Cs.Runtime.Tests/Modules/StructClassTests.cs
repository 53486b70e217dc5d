using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Modules;

/// <summary>struct.Struct against CPython 3.11: the expected text is what python3 printed for the same calls.</summary>
public class StructClassTests
{
    [Fact]
    public void StructObjectMatchesCPython()
    {
        var s = new @struct.Struct("<hI");
        PrintedLines.Check("""
            ('<hI', 6, b'\xfe\xff\x07\x00\x00\x00', (-2, 7), (1, 2), [(1,), (2,)])
            error: pack expected 2 items for packing (got 1)
            """,
            () => (s.format, s.size, s.pack(-2L, 7L), s.unpack(new PyBytes([0xfe, 0xff, 7, 0, 0, 0])),
                s.unpack_from(new PyBytes([(byte)'x', (byte)'x', 1, 0, 2, 0, 0, 0]), 2),
                new PyList<PyTuple>(new @struct.Struct(">H").iter_unpack(new PyBytes([0, 1, 0, 2])))),
            () => s.pack(1L));
    }
}
