namespace Py2Cs.Runtime;

/// <summary>Python's list: Python's methods, negative indices, slices, repr and operators.</summary>
public class PyList<T> : List<T>, IPyList, IPyRepr
{
    public PyList() { }
    public PyList(IEnumerable<T> items) : base(items) { }

    public void append(T item) => Add(item);
    public void extend(IEnumerable<T> items) => AddRange(items is string s ? s.Select(c => (T)(object)c.ToString()) : items);

    public void insert(long index, T item)
    {
        if (index < 0) index = Math.Max(0, index + Count);
        Insert((int)Math.Min(index, Count), item);
    }

    public T pop(long index = -1)
    {
        if (Count == 0) throw new IndexError("pop from empty list");
        int i = Count > 0 && index >= -Count && index < Count ? (int)(index < 0 ? index + Count : index) : throw new IndexError("pop index out of range");
        T item = base[i];
        RemoveAt(i);
        return item;
    }

    public void remove(T item)
    {
        for (int i = 0; i < Count; i++)
        {
            if (Py.SameOrEqual(base[i], item)) { RemoveAt(i); return; }
        }
        throw new ValueError("list.remove(x): x not in list");
    }

    public long index(T item, long start = 0, long stop = long.MaxValue)
    {
        var (from, to, _, _) = new Slice(start, stop).Indices(Count);
        for (long i = from; i < to; i++) if (Py.SameOrEqual(base[(int)i], item)) return i;
        throw new ValueError($"{Builtins.repr(item)} is not in list");
    }

    public long count(T item) => this.LongCount(x => Py.SameOrEqual(x, item));

    public void reverse() => Reverse();
    public PyList<T> copy() => new(this);
    public void clear() => Clear();

    /// <summary>Stable sort using only Python's <c>&lt;</c>, like CPython's list.sort.</summary>
    public void sort(Func<T, object?>? key = null, bool reverse = false)
    {
        var sorted = PySort.Sorted(this, key, reverse);
        Clear();
        AddRange(sorted);
    }

    public T this[long index]
    {
        get => base[Py.Index(index, Count, "list")];
        set
        {
            if (index < -Count || index >= Count) throw new IndexError("list assignment index out of range");
            base[(int)(index < 0 ? index + Count : index)] = value;
        }
    }

    public PyList<T> this[Slice slice]
    {
        get
        {
            var (start, _, step, count) = slice.Indices(Count);
            var result = new PyList<T>();
            for (long i = 0, j = start; i < count; i++, j += step) result.Add(base[(int)j]);
            return result;
        }
        set => SetSlice(slice, value);
    }

    public void SetSlice(Slice slice, IEnumerable<T> items)
    {
        var values = items.ToList();
        var (start, stop, step, count) = slice.Indices(Count);
        if (step == 1)
        {
            if (stop < start) stop = start;
            RemoveRange((int)start, (int)(stop - start));
            InsertRange((int)start, values);
            return;
        }
        if (values.Count != count)
            throw new ValueError($"attempt to assign sequence of size {values.Count} to extended slice of size {count}");
        for (long i = 0, j = start; i < count; i++, j += step) base[(int)j] = values[(int)i];
    }

    public void __delitem__(long index)
    {
        if (index < -Count || index >= Count) throw new IndexError("list assignment index out of range");
        RemoveAt((int)(index < 0 ? index + Count : index));
    }

    public void __delitem__(Slice slice)
    {
        var (start, _, step, count) = slice.Indices(Count);
        var doomed = new HashSet<long>();
        for (long i = 0, j = start; i < count; i++, j += step) doomed.Add(j);
        var kept = this.Where((_, i) => !doomed.Contains(i)).ToList();
        Clear();
        AddRange(kept);
    }

    public bool __contains__(T item) => this.Any(x => Py.SameOrEqual(x, item));

    public static PyList<T> operator +(PyList<T> a, IEnumerable<T> b)
    {
        var result = new PyList<T>(a);
        result.AddRange(b);
        return result;
    }

    public static PyList<T> operator *(PyList<T> a, long n)
    {
        var result = new PyList<T>();
        for (long i = 0; i < n; i++) result.AddRange(a);
        return result;
    }

    public static PyList<T> operator *(long n, PyList<T> a) => a * n;

    public virtual string __repr__() => ReprGuard.Sequence("[", this.Cast<object?>(), "]", this);
    public override string ToString() => __repr__();

    IReadOnlyList<object?> IPyList.Items() => this.Cast<object?>().ToList();

    object IPyList.Concat(object? other)
    {
        if (other is IEnumerable<T> typed && other is IPyList) return this + typed;
        if (other is IPyList list)
        {
            var result = new PyList<object?>(this.Cast<object?>());
            result.AddRange(list.Items());
            return result;
        }
        throw new TypeError($"can only concatenate list (not \"{Builtins.type_name(other)}\") to list");
    }

    object IPyList.Repeat(long count) => this * count;

    void IPyList.ExtendInPlace(object? items)
    {
        if (items is IEnumerable<T> typed) { extend(ReferenceEquals(items, this) ? this.ToList() : typed); return; }
        foreach (var item in Py.Iter(items).ToList()) Add(Element(item));
    }

    void IPyList.RepeatInPlace(long count)
    {
        var once = this.ToList();
        Clear();
        for (long i = 0; i < count; i++) AddRange(once);
    }

    object? IPyList.GetItem(object? index) => index switch
    {
        Slice s => this[s],
        _ when Py.TryLong(index, out long i) => this[i],
        _ => throw new TypeError($"list indices must be integers or slices, not {Builtins.type_name(index)}"),
    };

    void IPyList.SetItem(object? index, object? value)
    {
        if (index is Slice s) { SetSlice(s, Py.Iter(value).Select(Element)); return; }
        if (!Py.TryLong(index, out long i)) throw new TypeError($"list indices must be integers or slices, not {Builtins.type_name(index)}");
        this[i] = Element(value);
    }

    void IPyList.DelItem(object? index)
    {
        if (index is Slice s) __delitem__(s);
        else if (Py.TryLong(index, out long i)) __delitem__(i);
        else throw new TypeError($"list indices must be integers or slices, not {Builtins.type_name(index)}");
    }

    bool IPyList.ContainsItem(object? item) => this.Any(x => Py.SameOrEqual(x, item));

    internal static T Element(object? value) =>
        ArgConvert.TryValue(value, typeof(T), out object? converted) ? (T)converted! : throw new TypeError($"cannot store {Builtins.type_name(value)} in list[{typeof(T).Name}]");
}
