using Py2Cs.Runtime;
using B = Py2Cs.Runtime.Builtins;

namespace Py2Cs.Runtime.Tests.Modules;

/// <summary>bytes/bytearray and time formatting against CPython 3.11: the expected text is what python3 printed.</summary>
public class BytesAndTimeTests
{
    private static PyBytes Bytes(string latin1) => new(latin1.Select(c => (byte)c));

    private static PyTuple T(params object?[] items) => new(items);

    private static readonly PyBytes Raw = PyBytes.fromhex("46 49 4d 47 00 02 00 01 ff 00");

    private static PyBytesLike Slice(PyBytesLike b, long? start, long? stop, long? step = null) => b.__getitem__(new Slice(start, stop, step));

    [Fact]
    public void PrintedValuesMatchCPython()
    {
        var buf = new PyByteArray(Bytes("hello"));
        PrintedLines.Check(""""
            (b'FIMG\x00\x02\x00\x01\xff\x00', 'FIMG', [255, 0], 2, b'\x01\x02', b'a-bc', 3, 255, b'\x00\x00\x00')
            ('46 49 4d 47 00 02 00 01', 255, '46494d4700020001ff00', '4649:4d47:0002:0001:ff00', '61622763', 'b"it\'s"', b'q"\'', b'\x00\x7f\x80\xff\n\\')
            (b'HELLO', 2, True, 5, bytearray(b'hello'), bytearray(b'xy'), 98, b'cba', [b'a', b'b', b'', b'c'], b'x')
            (-257, b'\xff\xfe', True, True, b'xxx', b'\xc3\xa9', 'é', 'café')
            OverflowError: int too big to convert
            OverflowError: can't convert negative int to unsigned
            ValueError: non-hexadecimal number found in fromhex() arg at position 0
            UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
            IndexError: index out of range
            ValueError: bytes must be in range(0, 256)
            2000-01-01 12:00:00 Sat 001 GMT
            time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0)
            6
            Thu Jan  1 00:00:00 1970
            03:04
            bytearray(b'Hello!') 33 bytearray(b'Hello!')
            """",
            () => T(Raw, Slice(Raw, null, 4).decode("ascii"), new PyList<object?>(Slice(Raw, -2, null)), PyBytes.int_from_bytes(Slice(Raw, 4, 6), "big"), PyBytes.int_to_bytes(513L, 2, "little"), Bytes("-").join([Bytes("a"), Bytes("bc")]), Raw.count(0L), Raw.Max(x => (long)x!), new PyBytes(3L)),
            () => T(Slice(Raw, null, 8).hex(" "), Raw.__getitem__(8), Raw.hex(), Raw.hex(":", 2), Bytes("ab'c").hex(), B.repr(Bytes("it's")), Bytes("q\"'"), new PyBytes(new PyList<object?> { 0L, 127L, 128L, 255L, 10L, 92L })),
            () => T(new PyBytes(buf).upper(), buf.find(Bytes("l")), buf.__contains__(Bytes("lo")), Py.Len(buf), buf, new PyByteArray(Bytes("x")).__add__(Bytes("y")), Bytes("abc").__getitem__(1), Slice(Bytes("abc"), null, null, -1), Bytes("a,b,,c").split(Bytes(",")), Bytes("  x ").strip()),
            () => T(PyBytes.int_from_bytes(Bytes("\xff\xfe"), "little", signed: true), PyBytes.int_to_bytes(-2L, 2, "big", signed: true), Py.Eq(Bytes("abc"), new PyByteArray(Bytes("abc"))), Py.Lt(Bytes("abc"), Bytes("abd")), Py.Mul(Bytes("x"), 3L), "é".encode(), Bytes("\xc3\xa9").decode(), Bytes("caf\xc3\xa9").decode("utf-8")),
            () => PyBytes.int_to_bytes(1000L, 1, "big"), () => PyBytes.int_to_bytes(-1L, 1, "big"), () => PyBytes.fromhex("zz"), () => Bytes("\xff").decode(), () => Raw.__getitem__(20), () => new PyBytes(new PyList<object?> { 300L }),
            () => B.time.strftime("%Y-%m-%d %H:%M:%S %a %j %Z", B.time.gmtime(86400 * 365.25 * 30)), () => B.time.gmtime(0), () => B.time.gmtime(1e9).tm_wday, () => B.time.asctime(B.time.gmtime(0)),
            () => B.time.strftime("%H:%M", T(2024L, 1L, 2L, 3L, 4L, 5L, 0L, 2L, 0L)),
            () =>
            {
                buf.__iadd__(Bytes("!"));
                buf.__setitem__(0, 72L);
                buf.append(33L);
                // print(buf, buf.pop(), buf) shows buf after the pop both times: print formats after evaluating all arguments.
                long popped = buf.pop();
                return $"{B.str(buf)} {popped} {B.str(buf)}";
            });
    }
}
