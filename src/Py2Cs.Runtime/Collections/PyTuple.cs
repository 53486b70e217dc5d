using System.Collections;
using System.Runtime.CompilerServices;

namespace Py2Cs.Runtime;

/// <summary>A tuple whose arity or element types are not known statically. C# ValueTuples are tuples
/// too: the runtime converts them with <see cref="From(ITuple)"/>.</summary>
public sealed partial class PyTuple : IReadOnlyList<object?>, IPyRepr, IPyHashable, IPyFrozen
{
    public static readonly PyTuple Empty = new();

    public PyTuple(params object?[] items) { Items = items; }
    public PyTuple(IEnumerable<object?> items) { Items = items.ToArray(); }

    public object?[] Items { get; }
    public int Count => Items.Length;

    public static PyTuple From(ITuple tuple)
    {
        var items = new object?[tuple.Length];
        for (int i = 0; i < items.Length; i++) items[i] = tuple[i];
        return new PyTuple(items);
    }

    public object? this[int index] => Items[index];
    public object? this[long index] => Items[Py.Index(index, Items.Length, "tuple")];

    public PyTuple this[Slice slice]
    {
        get
        {
            var (start, _, step, count) = slice.Indices(Items.Length);
            var result = new object?[count];
            for (long i = 0, j = start; i < count; i++, j += step) result[i] = Items[j];
            return new PyTuple(result);
        }
    }

    public long count(object? item) => Items.LongCount(x => Py.SameOrEqual(x, item));

    public long index(object? item)
    {
        for (int i = 0; i < Items.Length; i++) if (Py.SameOrEqual(Items[i], item)) return i;
        throw new ValueError("tuple.index(x): x not in tuple");
    }

    public bool __contains__(object? item) => Items.Any(x => Py.SameOrEqual(x, item));

    public static PyTuple operator +(PyTuple a, PyTuple b) => new([.. a.Items, .. b.Items]);

    public static PyTuple operator *(PyTuple a, long n)
    {
        var items = new List<object?>();
        for (long i = 0; i < n; i++) items.AddRange(a.Items);
        return new PyTuple(items.ToArray());
    }

    public string __repr__() => ReprGuard.Sequence("(", Items, ")", this, singleComma: true);
    public override string ToString() => __repr__();
    public long PythonHash() => Py.TupleHash(Items);
    public override bool Equals(object? obj) => obj is PyTuple other && Py.Eq(this, other);
    public override int GetHashCode() => (int)PythonHash();

    public IEnumerator<object?> GetEnumerator() => ((IEnumerable<object?>)Items).GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
