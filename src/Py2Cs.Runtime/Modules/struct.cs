#pragma warning disable CS8981, IDE1006 // Python's names.
using System.Buffers.Binary;
using System.Numerics;

namespace Py2Cs.Runtime;

/// <summary>Python's <c>struct</c>: pack/unpack/calcsize for the format codes x c b B ? h H i I l L q Q n N e f d s p,
/// with native (<c>@</c>, aligned) and standard (<c>= &lt; &gt; !</c>) sizes and CPython's error messages.</summary>
[PyModule("struct")]
public static class @struct
{
    /// <summary><c>struct.error</c>.</summary>
    public class error : PyException
    {
        public error(params object?[] args) : base(args) { }
        public override string PythonTypeName => "struct.error";
    }

    private readonly record struct Item(char Code, int Count, int Size, int Offset);

    private sealed record Layout(bool Little, List<Item> Items, int Size);

    private static int StandardSize(char code) => code switch
    {
        'x' or 'c' or 'b' or 'B' or '?' or 's' or 'p' => 1,
        'h' or 'H' or 'e' => 2,
        'i' or 'I' or 'l' or 'L' or 'f' => 4,
        'q' or 'Q' or 'd' => 8,
        _ => throw new error("bad char in struct format"),
    };

    private static int NativeSize(char code) => code switch
    {
        'l' or 'L' or 'n' or 'N' or 'P' => 8,
        _ => StandardSize(code),
    };

    private static Layout Parse(string format)
    {
        int i = 0;
        bool native = true, little = BitConverter.IsLittleEndian;
        if (format.Length > 0 && format[0] is '@' or '=' or '<' or '>' or '!')
        {
            native = format[0] == '@';
            little = format[0] switch { '<' => true, '>' or '!' => false, _ => BitConverter.IsLittleEndian };
            i = 1;
        }
        var items = new List<Item>();
        int offset = 0;
        while (i < format.Length)
        {
            if (char.IsWhiteSpace(format[i])) { i++; continue; }
            int count = 1;
            if (char.IsAsciiDigit(format[i]))
            {
                int start = i;
                while (i < format.Length && char.IsAsciiDigit(format[i])) i++;
                count = int.Parse(format[start..i], System.Globalization.CultureInfo.InvariantCulture);
                if (i >= format.Length) throw new error("repeat count given without format specifier");
            }
            char code = format[i++];
            if (!native && code is 'n' or 'N' or 'P') throw new error("bad char in struct format");
            int size = native ? NativeSize(code) : StandardSize(code);
            if (native && code is not ('s' or 'p' or 'x' or 'c' or 'b' or 'B' or '?')) offset = (offset + size - 1) / size * size;
            items.Add(new Item(code, count, size, offset));
            offset += code is 's' or 'p' ? count : size * count;
        }
        return new Layout(little, items, offset);
    }

    public static long calcsize(string format) => Parse(format).Size;

    public static PyBytes pack(string format, params object?[] v)
    {
        var layout = Parse(format);
        int expected = layout.Items.Sum(it => it.Code is 's' or 'p' ? 1 : it.Code == 'x' ? 0 : it.Count);
        if (v.Length != expected) throw new error($"pack expected {expected} items for packing (got {v.Length})");
        var buffer = new byte[layout.Size];
        int next = 0;
        foreach (var item in layout.Items)
        {
            if (item.Code == 'x') continue;
            if (item.Code is 's' or 'p')
            {
                var data = v[next++] is var value && PyBytesLike.IsBytesLike(value) ? PyBytesLike.BytesOf(value)
                    : throw new error($"argument for '{item.Code}' must be a bytes object");
                if (item.Code == 'p')
                {
                    int n = Math.Min(data.Length, Math.Min(255, item.Count - 1));
                    if (item.Count > 0) buffer[item.Offset] = (byte)n;
                    Array.Copy(data, 0, buffer, item.Offset + 1, Math.Max(0, n));
                }
                else Array.Copy(data, 0, buffer, item.Offset, Math.Min(data.Length, item.Count));
                continue;
            }
            for (int k = 0; k < item.Count; k++)
                Write(buffer.AsSpan(item.Offset + k * item.Size, item.Size), item.Code, v[next++], layout.Little);
        }
        return new PyBytes(buffer);
    }

