#pragma warning disable CS8981, IDE1006 // Python's names.

namespace Py2Cs.Runtime;

public static partial class io
{
    /// <summary><c>io.BytesIO</c>: a byte buffer with a position.</summary>
    public sealed class BytesIO : PyFileObject<BytesIO, PyBytes>
    {
        private readonly List<byte> buffer;
        private int position;

        public BytesIO(object? initial_bytes = null)
        {
            buffer = initial_bytes is null ? new List<byte>() : new List<byte>(PyBytesLike.BytesOf(initial_bytes));
        }

        public long write(object? b)
        {
            CheckOpen();
            var data = PyBytesLike.BytesOf(b);
            while (buffer.Count < position) buffer.Add(0);
            int overlap = Math.Min(data.Length, buffer.Count - position);
            buffer.RemoveRange(position, overlap);
            buffer.InsertRange(position, data);
            position += data.Length;
            return data.Length;
        }

        private protected override void WriteItem(object? item) => write(item);

        private protected override int LengthOf(PyBytes line) => line.Count;

        public PyBytes read(long? size = -1)
        {
            CheckOpen();
            int available = Math.Max(0, buffer.Count - position);
            int count = size is null or < 0 ? available : (int)Math.Min(size.Value, available);
            var result = new PyBytes(buffer.Skip(position).Take(count));
            position += count;
            return result;
        }

        public PyBytes read1(long? size = -1) => read(size);

        public override PyBytes readline(long? size = -1)
        {
            CheckOpen();
            int start = Math.Min(position, buffer.Count);
            int end = start;
            while (end < buffer.Count && buffer[end] != (byte)'\n') end++;
            if (end < buffer.Count) end++;
            if (size is >= 0 && end - start > size) end = start + (int)size.Value;
            position = end;
            return new PyBytes(buffer.Skip(start).Take(end - start));
        }

        public PyBytes getvalue()
        {
            CheckOpen();
            return new PyBytes(buffer);
        }

        public long seek(long pos, long whence = 0)
        {
            CheckOpen();
            position = Seek(pos, whence, position, buffer.Count, text: false);
            return position;
        }

        public long tell()
        {
            CheckOpen();
            return position;
        }

        public long truncate(long? size = null)
        {
            CheckOpen();
            int length = (int)(size ?? position);
            if (length < 0) throw new ValueError($"negative size value {length}");
            if (length < buffer.Count) buffer.RemoveRange(length, buffer.Count - length);
            return length;
        }

        public override string __repr__() => $"<_io.BytesIO object at {Py.FakeAddress(this)}>";
    }
}
