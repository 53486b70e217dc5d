using System.Collections;

namespace Py2Cs.Runtime;

/// <summary>Python's set, iterated in CPython's order for numbers (see <see cref="SetTable{T}"/>).</summary>
public class PySet<T> : ICollection<T>, IReadOnlyCollection<T>, IPySet, IPyRepr
{
    private protected SetTable<T> table = new();

    public PySet() { }

    public PySet(IEnumerable<T> items) => update(items);

    /// <summary>A set display whose items are all constants (<c>{3, 1, 2}</c>): CPython compiles it to a
    /// frozenset constant merged into an empty set, which sizes the table (and so the order) differently
    /// from adding the items one by one (and the compiler's constant merging rebuilds that frozenset
    /// from its own iteration order). Displays with any non-constant item use the constructor.</summary>
    public static PySet<T> FromConstants(params T[] items)
    {
        if (items.Length < 3) return new PySet<T>(items);
        var first = new SetTable<T>();
        foreach (var item in items) first.Add(item);
        // The compiler's constant merging rebuilds the frozenset from its own iteration order.
        var frozen = new SetTable<T>();
        foreach (var item in first.Items()) frozen.Add(item);
        var result = new PySet<T>();
        result.table.Merge(frozen);
        return result;
    }

    public int Count => table.Used;
    public bool IsReadOnly => false;

    public void add(T item) => table.Add(item);
    public void Add(T item) => table.Add(item);
    public bool Contains(T item) => table.Contains(item);
    public bool __contains__(T item) => table.Contains(item);
    public bool Remove(T item) => table.Remove(item);
    public void discard(T item) => table.Remove(item);
    public void remove(T item) { if (!table.Remove(item)) throw new KeyError(item); }
    public T pop() => table.Pop();
    public void clear() => table.Clear();
    public void Clear() => table.Clear();

    public PySet<T> copy() => Fresh(this);

    /// <summary>A new set of the plain kind filled the way CPython's set_copy fills it.</summary>
    private protected virtual PySet<T> Empty() => new();

    private PySet<T> Fresh(PySet<T> source)
    {
        var result = Empty();
        result.table.Merge(source.table);
        return result;
    }

    public void update(params IEnumerable<T>[] others)
    {
        foreach (var other in others) UpdateOne(other);
    }

    private void UpdateOne(IEnumerable<T> other)
    {
        switch (other)
        {
            case PySet<T> set: table.Merge(set.table); break;
            case IPyDict dict:
                table.Presize(dict.Count);
                foreach (var item in other) table.Add(item);
                break;
            default:
                foreach (var item in other) table.Add(item);
                break;
        }
    }

    public PySet<T> union(params IEnumerable<T>[] others)
    {
        var result = copy();
        result.update(others);
        return result;
    }

    public PySet<T> intersection(params IEnumerable<T>[] others)
    {
        PySet<T> result = this;
        foreach (var other in others) result = result.IntersectOne(other);
        return ReferenceEquals(result, this) ? copy() : result;
    }

    private PySet<T> IntersectOne(IEnumerable<T> other)
    {
        var result = Empty();
        if (other is PySet<T> otherSet)
        {
            PySet<T> big = this, small = otherSet;
            if (otherSet.Count > Count) { big = otherSet; small = this; }
            foreach (var item in small.table.Items()) if (big.table.Contains(item)) result.table.Add(item);
            return result;
        }
        foreach (var item in other) if (table.Contains(item)) result.table.Add(item);
        return result;
    }

    /// <summary>CPython's set_difference_multi: the first operand through set_difference, the rest
    /// removed in place.</summary>
    public PySet<T> difference(params IEnumerable<T>[] others)
    {
        if (others.Length == 0) return copy();
        var result = DifferenceOne(others[0]);
        for (int i = 1; i < others.Length; i++) result.difference_update(others[i]);
        return result;
    }

    private PySet<T> DifferenceOne(IEnumerable<T> other)
    {
        int otherSize = other is PySet<T> s ? s.Count : other is IPyDict d ? d.Count : -1;
        if (otherSize < 0 || (Count >> 2) > otherSize)
        {
            var copied = copy();
            foreach (var item in other) copied.table.Remove(item);
            copied.table.ShrinkDummies();
            return copied;
        }
        var result = Empty();
        var lookup = other as PySet<T> ?? new PySet<T>(other);
        foreach (var item in table.Items()) if (!lookup.table.Contains(item)) result.table.Add(item);
        return result;
    }

