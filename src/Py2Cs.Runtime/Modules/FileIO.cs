#pragma warning disable CS8981, IDE1006 // Python's names.
using System.Text;

namespace Py2Cs.Runtime;

// open() and the file objects it returns, on a .NET FileStream: TextIOWrapper (str lines, UTF-8 by
// default, universal newlines when reading, '\n' written as is on Linux), BufferedReader / BufferedWriter /
// BufferedRandom (bytes). Every write is flushed to the file at once: .NET does not flush a stream
// when the process ends, where CPython does, so nothing written is ever lost (a program that reads a
// file it is still writing sees the data sooner than under CPython).
public static partial class io
{
    /// <summary><c>io.UnsupportedOperation</c>: reading a file opened for writing and the like. CPython's
    /// also derives from ValueError; here it is an OSError only.</summary>
    public class UnsupportedOperation : OSError
    {
        public UnsupportedOperation(params object?[] args) : base(args) { }
        public override string PythonTypeName => "io.UnsupportedOperation";
    }

    /// <summary><c>open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None)</c>.</summary>
    public static object open(string file, string mode = "r", long buffering = -1, string? encoding = null, string? errors = null, string? newline = null)
    {
        var parsed = OpenMode.Parse(mode);
        if (parsed.Binary && encoding is not null) throw new ValueError("binary mode doesn't take an encoding argument");
        var stream = OpenMode.OpenStream(file, parsed);
        var made = FileClass(parsed);
        if (made == typeof(TextIOWrapper)) return new TextIOWrapper(stream, file, mode, parsed, encoding);
        if (made == typeof(BufferedRandom)) return new BufferedRandom(stream, file, mode, parsed);
        return made == typeof(BufferedReader) ? new BufferedReader(stream, file, mode, parsed) : new BufferedWriter(stream, file, mode, parsed);
    }

    /// <summary>The class of the file object open() returns for <paramref name="mode"/>, or null for a mode open()
    /// rejects: the translator types <c>open(path, "rb")</c> by it, so that choice is made here only.</summary>
    [PyHidden]
    public static Type? FileClassOf(string mode)
    {
        try { return FileClass(OpenMode.Parse(mode)); }
        catch (ValueError) { return null; }
    }

    static Type FileClass(OpenMode parsed) =>
        !parsed.Binary ? typeof(TextIOWrapper)
        : parsed.Plus ? typeof(BufferedRandom)
        : parsed.Reading ? typeof(BufferedReader)
        : typeof(BufferedWriter);

    /// <summary>A text file: <c>str</c> in and out.</summary>
    public sealed class TextIOWrapper : PyFileObject<TextIOWrapper, string>
    {
        readonly FileBytes _file;
        readonly bool _utf8;

        internal TextIOWrapper(FileStream stream, string name, string mode, OpenMode parsed, string? encoding)
        {
            _utf8 = encoding is null || NormalEncoding(encoding) is "utf-8" or "utf8";
            if (!_utf8 && NormalEncoding(encoding!) is not ("latin-1" or "latin1" or "iso-8859-1" or "ascii"))
                throw new LookupError($"unknown encoding: {encoding}");
            _file = new FileBytes(stream, parsed);
            this.name = name;
            this.mode = mode;
            this.encoding = encoding ?? "UTF-8";
        }

        static string NormalEncoding(string e) => e.ToLowerInvariant().Replace('_', '-');

        public string name { get; }
        public string mode { get; }
        public string encoding { get; }

        public override string __repr__() => $"<_io.TextIOWrapper name={Builtins.repr(name)} mode={Builtins.repr(mode)} encoding={Builtins.repr(encoding)}>";

        public override bool readable() { CheckOpen(); return _file.Mode.Reading; }
        public override bool writable() { CheckOpen(); return _file.Mode.Writing; }

        public long write(string s)
        {
            CheckOpen();
            _file.CheckWritable();
            _file.Write(_utf8 ? Encoding.UTF8.GetBytes(s) : s.Select(c => c <= 0xFF ? (byte)c : throw new UnicodeEncodeError($"'{encoding}' codec can't encode character")).ToArray());
            return Builtins.len(s);
        }

        /// <summary>One character (a code point, one or two UTF-16 units) with universal newlines, or null at the end.</summary>
        string? ReadChar()
        {
            int b = _file.ReadByte();
            if (b < 0) return null;
            if (b == '\r')
            {
                if (_file.PeekByte() == '\n') _file.ReadByte();
                return "\n";
            }
            if (!_utf8 || b < 0x80) return ((char)b).ToString();
            int extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : 1;
            var bytes = new byte[extra + 1];
            bytes[0] = (byte)b;
            for (int i = 1; i <= extra; i++) bytes[i] = (byte)Math.Max(0, _file.ReadByte());
            return Encoding.UTF8.GetString(bytes);
        }

