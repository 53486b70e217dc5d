using Py2Cs.Runtime;
using B = Py2Cs.Runtime.Builtins;

namespace Py2Cs.Runtime.Tests.Modules;

/// <summary>memoryview, sys.version_info and math.dist against CPython 3.11: the expected text is what python3 printed for
/// the same operations (a view shares its bytearray's bytes; slices are views; CPython's error messages).</summary>
public class MemoryViewTests
{
    private static PyBytes Bytes(string latin1) => new(latin1.Select(c => (byte)c));

    private static PyTuple T(params object?[] items) => new(items);

    private static Slice S(long? start, long? stop, long? step = null) => new(start, stop, step);

    [Fact]
    public void ViewsReadAndWriteTheirBufferAsCPythonDoes()
    {
        var b = new PyByteArray(Bytes("abcdef"));
        var m = new PyMemoryView(b);
        PrintedLines.Check("""
            (98, 102, b'bcd', [97, 99, 101], 3, 6, False, 'B', 1, 1, (6,), True)
            (bytearray(b'AbCDef'), True, True, True, '416243446566', '41:62:43:44:65:66', [101, 102], b'feDCbA')
            (b'xAb', bytearray(b'bC'), b'AbCDef')
            ValueError: memoryview: invalid value for format 'B'
            ValueError: memoryview assignment: lvalue and rvalue have different structures
            TypeError: cannot modify read-only memory
            TypeError: memoryview: a bytes-like object is required, not 'str'
            IndexError: index out of bounds on dimension 1
            ValueError: cannot hash writable memoryview object
            ValueError: operation forbidden on released memoryview object
            True
            """,
            () => T(m.__getitem__(1), m.__getitem__(-1), new PyBytes(m.__getitem__(S(1, 4))), m.__getitem__(S(null, null, 2)).tolist(),
                m.__getitem__(S(1, 4)).__len__(), m.nbytes, m.@readonly, m.format, m.itemsize, m.ndim, m.shape, ReferenceEquals(m.obj, b)),
            () =>
            {
                m.__setitem__(0, 65L);
                m.__setitem__(S(2, 4), Bytes("CD"));
                return T(b, m.__eq__(Bytes("AbCDef")), m.__eq__(m.__getitem__(S(null, null))), m.__getitem__(S(1, 3)).__eq__(new PyMemoryView(Bytes("bC"))),
                    m.hex(), m.hex(":"), new PyList<object?>(m.__getitem__(S(4, null))), new PyBytes(m.__getitem__(S(null, null, -1))));
            },
            () => T(Bytes("x").__add__(m.__getitem__(S(null, 2))), new PyByteArray(m.__getitem__(S(1, 3))), m.tobytes()),
            () => { m.__setitem__(0, 256L); return null; },
            () => { m.__setitem__(S(0, 2), Bytes("xyz")); return null; },
            () => { new PyMemoryView(Bytes("ro")).__setitem__(0, 1L); return null; },
            () => new PyMemoryView("s"),
            () => m.__getitem__(10),
            () => m.__hash__(),
            () =>
            {
                var v = new PyMemoryView(Bytes("abc"));
                using (var _ = new Released(v)) { }
                return v.__len__();
            },
            () => new PyMemoryView(Bytes("abc")).__hash__() == Py.Hash(Bytes("abc")));
    }

    private sealed class Released(PyMemoryView view) : IDisposable
    {
        public void Dispose() => view.__exit__(null, null, null);
    }

    [Fact]
    public void VersionInfoIsANamedTupleAsInCPython() => PrintedLines.Check("""
        sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)
        (3, 11, True, 'final', 'version_info')
        """,
        () => sys.version_info,
        () => T(sys.version_info.major, sys.version_info.minor, Py.Eq(sys.version_info, T(3L, 11L, 7L, "final", 0L)), sys.version_info[3], B.type_name(sys.version_info)));

    // math.dist takes any iterables of numbers: int tuples gave generated C# that did not compile (PYCS2001).
    [Fact]
    public void MathDistTakesIntTuples() => PrintedLines.Check("""
        (5.0, 3.905124837953327)
        ValueError: both points must have the same number of dimensions
        """,
        () => T(math.dist((0L, 0L), (3L, 4L)), math.dist(new PyList<object?> { 1.5, 2L, 3L }, (0L, 0L, 0L))),
        () => math.dist(T(1L), T(1L, 2L)));
}
