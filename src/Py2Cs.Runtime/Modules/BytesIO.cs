#pragma warning disable CS8981, IDE1006 // Python's names.
using System.Collections;

namespace Py2Cs.Runtime;

public static partial class io
{
    /// <summary><c>io.BytesIO</c>: a byte buffer with a position.</summary>
    public sealed class BytesIO : PyObject, IEnumerable<object?>
    {
        private readonly List<byte> buffer;
        private int position;

        public BytesIO(object? initial_bytes = null)
        {
            buffer = initial_bytes is null ? new List<byte>() : new List<byte>(PyBytesLike.BytesOf(initial_bytes));
        }

        public bool closed { get; private set; }

        private void Open()
        {
            if (closed) throw Closed();
        }

        public long write(object? b)
        {
            Open();
            var data = PyBytesLike.BytesOf(b);
            while (buffer.Count < position) buffer.Add(0);
            int overlap = Math.Min(data.Length, buffer.Count - position);
            buffer.RemoveRange(position, overlap);
            buffer.InsertRange(position, data);
            position += data.Length;
            return data.Length;
        }

        public void writelines(IEnumerable<object?> lines)
        {
            foreach (var line in lines) write(line);
        }

        public PyBytes read(long? size = -1)
        {
            Open();
            int available = Math.Max(0, buffer.Count - position);
            int count = size is null or < 0 ? available : (int)Math.Min(size.Value, available);
            var result = new PyBytes(buffer.Skip(position).Take(count));
            position += count;
            return result;
        }

        public PyBytes read1(long? size = -1) => read(size);

        public PyBytes readline(long? size = -1)
        {
            Open();
            int start = Math.Min(position, buffer.Count);
            int end = start;
            while (end < buffer.Count && buffer[end] != (byte)'\n') end++;
            if (end < buffer.Count) end++;
            if (size is >= 0 && end - start > size) end = start + (int)size.Value;
            position = end;
            return new PyBytes(buffer.Skip(start).Take(end - start));
        }

        public PyList<PyBytes> readlines()
        {
            var lines = new PyList<PyBytes>();
            for (var line = readline(); line.Count > 0; line = readline()) lines.Add(line);
            return lines;
        }

        public PyBytes getvalue()
        {
            Open();
            return new PyBytes(buffer);
        }

        public long seek(long pos, long whence = 0)
        {
            Open();
            position = Seek(pos, whence, position, buffer.Count, text: false);
            return position;
        }

        public long tell()
        {
            Open();
            return position;
        }

        public long truncate(long? size = null)
        {
            Open();
            int length = (int)(size ?? position);
            if (length < 0) throw new ValueError($"negative size value {length}");
            if (length < buffer.Count) buffer.RemoveRange(length, buffer.Count - length);
            return length;
        }

        public void close() => closed = true;
        public void flush() => Open();
        public bool readable() { Open(); return true; }
        public bool writable() { Open(); return true; }
        public bool seekable() { Open(); return true; }

        public BytesIO __enter__()
        {
            Open();
            return this;
        }

        public bool __exit__(object? type, object? value, object? traceback)
        {
            close();
            return false;
        }

        public IEnumerator<object?> GetEnumerator()
        {
            Open();
            for (var line = readline(); line.Count > 0; line = readline()) yield return line;
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public override string __repr__() => $"<_io.BytesIO object at {Py.FakeAddress(this)}>";
    }
}