    private static void Write(Span<byte> target, char code, object? value, bool little)
    {
        switch (code)
        {
            case 'c':
                var one = PyBytesLike.IsBytesLike(value) ? PyBytesLike.BytesOf(value) : [];
                if (one.Length != 1) throw new error("char format requires a bytes object of length 1");
                target[0] = one[0];
                return;
            case '?': target[0] = Py.Truthy(value) ? (byte)1 : (byte)0; return;
            case 'e' or 'f' or 'd':
                if (!Py.IsNumber(value)) throw new error("required argument is not a float");
                double d = Py.ToDouble(value);
                if (code == 'e') { if (little) BinaryPrimitives.WriteHalfLittleEndian(target, (Half)d); else BinaryPrimitives.WriteHalfBigEndian(target, (Half)d); }
                else if (code == 'f') { if (little) BinaryPrimitives.WriteSingleLittleEndian(target, (float)d); else BinaryPrimitives.WriteSingleBigEndian(target, (float)d); }
                else if (little) BinaryPrimitives.WriteDoubleLittleEndian(target, d); else BinaryPrimitives.WriteDoubleBigEndian(target, d);
                return;
        }
        if (!Py.IsInt(value)) throw new error("required argument is not an integer");
        var n = Py.ToBig(value);
        bool signed = char.IsLower(code);
        int bits = target.Length * 8;
        BigInteger low = signed ? -(BigInteger.One << (bits - 1)) : 0, high = signed ? (BigInteger.One << (bits - 1)) - 1 : (BigInteger.One << bits) - 1;
        if (n < low || n > high)
        {
            if (bits == 64) throw new error(signed || n.Sign >= 0 ? "int too large to convert" : "argument out of range");
            if (code == 'b') throw new error("byte format requires -128 <= number <= 127");
            if (code == 'B') throw new error("ubyte format requires 0 <= number <= 255");
            if (!signed && n.Sign < 0) throw new error("argument out of range");
            throw new error($"'{code}' format requires {low} <= number <= {high}");
        }
        var bytes = (n.Sign < 0 ? n + (BigInteger.One << bits) : n).ToByteArray(isUnsigned: true, isBigEndian: false);
        for (int i = 0; i < target.Length; i++)
            target[little ? i : target.Length - 1 - i] = i < bytes.Length ? bytes[i] : (byte)0;
    }

    public static PyTuple unpack(string format, object buffer) => unpack_from(format, buffer, 0, exact: true);

    public static PyTuple unpack_from(string format, object buffer, long offset = 0) => unpack_from(format, buffer, offset, exact: false);

    private static PyTuple unpack_from(string format, object buffer, long offset, bool exact)
    {
        var layout = Parse(format);
        var data = PyBytesLike.BytesOf(buffer);
        if (exact && data.Length != layout.Size) throw new error($"unpack requires a buffer of {layout.Size} bytes");
        if (!exact && data.Length - offset < layout.Size)
            throw new error($"unpack_from requires a buffer of at least {layout.Size + offset} bytes for unpacking {layout.Size} bytes at offset {offset} (actual buffer size is {data.Length})");
        var result = new List<object?>();
        foreach (var item in layout.Items)
        {
            int at = (int)offset + item.Offset;
            if (item.Code == 'x') continue;
            if (item.Code == 's') { result.Add(new PyBytes(data.Skip(at).Take(item.Count))); continue; }
            if (item.Code == 'p') { result.Add(new PyBytes(data.Skip(at + 1).Take(Math.Min(data[at], item.Count - 1)))); continue; }
            for (int k = 0; k < item.Count; k++) result.Add(Read(data.AsSpan(at + k * item.Size, item.Size), item.Code, layout.Little));
        }
        return new PyTuple(result.ToArray());
    }

    private static object Read(ReadOnlySpan<byte> source, char code, bool little)
    {
        switch (code)
        {
            case 'c': return new PyBytes(source.ToArray());
            case '?': return source[0] != 0;
            case 'e': return (double)(little ? BinaryPrimitives.ReadHalfLittleEndian(source) : BinaryPrimitives.ReadHalfBigEndian(source));
            case 'f': return (double)(little ? BinaryPrimitives.ReadSingleLittleEndian(source) : BinaryPrimitives.ReadSingleBigEndian(source));
            case 'd': return little ? BinaryPrimitives.ReadDoubleLittleEndian(source) : BinaryPrimitives.ReadDoubleBigEndian(source);
        }
        var value = new BigInteger(source, isUnsigned: !char.IsLower(code), isBigEndian: !little);
        return Py.Int(value);
    }

    public static IEnumerable<PyTuple> iter_unpack(string format, object buffer)
    {
        int size = Parse(format).Size;
        var data = PyBytesLike.BytesOf(buffer);
        if (size == 0 || data.Length % size != 0) throw new error($"iterative unpacking requires a buffer of a multiple of {size} bytes");
        for (int at = 0; at < data.Length; at += size) yield return unpack_from(format, data, at, exact: false);
    }

    /// <summary><c>struct.Struct(format)</c>: a format parsed once, with the module's functions as methods.</summary>
    public sealed class Struct(string format)
    {
        public string format { get; } = format;
        public long size { get; } = Parse(format).Size;

        public PyBytes pack(params object?[] v) => @struct.pack(format, v);
        public PyTuple unpack(object buffer) => @struct.unpack(format, buffer);
        public PyTuple unpack_from(object buffer, long offset = 0) => @struct.unpack_from(format, buffer, offset);
        public IEnumerable<PyTuple> iter_unpack(object buffer) => @struct.iter_unpack(format, buffer);
    }
}
