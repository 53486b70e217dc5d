#pragma warning disable CS8981, IDE1006 // Python's names.
using System.Text;

namespace Py2Cs.Runtime;

public static partial class io
{
    /// <summary><c>io.StringIO</c>: a text buffer with a position; writes overwrite from the position, as in CPython.</summary>
    public sealed class StringIO : PyFileObject<StringIO, string>
    {
        private readonly StringBuilder buffer;
        private int position;

        public StringIO(string? initial_value = "", string? newline = "\n")
        {
            buffer = new StringBuilder(initial_value ?? "");
        }

        // CPython's C StringIO checks its own operations with a message that has no final period.
        protected override void CheckOpenForOperation()
        {
            if (closed) throw new ValueError("I/O operation on closed file");
        }

        /// <summary>StringIO.flush does nothing, even once closed.</summary>
        public override void flush() { }

        public long write(string s)
        {
            CheckOpenForOperation();
            if (position > buffer.Length) buffer.Append('\0', position - buffer.Length);
            int overlap = Math.Min(s.Length, buffer.Length - position);
            buffer.Remove(position, overlap).Insert(position, s);
            position += s.Length;
            return s.Length;
        }

        private protected override void WriteItem(object? item) =>
            write(item as string ?? throw new TypeError($"string argument expected, got '{Builtins.type_name(item)}'"));

        private protected override int LengthOf(string line) => line.Length;

        public string read(long? size = -1)
        {
            CheckOpenForOperation();
            int available = Math.Max(0, buffer.Length - position);
            int count = size is null or < 0 ? available : (int)Math.Min(size.Value, available);
            string text = buffer.ToString(Math.Min(position, buffer.Length), count);
            position += count;
            return text;
        }

        public override string readline(long? size = -1)
        {
            CheckOpenForOperation();
            int start = Math.Min(position, buffer.Length);
            int end = start;
            while (end < buffer.Length && buffer[end] != '\n') end++;
            if (end < buffer.Length) end++;
            if (size is >= 0 && end - start > size) end = start + (int)size.Value;
            position = end;
            return buffer.ToString(start, end - start);
        }

        public string getvalue()
        {
            CheckOpenForOperation();
            return buffer.ToString();
        }

        public long seek(long pos, long whence = 0)
        {
            CheckOpenForOperation();
            position = Seek(pos, whence, position, buffer.Length, text: true);
            return position;
        }

        public long tell()
        {
            CheckOpenForOperation();
            return position;
        }

        public long truncate(long? size = null)
        {
            CheckOpenForOperation();
            int length = (int)(size ?? position);
            if (length < 0) throw new ValueError($"Negative size value {length}");
            if (length < buffer.Length) buffer.Length = length;
            return length;
        }

        public override string __repr__() => $"<_io.StringIO object at {Py.FakeAddress(this)}>";
    }
}
