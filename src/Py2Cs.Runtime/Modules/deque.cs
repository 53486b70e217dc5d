#pragma warning disable CS8981 // Python class names are lower case.
using System.Collections;

namespace Py2Cs.Runtime;

/// <summary><c>collections.deque</c>, optionally bounded by <c>maxlen</c>.</summary>
[PyFactory(typeof(collections), nameof(collections.deque))]
public class deque<T> : IEnumerable<T>, IReadOnlyCollection<T>, IPyRepr
{
    private readonly LinkedList<T> items = new();

    public deque(IEnumerable<T>? iterable = null, long? maxlen = null)
    {
        if (maxlen < 0) throw new ValueError("maxlen must be non-negative");
        this.maxlen = maxlen;
        if (iterable is not null) extend(iterable);
    }

    public long? maxlen { get; }
    public int Count => items.Count;

    public void append(T item)
    {
        if (maxlen == 0) return;
        items.AddLast(item);
        if (maxlen is long m && items.Count > m) items.RemoveFirst();
    }

    public void appendleft(T item)
    {
        if (maxlen == 0) return;
        items.AddFirst(item);
        if (maxlen is long m && items.Count > m) items.RemoveLast();
    }

    public void extend(IEnumerable<T> values) { foreach (var v in values.ToList()) append(v); }
    public void extendleft(IEnumerable<T> values) { foreach (var v in values.ToList()) appendleft(v); }

    public T pop()
    {
        if (items.Count == 0) throw new IndexError("pop from an empty deque");
        T value = items.Last!.Value;
        items.RemoveLast();
        return value;
    }

    public T popleft()
    {
        if (items.Count == 0) throw new IndexError("pop from an empty deque");
        T value = items.First!.Value;
        items.RemoveFirst();
        return value;
    }

    public void rotate(long n = 1)
    {
        if (items.Count <= 1) return;
        long steps = Py.Mod(n, items.Count);
        for (long i = 0; i < steps; i++) { var last = items.Last!; items.RemoveLast(); items.AddFirst(last); }
    }

    public void clear() => items.Clear();
    public deque<T> copy() => new(items, maxlen);
    public long count(T value) => items.LongCount(x => Py.SameOrEqual(x, value));
    public void reverse() { var all = items.Reverse().ToList(); items.Clear(); foreach (var v in all) items.AddLast(v); }

    public void remove(T value)
    {
        for (var node = items.First; node is not null; node = node.Next)
        {
            if (Py.SameOrEqual(node.Value, value)) { items.Remove(node); return; }
        }
        throw new ValueError($"{Builtins.repr(value)} is not in deque");
    }

    public long index(T value)
    {
        long i = 0;
        foreach (var item in items) { if (Py.SameOrEqual(item, value)) return i; i++; }
        throw new ValueError($"{Builtins.repr(value)} is not in deque");
    }

    public bool __contains__(T value) => items.Any(x => Py.SameOrEqual(x, value));

    public T this[long index]
    {
        get => Node(index).Value;
        set => Node(index).Value = value;
    }

    /// <summary>d[i] and d[i] = v where the subscript is bound at run time (Py.GetItem finds these by name).</summary>
    public T __getitem__(long index) => this[index];

    public void __setitem__(long index, T value) => this[index] = value;

    private LinkedListNode<T> Node(long index)
    {
        if (index < 0) index += items.Count;
        if (index < 0 || index >= items.Count) throw new IndexError("deque index out of range");
        var node = items.First!;
        for (long i = 0; i < index; i++) node = node.Next!;
        return node;
    }

    public IEnumerator<T> GetEnumerator() => items.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public string __repr__() =>
        "deque(" + ReprGuard.Sequence("[", items.Cast<object?>(), "]", this) + (maxlen is long m ? $", maxlen={m})" : ")");

    public override string ToString() => __repr__();
}
