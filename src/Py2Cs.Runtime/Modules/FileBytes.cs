namespace Py2Cs.Runtime;

/// <summary>An open() mode string parsed as CPython's _io.open parses it.</summary>
internal sealed record OpenMode(string Mode, bool Reading, bool Writing, bool Appending, bool Creating, bool Truncating, bool Plus, bool Binary)
{
    public static OpenMode Parse(string mode)
    {
        if (mode.Distinct().Count() != mode.Length || mode.Any(c => "rwaxbt+".IndexOf(c) < 0)) throw new ValueError($"invalid mode: {Builtins.repr(mode)}");
        bool binary = mode.Contains('b'), text = mode.Contains('t');
        if (binary && text) throw new ValueError("can't have text and binary mode at once");
        int kinds = mode.Count(c => c is 'r' or 'w' or 'a' or 'x');
        if (kinds > 1) throw new ValueError("must have exactly one of create/read/write/append mode");
        if (kinds == 0) throw new ValueError("Must have exactly one of create/read/write/append mode and at most one plus");
        bool plus = mode.Contains('+');
        char kind = mode.First(c => c is 'r' or 'w' or 'a' or 'x');
        // CPython normalises a binary mode's name: "rb", "wb", "ab", "xb", then '+' ("rb+").
        var normal = kind + (binary ? "b" : "") + (plus ? "+" : "");
        return new OpenMode(binary ? normal : mode, kind == 'r' || plus, kind != 'r' || plus, kind == 'a', kind == 'x', kind == 'w', plus, binary);
    }

    public static FileStream OpenStream(string file, OpenMode mode)
    {
        if (Directory.Exists(file)) throw new IsADirectoryError(21L, "Is a directory", file);
        var fileMode = mode.Creating ? FileMode.CreateNew : mode.Truncating ? FileMode.Create : mode.Appending ? FileMode.OpenOrCreate : FileMode.Open;
        var access = mode.Reading && mode.Writing ? FileAccess.ReadWrite : mode.Reading ? FileAccess.Read : FileAccess.Write;
        try
        {
            var stream = new FileStream(file, fileMode, access, FileShare.ReadWrite | FileShare.Delete);
            if (mode.Appending) stream.Seek(0, SeekOrigin.End);
            return stream;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException) { throw new FileNotFoundError(2L, "No such file or directory", file); }
        catch (UnauthorizedAccessException) { throw new PermissionError(13L, "Permission denied", file); }
        catch (IOException) when (mode.Creating && File.Exists(file)) { throw new FileExistsError(17L, "File exists", file); }
    }
}

/// <summary>The byte stream under a Python file object: one-byte look-ahead for universal newlines, writes
/// flushed at once, appends always at the end, CPython's UnsupportedOperation messages.</summary>
internal sealed class FileBytes(FileStream stream, OpenMode mode)
{
    static long s_nextFileno = 3;
    public OpenMode Mode { get; } = mode;
    public long Fileno { get; } = Interlocked.Increment(ref s_nextFileno);

    public long Position => stream.Position;

    public void CheckReadable()
    {
        if (!Mode.Reading) throw new io.UnsupportedOperation("not readable");
    }

    public void CheckWritable()
    {
        if (!Mode.Writing) throw new io.UnsupportedOperation("not writable");
    }

    public int ReadByte() => stream.ReadByte();

    public int PeekByte()
    {
        int b = stream.ReadByte();
        if (b >= 0) stream.Seek(-1, SeekOrigin.Current);
        return b;
    }

    public void Write(byte[] data)
    {
        if (Mode.Appending) stream.Seek(0, SeekOrigin.End);
        stream.Write(data);
        stream.Flush();
    }

    public long Seek(long offset, long whence, bool text)
    {
        if (text && whence != 0 && offset != 0)
            throw new io.UnsupportedOperation(whence == 1 ? "can't do nonzero cur-relative seeks" : "can't do nonzero end-relative seeks");
        var origin = whence switch
        {
            0 => SeekOrigin.Begin,
            1 => SeekOrigin.Current,
            2 => SeekOrigin.End,
            _ => throw new ValueError($"invalid whence ({whence}, should be 0, 1 or 2)"),
        };
        if (whence == 0 && offset < 0) throw new ValueError($"negative seek position {offset}");
        return stream.Seek(offset, origin);
    }

    public long Truncate(long? size)
    {
        CheckWritable();
        long length = size ?? stream.Position;
        stream.SetLength(length);
        return length;
    }

    public void Flush() => stream.Flush();

    public void Close() => stream.Dispose();
}
