namespace Py2Cs.Runtime;

/// <summary>The bytearray that transports and stream readers buffer into: append at the end,
/// consume from the front, search without copying.</summary>
internal sealed class ByteBuffer
{
    byte[] _data = new byte[256];
    int _start, _end;

    public int Count => _end - _start;

    public ReadOnlySpan<byte> Span => _data.AsSpan(_start, _end - _start);

    public void Append(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > _data.Length - _end)
        {
            int count = Count;
            if (count + bytes.Length > _data.Length)
            {
                var bigger = new byte[Math.Max(_data.Length * 2, count + bytes.Length)];
                Span.CopyTo(bigger);
                _data = bigger;
            }
            else Span.CopyTo(_data);
            _start = 0;
            _end = count;
        }
        bytes.CopyTo(_data.AsSpan(_end));
        _end += bytes.Length;
    }

    /// <summary>Removes and returns the first n bytes.</summary>
    public byte[] Take(int n)
    {
        var taken = _data.AsSpan(_start, n).ToArray();
        Consume(n);
        return taken;
    }

    public void Consume(int n)
    {
        _start += n;
        if (_start == _end) _start = _end = 0;
    }

    public void Clear() => _start = _end = 0;

    public int IndexOf(ReadOnlySpan<byte> separator, int offset)
    {
        int i = Span[offset..].IndexOf(separator);
        return i < 0 ? -1 : i + offset;
    }
}
