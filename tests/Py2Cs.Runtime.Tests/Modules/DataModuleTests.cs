using Py2Cs.Runtime;
using B = Py2Cs.Runtime.Builtins;
using F = Py2Cs.Runtime.fractions.Fraction;

namespace Py2Cs.Runtime.Tests.Modules;

/// <summary>csv, io, struct, zlib, hashlib, base64 and fractions against CPython 3.11: the expected text is what
/// python3 printed for the same calls (tests/.../misc.py in the commit message's words: one print per case).</summary>
public class DataModuleTests
{
    private static PyBytes Bytes(string latin1) => new(latin1.Select(c => (byte)c));

    private static PyTuple T(params object?[] items) => new(items);

    private static PyList<object?> ListOf(object? iterable) => new(Py.Iter(iterable));

    private static string P(params object?[] items) => string.Join(" ", items.Select(B.str));

    [Fact]
    public void PrintedValuesMatchCPython() => PrintedLines.Check(""""
        [['sku', 'store', 'qty'], ['A-1', 'North, main', '3'], ['say "hi"', 'x', ''], [], ['last', 'multi\nline', '7']]
        [['a', 'b', 'c'], ['1', '2', '3']]
        [{'name': 'bolt', 'qty': '3'}, {'name': 'nut', 'qty': None}, {'name': 'washer', 'qty': '5'}]
        [[1.0, 'x', 2.5]]
        b'\x00\x02\x00\x01'
        b'\xfe\xff\xff\xff\x03\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xf8?\x01'
        b'\x01\x00\x00\x00\x02\x00\x00\x00'
        8
        5
        7
        b'ab\x00'
        b'?\x8c\xcc\xcd'
        (2, 1)
        (1, -1, b'z')
        b'\x00>'
        error: 'H' format requires 0 <= number <= 65535
        error: 'h' format requires -32768 <= number <= 32767
        error: byte format requires -128 <= number <= 127
        error: argument out of range
        error: unpack requires a buffer of 2 bytes
        error: pack expected 2 items for packing (got 1)
        error: required argument is not an integer
        error: int too large to convert
        (907060870, 103547413, 222957957, 'b07fa5cc')
        ('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', 'd41d8cd98f00b204e9800998ecf8427e', b'\xa9\x99>6', '9dd4e461268c8034f5c8564e155c67a6', '1f40fc92da2416947509')
        (b'aGVsbG8/Pg==', b'hello?>', b'aGVsbG8_Pg==', b'01AB', b'MFRGG===', b'hi', b'abc')
        Error: Incorrect padding
        b'aaaaaaaaaa'
        (Fraction(5, 6), Fraction(3, 2), -4, Fraction(1, 2), 2, 4, Fraction(3, 4), Fraction(1, 3), 'Fraction(3, 2)', 0.8333333333333333, Fraction(2, 3), Fraction(4, 9), Fraction(9, 4), 4)
        (Fraction(5, 4), Fraction(-1, 50), Fraction(355, 113), 5, 0.3333333333333333, True, True, True, Fraction(5, 1), Fraction(157, 50), -3)
        ZeroDivisionError: Fraction(1, 0)
        ValueError: Invalid literal for Fraction: 'x/y'
        'sku,note,3,2.5,,"say ""hi""","a,b",\n""\n1,2\n"x\ny"\na,b\r\n1,-\r\n-,q\r\n"a","1"\r\n"a",1,2.0\r\n'
        line1
         lin 9 ['e2\n', 'line3'] 0 ['line1\n', 'line2\n', 'line3'] line1
        5 1 2 hEYlo lo 5
        b'ab\n' b'cd' b'ab\ncd' 1 b'ab\ncd!'
        ValueError: I/O operation on closed file
        """",
        () => ListOf(csv.reader(new io.StringIO("sku,store,qty\nA-1,\"North, main\",3\n\"say \"\"hi\"\"\",x,\n\nlast,\"multi\nline\",7\n"))),
        () => ListOf(csv.reader(new io.StringIO("a; b;c\n1;2;3\n"), delimiter: ";", skipinitialspace: true)),
        () => ListOf(new csv.DictReader(new io.StringIO("name,qty\nbolt,3\nnut\n\nwasher,5\n"))),
        () => ListOf(csv.reader(new PyList<string> { "1,\"x\",2.5" }, quoting: csv.QUOTE_NONNUMERIC)),
        () => @struct.pack(">HH", 2L, 1L), () => @struct.pack("<iqd?", -2L, 3L, 1.5, true), () => @struct.pack("@bi", 1L, 2L), () => @struct.calcsize("@bi"), () => @struct.calcsize("<bi"),
        () => @struct.calcsize("2h3s"), () => @struct.pack("3s", Bytes("ab")), () => @struct.pack(">f", 1.1), () => @struct.unpack(">HH", Bytes("\x00\x02\x00\x01")), () => @struct.unpack("<2hcx", Bytes("\x01\x00\xff\xffz\x00")), () => @struct.pack("e", 1.5),
        () => @struct.pack(">H", 70000L), () => @struct.pack(">h", 40000L), () => @struct.pack(">b", 200L), () => @struct.pack(">I", -1L), () => @struct.unpack(">H", Bytes("\x00")), () => @struct.pack(">HH", 1L), () => @struct.pack(">H", 1.5), () => @struct.pack(">q", System.Numerics.BigInteger.Pow(2, 63)),
        () => T(zlib.crc32(Bytes("hello")), zlib.adler32(Bytes("hello")), zlib.crc32(Bytes("world"), zlib.crc32(Bytes("hello "))), B.format(zlib.crc32(Bytes("blob")), "08x")),
        () => T(hashlib.sha256(Bytes("abc")).hexdigest(), hashlib.md5(Bytes("")).hexdigest(), hashlib.sha1(Bytes("abc")).digest().__getitem__(new Slice(null, 4)), hashlib.@new("md5", Bytes("x")).hexdigest(), hashlib.sha512(Bytes("a")).hexdigest()[..20]),
        () => T(base64.b64encode(Bytes("hello?>")), base64.b64decode("aGVsbG8/Pg=="), base64.urlsafe_b64encode(Bytes("hello?>")), base64.b16encode(Bytes("\x01\xab")), base64.b32encode(Bytes("abc")), base64.b64decode(Bytes("aGk=")), base64.b32decode(Bytes("MFRGG==="))),
        () => base64.b64decode("abc"), () => zlib.decompress(zlib.compress(Bytes("aaaaaaaaaa"))),
        () => T(Py.Add(new F(1L, 2L), new F(1L, 3L)), Py.Mul(new F(3L, 4L), 2L), Py.FloorDiv(new F(-7L, 2L), 1L), Py.Mod(new F(-7L, 2L), 1L), new F(5L, 2L).__round__(), new F(7L, 2L).__round__(), new F(0.75), new F("3/9"), B.repr(new F(6L, 4L)), Py.Add(new F(1L, 3L), 0.5), Py.Sub(1L, new F(1L, 3L)), Py.Pow(new F(2L, 3L), 2L), Py.Pow(new F(2L, 3L), -2L), Py.Pow(2L, new F(2L))),
        () => T(new F("1.25"), new F("-2e-2"), new F(3.14159).limit_denominator(1000L), new F(10L, 4L).numerator, new F(1L, 3L).__float__(), Py.Eq(new F(1L, 2L), 0.5), Py.Lt(new F(1L, 3L), 0.34), B.hash(new F(1L, 2L)) == B.hash(0.5), new F(5L, 1L), new F(22L, 7L).__round__(2), new F(-7L, 2L).__int__()),
        () => new F(1L, 0L), () => new F("x/y"),
        () =>
        {
            var output = new io.StringIO();
            var w = csv.writer(output, lineterminator: "\n");
            w.writerow(new PyList<object?> { "sku", "note", 3L, 2.5, null, "say \"hi\"", "a,b", "" });
            w.writerow(new PyList<object?> { "" });
            w.writerows(new PyList<object?> { new PyList<object?> { 1L, 2L }, new PyList<object?> { "x\ny" } });
            var dw = new csv.DictWriter(output, fieldnames: new PyList<object?> { "a", "b" }, restval: "-");
            dw.writeheader();
            dw.writerow(new PyDict<object, object?> { ["a"] = 1L });
            dw.writerow(new PyDict<object, object?> { ["b"] = "q" });
            csv.writer(output, quoting: csv.QUOTE_ALL).writerow(new PyList<object?> { "a", 1L });
            csv.writer(output, quoting: csv.QUOTE_NONNUMERIC).writerow(new PyList<object?> { "a", 1L, 2.0 });
            return B.repr(output.getvalue());
        },
        () =>
        {
            var s = new io.StringIO("line1\nline2\nline3");
            return P(s.readline(), s.read(3), s.tell(), s.readlines(), s.seek(0), ListOf(s), s.getvalue()[..5]);
        },
        () =>
        {
            var s2 = new io.StringIO();
            return P(s2.write("hello"), s2.seek(1), s2.write("EY"), s2.getvalue(), s2.read(), s2.tell());
        },
        () =>
        {
            var b = new io.BytesIO(Bytes("ab\ncd"));
            return P(b.readline(), b.read(), b.getvalue(), b.write(Bytes("!")), b.getvalue());
        },
        () =>
        {
            var s = new io.StringIO("x");
            s.close();
            return s.read();
        });
}
