using System.Text;

namespace Py2Cs.Runtime;

/// <summary>sys.stdout / sys.stderr: a text stream with Python's <c>write</c>/<c>flush</c>. Writing to
/// stderr first flushes stdout so that what a program printed before failing is never lost.</summary>
public sealed class PyTextStream : IPyRepr
{
    private readonly TextWriter writer;
    private readonly object gate = new();

    public PyTextStream(TextWriter writer, string name, PyTextStream? flushBeforeWrite = null)
    {
        this.writer = writer;
        this.name = name;
        FlushBeforeWrite = flushBeforeWrite;
    }

#pragma warning disable IDE1006 // Python's attribute names
    public string name { get; }
    public string encoding => "utf-8";
#pragma warning restore IDE1006

    internal PyTextStream? FlushBeforeWrite { get; }

    public long write(string text)
    {
        FlushBeforeWrite?.flush();
        lock (gate) writer.Write(text);
        return text.Length;
    }

    public void writelines(IEnumerable<string> lines)
    {
        foreach (var line in lines) write(line);
    }

    public void flush()
    {
        lock (gate) writer.Flush();
    }

    public bool isatty() => false;

    public string __repr__() => $"<_io.TextIOWrapper name='{name}' mode='w' encoding='utf-8'>";

    /// <summary>A UTF-8 writer with '\n' newlines; buffered (like Python's stdout on a pipe) or flushing every write.</summary>
    internal static TextWriter Utf8(Stream stream, bool autoFlush) =>
        new StreamWriter(stream, new UTF8Encoding(false), 1 << 16) { AutoFlush = autoFlush, NewLine = "\n" };
}
