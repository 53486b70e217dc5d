#pragma warning disable CS8981, IDE1006 // Python's names.
using System.Collections;
using System.Text;

namespace Py2Cs.Runtime;

public static partial class io
{
    /// <summary><c>io.StringIO</c>: a text buffer with a position; writes overwrite from the position, as in CPython.</summary>
    public sealed class StringIO : PyObject, IEnumerable<object?>
    {
        private readonly StringBuilder buffer;
        private int position;

        public StringIO(string? initial_value = "", string? newline = "\n")
        {
            buffer = new StringBuilder(initial_value ?? "");
        }

        public bool closed { get; private set; }

        private void Open()
        {
            if (closed) throw Closed();
        }

        public long write(string s)
        {
            Open();
            if (position > buffer.Length) buffer.Append('\0', position - buffer.Length);
            int overlap = Math.Min(s.Length, buffer.Length - position);
            buffer.Remove(position, overlap).Insert(position, s);
            position += s.Length;
            return s.Length;
        }

        public void writelines(IEnumerable<object?> lines)
        {
            foreach (var line in lines) write((string)line!);
        }

        public string read(long? size = -1)
        {
            Open();
            int available = Math.Max(0, buffer.Length - position);
            int count = size is null or < 0 ? available : (int)Math.Min(size.Value, available);
            string text = buffer.ToString(Math.Min(position, buffer.Length), count);
            position += count;
            return text;
        }

        public string readline(long? size = -1)
        {
            Open();
            int start = Math.Min(position, buffer.Length);
            int end = start;
            while (end < buffer.Length && buffer[end] != '\n') end++;
            if (end < buffer.Length) end++;
            if (size is >= 0 && end - start > size) end = start + (int)size.Value;
            position = end;
            return buffer.ToString(start, end - start);
        }

        public PyList<string> readlines(long? hint = -1)
        {
            var lines = new PyList<string>();
            long total = 0;
            for (string line = readline(); line.Length > 0; line = readline())
            {
                lines.Add(line);
                total += line.Length;
                if (hint is > 0 && total >= hint) break;
            }
            return lines;
        }

        public string getvalue()
        {
            Open();
            return buffer.ToString();
        }

        public long seek(long pos, long whence = 0)
        {
            Open();
            position = Seek(pos, whence, position, buffer.Length, text: true);
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
            if (length < 0) throw new ValueError($"Negative size value {length}");
            if (length < buffer.Length) buffer.Length = length;
            return length;
        }

        public void close() => closed = true;
        public void flush() => Open();
        public bool readable() { Open(); return true; }
        public bool writable() { Open(); return true; }
        public bool seekable() { Open(); return true; }
        public bool isatty() { Open(); return false; }

        public StringIO __enter__()
        {
            Open();
            return this;
        }

        public bool __exit__(object? type, object? value, object? traceback)
        {
            close();
            return false;
        }

        public string __next__()
        {
            string line = readline();
            return line.Length > 0 ? line : throw new StopIteration();
        }

        public IEnumerator<object?> GetEnumerator()
        {
            Open();
            for (string line = readline(); line.Length > 0; line = readline()) yield return line;
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public override string __repr__() => $"<_io.StringIO object at {Py.FakeAddress(this)}>";
    }
}
