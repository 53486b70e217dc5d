using System.Collections;

namespace Py2Cs.Runtime;

/// <summary>
/// Python's <c>memoryview</c> over bytes, bytearray or another memoryview, in its one-dimensional
/// unsigned-byte form (format 'B'): a window on the exporter's buffer, so a slice is another view of the
/// same bytes (no copy) and writing through a view of a bytearray changes the bytearray.
/// Indexing gives an int, slicing a memoryview, <c>bytes(mv)</c>/<c>tobytes()</c> copies.
/// CPython's BufferError for resizing a bytearray while a view exists is not raised: a view whose
/// window no longer fits reads what is there now.
/// </summary>
[PyName("memoryview")]
public sealed class PyMemoryView : PyObject, IEnumerable<object?>
{
    private readonly PyBytesLike source;
    private readonly long start, step, count;
    private bool released;

    public PyMemoryView(object? obj)
    {
        switch (obj)
        {
            case PyMemoryView view:
                view.Check();
                (source, start, step, count) = (view.source, view.start, view.step, view.count);
                break;
            case PyBytesLike bytes:
                (source, start, step, count) = (bytes, 0, 1, bytes.Count);
                break;
            default:
                throw new TypeError($"memoryview: a bytes-like object is required, not '{Builtins.type_name(obj)}'");
        }
    }

    private PyMemoryView(PyBytesLike source, long start, long step, long count) =>
        (this.source, this.start, this.step, this.count) = (source, start, step, count);

    private void Check()
    {
        if (released) throw new ValueError("operation forbidden on released memoryview object");
    }

    private int At(long k) => (int)(start + k * step);

    /// <summary>The viewed bytes, copied (what bytes(mv), bytearray(mv) and b"" + mv see).</summary>
    public byte[] ToArray()
    {
        Check();
        var result = new byte[count];
        for (long k = 0; k < count; k++) result[k] = source.Buffer[At(k)];
        return result;
    }

    public PyBytesLike obj { get { Check(); return source; } }
    public bool @readonly { get { Check(); return source is not PyByteArray; } }
    public long nbytes { get { Check(); return count; } }
    public string format { get { Check(); return "B"; } }
    public long itemsize { get { Check(); return 1; } }
    public long ndim { get { Check(); return 1; } }
    public PyTuple shape { get { Check(); return new PyTuple([count]); } }
    public PyTuple strides { get { Check(); return new PyTuple([step]); } }
    public bool c_contiguous { get { Check(); return step == 1; } }
    public bool contiguous => c_contiguous;

    public long __len__() { Check(); return count; }

    public long __getitem__(long index)
    {
        Check();
        long i = index < 0 ? index + count : index;
        if (i < 0 || i >= count) throw new IndexError("index out of bounds on dimension 1");
        return source.Buffer[At(i)];
    }

    public PyMemoryView __getitem__(Slice slice)
    {
        Check();
        var (from, _, by, n) = slice.Indices(count);
        return new PyMemoryView(source, start + from * step, step * by, n);
    }

    private List<byte> Writable()
    {
        Check();
        if (source is not PyByteArray) throw new TypeError("cannot modify read-only memory");
        return source.Buffer;
    }

    public void __setitem__(long index, object? value)
    {
        var buffer = Writable();
        long i = index < 0 ? index + count : index;
        if (i < 0 || i >= count) throw new IndexError("index out of bounds on dimension 1");
        if (!Py.IsInt(value)) throw new TypeError("memoryview: invalid type for format 'B'");
        var v = Py.ToBig(value);
        if (v < 0 || v > 255) throw new ValueError("memoryview: invalid value for format 'B'");
        buffer[At(i)] = (byte)v;
    }

    public void __setitem__(Slice slice, object? value)
    {
        var buffer = Writable();
        var (from, _, by, n) = slice.Indices(count);
        var items = value is PyMemoryView or PyBytesLike or byte[] ? PyBytesLike.BytesOf(value)
            : throw new TypeError($"a bytes-like object is required, not '{Builtins.type_name(value)}'");
        if (items.Length != n) throw new ValueError("memoryview assignment: lvalue and rvalue have different structures");
        for (long k = 0; k < n; k++) buffer[At(from + k * by)] = items[k];
    }

    public PyBytes tobytes() => new(ToArray());

    public PyList<long> tolist() => new(ToArray().Select(b => (long)b));

    public string hex(string? sep = null, long bytes_per_sep = 1) => new PyBytes(ToArray()).hex(sep, bytes_per_sep);

    public PyMemoryView toreadonly()
    {
        Check();
        return new PyMemoryView(new PyBytes(ToArray()), 0, 1, count);
    }

    public void release() => released = true;

    public PyMemoryView __enter__() { Check(); return this; }

    public bool __exit__(object? type, object? value, object? traceback)
    {
        release();
        return false;
    }

    public object __eq__(object? other)
    {
        if (ReferenceEquals(this, other)) return true;
        if (released || other is PyMemoryView { released: true }) return false;
        return other is PyMemoryView or PyBytesLike or byte[] ? ToArray().SequenceEqual(PyBytesLike.BytesOf(other)) : Builtins.NotImplemented;
    }

    public object __ne__(object? other) => __eq__(other) is bool eq ? !eq : Builtins.NotImplemented;

    public long __hash__()
    {
        if (!@readonly) throw new ValueError("cannot hash writable memoryview object");
        return Py.Hash(tobytes());
    }

    public IEnumerator<object?> GetEnumerator()
    {
        Check();
        for (long k = 0; k < count; k++) yield return (long)source.Buffer[At(k)];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public IEnumerable<object?> __iter__() => this;

    public override string __repr__() => released ? $"<released memory at {Py.FakeAddress(this)}>" : $"<memory at {Py.FakeAddress(this)}>";
}
