#pragma warning disable IDE1006 // Python's names.
using System.Collections;

namespace Py2Cs.Runtime;

/// <summary>
/// What every Python file object shares (io.IOBase): the <c>closed</c> state, <c>close</c>, the context
/// manager, line iteration, <c>readlines</c>/<c>writelines</c>, and CPython's
/// <c>ValueError: I/O operation on closed file.</c> once closed. <typeparamref name="TSelf"/> is the file
/// class itself (so <c>with f as g</c> keeps its type), <typeparamref name="TLine"/> what a line is
/// (<c>str</c> or <c>bytes</c>). It lives outside the <c>io</c> module class: it is not a Python name.
/// </summary>
public abstract class PyFileObject<TSelf, TLine> : PyObject, IEnumerable<TLine>
    where TSelf : PyFileObject<TSelf, TLine>
    where TLine : notnull
{
    public bool closed { get; private set; }

    /// <summary>io.IOBase's check, with its message.</summary>
    protected void CheckOpen()
    {
        if (closed) throw new ValueError("I/O operation on closed file.");
    }

    /// <summary>The check of the class's own methods (read, write, seek...): CPython's C StringIO words it
    /// without the final period, so it overrides this.</summary>
    protected virtual void CheckOpenForOperation() => CheckOpen();

    public virtual void close() => closed = true;
    public virtual void flush() => CheckOpen();
    public virtual bool readable() { CheckOpenForOperation(); return true; }
    public virtual bool writable() { CheckOpenForOperation(); return true; }
    public virtual bool seekable() { CheckOpenForOperation(); return true; }
    public bool isatty() { CheckOpen(); return false; }

    public TSelf __enter__()
    {
        CheckOpen();
        return (TSelf)this;
    }

    public bool __exit__(object? type, object? value, object? traceback)
    {
        close();
        return false;
    }

    public abstract TLine readline(long? size = -1);

    /// <summary>Writes one item of <c>writelines</c> (a str or a bytes-like object).</summary>
    private protected abstract void WriteItem(object? item);

    /// <summary>The length of a line: an empty one is the end of the file.</summary>
    private protected abstract int LengthOf(TLine line);

    public TLine __next__()
    {
        var line = readline();
        return LengthOf(line) > 0 ? line : throw new StopIteration();
    }

    public PyList<TLine> readlines(long? hint = -1)
    {
        CheckOpen();
        var lines = new PyList<TLine>();
        long total = 0;
        for (var line = readline(); LengthOf(line) > 0; line = readline())
        {
            lines.Add(line);
            total += LengthOf(line);
            if (hint is > 0 && total >= hint) break;
        }
        return lines;
    }

    public void writelines(IEnumerable<object?> lines)
    {
        CheckOpen();
        foreach (var line in lines) WriteItem(line);
    }

    public IEnumerator<TLine> GetEnumerator()
    {
        CheckOpen();
        for (var line = readline(); LengthOf(line) > 0; line = readline()) yield return line;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