        public string read(long? size = -1)
        {
            CheckOpen();
            _file.CheckReadable();
            var text = new StringBuilder();
            for (long n = 0; size is null or < 0 || n < size; n++)
            {
                if (ReadChar() is not { } c) break;
                text.Append(c);
            }
            return text.ToString();
        }

        public override string readline(long? size = -1)
        {
            CheckOpen();
            _file.CheckReadable();
            var line = new StringBuilder();
            for (long n = 0; size is null or < 0 || n < size; n++)
            {
                if (ReadChar() is not { } c) break;
                line.Append(c);
                if (c == "\n") break;
            }
            return line.ToString();
        }

        public long tell() { CheckOpen(); return _file.Position; }
        public long seek(long cookie, long whence = 0) { CheckOpen(); return _file.Seek(cookie, whence, text: true); }
        public long truncate(long? size = null) { CheckOpen(); return _file.Truncate(size); }
        public long fileno() { CheckOpen(); return _file.Fileno; }

        public override void flush() { CheckOpen(); _file.Flush(); }

        public override void close()
        {
            if (!closed) _file.Close();
            base.close();
        }

        private protected override void WriteItem(object? item) =>
            write(item as string ?? throw new TypeError($"write() argument must be str, not {Builtins.type_name(item)}"));

        private protected override int LengthOf(string line) => line.Length;
    }

    /// <summary>What the binary file classes share: <c>bytes</c> in and out. Not a Python name.</summary>
    [PyHidden]
    public abstract class BufferedFile<TSelf> : PyFileObject<TSelf, PyBytes> where TSelf : BufferedFile<TSelf>
    {
        private protected readonly FileBytes File;

        private protected BufferedFile(FileStream stream, string name, string mode, OpenMode parsed)
        {
            File = new FileBytes(stream, parsed);
            this.name = name;
            this.mode = parsed.Mode;
        }

        public string name { get; }
        public string mode { get; }

        public override string __repr__() => $"<_io.{GetType().Name} name={Builtins.repr(name)}>";

        public override bool readable() { CheckOpen(); return File.Mode.Reading; }
        public override bool writable() { CheckOpen(); return File.Mode.Writing; }

        public long write(object? b)
        {
            CheckOpen();
            File.CheckWritable();
            var data = PyBytesLike.BytesOf(b);
            File.Write(data);
            return data.Length;
        }

        public PyBytes read(long? size = -1)
        {
            CheckOpen();
            File.CheckReadable();
            var data = new List<byte>();
            for (long n = 0; size is null or < 0 || n < size; n++)
            {
                int b = File.ReadByte();
                if (b < 0) break;
                data.Add((byte)b);
            }
            return new PyBytes(data);
        }

        public override PyBytes readline(long? size = -1)
        {
            CheckOpen();
            File.CheckReadable();
            var data = new List<byte>();
            for (long n = 0; size is null or < 0 || n < size; n++)
            {
                int b = File.ReadByte();
                if (b < 0) break;
                data.Add((byte)b);
                if (b == '\n') break;
            }
            return new PyBytes(data);
        }

        public long tell() { CheckOpen(); return File.Position; }
        public long seek(long offset, long whence = 0) { CheckOpen(); return File.Seek(offset, whence, text: false); }
        public long truncate(long? size = null) { CheckOpen(); return File.Truncate(size); }
        public long fileno() { CheckOpen(); return File.Fileno; }

        public override void flush() { CheckOpen(); File.Flush(); }

        public override void close()
        {
            if (!closed) File.Close();
            base.close();
        }

        private protected override void WriteItem(object? item) => write(item);

        private protected override int LengthOf(PyBytes line) => line.Count;
    }

    public sealed class BufferedReader : BufferedFile<BufferedReader>
    {
        internal BufferedReader(FileStream stream, string name, string mode, OpenMode parsed) : base(stream, name, mode, parsed) { }
    }

    public sealed class BufferedWriter : BufferedFile<BufferedWriter>
    {
        internal BufferedWriter(FileStream stream, string name, string mode, OpenMode parsed) : base(stream, name, mode, parsed) { }
    }

    public sealed class BufferedRandom : BufferedFile<BufferedRandom>
    {
        internal BufferedRandom(FileStream stream, string name, string mode, OpenMode parsed) : base(stream, name, mode, parsed) { }
    }
}

public static partial class Builtins
{
    /// <summary>The builtin <c>open</c> is <c>io.open</c>.</summary>
    public static object open(string file, string mode = "r", long buffering = -1, string? encoding = null, string? errors = null, string? newline = null) =>
        io.open(file, mode, buffering, encoding, errors, newline);
}