    public PySet<T> symmetric_difference(IEnumerable<T> other)
    {
        var result = Empty();
        result.UpdateOne(other);
        foreach (var item in table.Items())
        {
            if (!result.table.Remove(item)) result.table.Add(item);
        }
        return result;
    }

    public void intersection_update(params IEnumerable<T>[] others) => Replace(intersection(others));
    public void difference_update(params IEnumerable<T>[] others)
    {
        foreach (var other in others)
        {
            if (ReferenceEquals(other, this)) { table.Clear(); continue; }
            foreach (var item in other.ToList()) table.Remove(item);
            table.ShrinkDummies();
        }
    }

    public void symmetric_difference_update(IEnumerable<T> other)
    {
        var source = other as PySet<T> ?? new PySet<T>(other);
        foreach (var item in source.table.Items().ToList())
        {
            if (!table.Remove(item)) table.Add(item);
        }
    }

    private void Replace(PySet<T> other)
    {
        table = other.table;
    }

    public bool issubset(IEnumerable<T> other)
    {
        var set = other as PySet<T> ?? new PySet<T>(other);
        return Count <= set.Count && table.Items().All(set.table.Contains);
    }

    public bool issuperset(IEnumerable<T> other) => other.All(table.Contains);
    public bool isdisjoint(IEnumerable<T> other) => !other.Any(table.Contains);

    public static PySet<T> operator |(PySet<T> a, PySet<T> b) => a.union(b);
    public static PySet<T> operator &(PySet<T> a, PySet<T> b) => a.intersection(b);
    public static PySet<T> operator -(PySet<T> a, PySet<T> b) => a.difference(b);
    public static PySet<T> operator ^(PySet<T> a, PySet<T> b) => a.symmetric_difference(b);

    public IEnumerator<T> GetEnumerator() => table.Items().GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    public void CopyTo(T[] array, int arrayIndex) { foreach (var item in this) array[arrayIndex++] = item; }

    public virtual string __repr__() =>
        Count == 0 ? "set()" : ReprGuard.Sequence("{", this.Cast<object?>(), "}", this);

    public override string ToString() => __repr__();

    IEnumerable<object?> IPySet.Objects() => this.Cast<object?>();
    bool IPySet.ContainsObject(object? item) => ArgConvert.TryValue(item, typeof(T), out object? typed) && typed is T t ? table.Contains(t) : item is null && default(T) is null && table.Contains(default!);
    bool IPySet.IsSubsetOf(IPySet other) => Count <= other.Count && this.All(item => other.ContainsObject(item));
    object IPySet.Union(object? other) => union(Typed(other, "|"));
    object IPySet.Intersection(object? other) => intersection(Typed(other, "&"));
    object IPySet.Difference(object? other) => difference(Typed(other, "-"));
    object IPySet.SymmetricDifference(object? other) => symmetric_difference(Typed(other, "^"));

    void IPySet.UpdateInPlace(object? other, string symbol)
    {
        var items = Typed(other, symbol).ToList();
        switch (symbol)
        {
            case "|=": update(items); break;
            case "&=": intersection_update(items); break;
            case "-=": difference_update(items); break;
            default: symmetric_difference_update(items); break;
        }
    }

    private IEnumerable<T> Typed(object? other, string symbol)
    {
        if (other is IEnumerable<T> typed && other is IPySet) return typed;
        if (other is IPySet set) return set.Objects().Select(PyList<T>.Element);
        throw new TypeError($"unsupported operand type(s) for {symbol}: '{Builtins.type_name(this)}' and '{Builtins.type_name(other)}'");
    }
}

/// <summary>Python's frozenset: a hashable set.</summary>
public sealed class PyFrozenSet<T> : PySet<T>, IPyFrozen, IPyHashable
{
    public PyFrozenSet() { }
    public PyFrozenSet(IEnumerable<T> items) : base(items) { }
    private protected override PySet<T> Empty() => new PyFrozenSet<T>();
    public override string __repr__() => Count == 0 ? "frozenset()" : "frozenset(" + ReprGuard.Sequence("{", this.Cast<object?>(), "}", this) + ")";

    /// <summary>CPython's frozenset hash (order independent).</summary>
    public long PythonHash()
    {
        ulong hash = 0;
        foreach (var item in this)
        {
            ulong h = (ulong)Py.Hash(item);
            hash ^= ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
        }
        hash ^= ((ulong)Count + 1) * 1927868237UL;
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash * 69069U + 907133923UL;
        return hash == ulong.MaxValue ? 590923713 : (long)hash;
    }
}
