namespace Py2Cs.Runtime;

/// <summary>Python's mutable <c>bytearray</c>: <c>bytes</c>' methods plus item assignment, append/extend and in-place <c>+=</c>.</summary>
[PyName("bytearray")]
public sealed class PyByteArray : PyBytesLike
{
    public PyByteArray(IEnumerable<byte> data) : base(data) { }

    public PyByteArray(object? source = null, string? encoding = null) : base(Source(source, encoding, "bytearray")) { }

    private protected override PyBytesLike Make(IEnumerable<byte> data) => new PyByteArray(data);

    public static PyByteArray fromhex(string @string) => new(ParseHex(@string));

    public override string __repr__() => $"bytearray({Literal()})";

    public long __hash__() => throw new TypeError("unhashable type: 'bytearray'");

    public void __setitem__(long index, object? value)
    {
        long i = index < 0 ? index + Data.Count : index;
        if (i < 0 || i >= Data.Count) throw new IndexError("bytearray index out of range");
        Data[(int)i] = ByteValue(value);
    }

    public void __setitem__(Slice slice, object? value)
    {
        var (start, stop, step, _) = slice.Indices(Data.Count);
        var items = IsBytesLike(value) ? BytesOf(value) : Py.Iter(value).Select(ByteValue).ToArray();
        if (step != 1) throw new ValueError("extended slice assignment on bytearray is not supported here");
        int from = (int)start, to = (int)Math.Max(start, stop);
        Data.RemoveRange(from, to - from);
        Data.InsertRange(from, items);
    }

    public void __delitem__(long index)
    {
        long i = index < 0 ? index + Data.Count : index;
        if (i < 0 || i >= Data.Count) throw new IndexError("bytearray index out of range");
        Data.RemoveAt((int)i);
    }

    public void append(object? item) => Data.Add(ByteValue(item));

    public void extend(object? items) => Data.AddRange(IsBytesLike(items) ? BytesOf(items) : Py.Iter(items).Select(ByteValue).ToArray());

    public PyByteArray __iadd__(object? other)
    {
        Data.AddRange(BytesOf(other, $"can't concat {Builtins.type_name(other)} to bytearray; a bytes-like object"));
        return this;
    }

    public long pop(long index = -1)
    {
        if (Data.Count == 0) throw new IndexError("pop from empty bytearray");
        long value = __getitem__(index);
        __delitem__(index);
        return value;
    }

    public void clear() => Data.Clear();

    public void insert(long index, object? item)
    {
        long i = Math.Clamp(index < 0 ? index + Data.Count : index, 0, Data.Count);
        Data.Insert((int)i, ByteValue(item));
    }

    public void reverse() => Data.Reverse();

    public PyByteArray copy() => new(Data);
}
