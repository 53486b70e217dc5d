namespace Py2Cs.Runtime;

/// <summary><c>collections.Counter</c>: a dict of counts; missing keys count 0; repr in most_common order.</summary>
[PyFactory(typeof(collections), nameof(collections.Counter))]
public class Counter<T> : PyDict<T, long>, ICounter where T : notnull
{
    public Counter() { }
    public Counter(IEnumerable<T> items) => update(items);
    public Counter(PyDict<T, long> counts) => update(counts);

    protected override long Missing(T key) => 0;

    public void update(IEnumerable<T> items)
    {
        if (items is PyDict<T, long> counts) { foreach (var (k, v) in counts.Entries().ToList()) this[k] = this[k] + v; return; }
        // Any other mapping (Counter(dict(pairs)), a dict of other type arguments in dynamic code): its values are the counts too.
        if (items is IPyDict mapping) { foreach (var (k, v) in mapping.Pairs().ToList()) this[(T)k!] = this[(T)k!] + Py.As<long>(v); return; }
        foreach (var item in items) this[item] = this[item] + 1;
    }

    /// <summary><c>c.update(mapping)</c> in dynamic code, where the dict's type arguments are not the Counter's:
    /// adds its counts (dict's own <c>update</c> would replace them).</summary>
    public new void update(IPyDict mapping) => AddCounts(mapping, +1);

    public void subtract(IPyDict mapping) => AddCounts(mapping, -1);

    /// <summary><c>c.update(mapping)</c>: adds the mapping's counts (an exact match, so C# prefers it to the interfaces).</summary>
    public void update<V>(PyDict<T, V> mapping) => AddCounts(mapping, +1);

    public void subtract<V>(PyDict<T, V> mapping) => AddCounts(mapping, -1);

    private void AddCounts(IPyDict mapping, long sign)
    {
        foreach (var (k, v) in mapping.Pairs().ToList()) this[(T)k!] = this[(T)k!] + sign * Py.As<long>(v);
    }

    /// <summary><c>c.update("abc")</c>: a str is an iterable of one-character strings (C# sees chars).</summary>
    public void update(string text) => update(Builtins.Chars(text).Cast<T>());

    public void subtract(string text) => subtract(Builtins.Chars(text).Cast<T>());

    public void subtract(IEnumerable<T> items)
    {
        if (items is PyDict<T, long> counts) { foreach (var (k, v) in counts.Entries().ToList()) this[k] = this[k] - v; return; }
        if (items is IPyDict mapping) { foreach (var (k, v) in mapping.Pairs().ToList()) this[(T)k!] = this[(T)k!] - Py.As<long>(v); return; }
        foreach (var item in items) this[item] = this[item] - 1;
    }

    /// <summary>Pairs by descending count; equal counts keep insertion order (a stable sort, like CPython).</summary>
    public PyList<(T, long)> most_common(long? n = null)
    {
        var ordered = Entries().Select((e, i) => (e.Key, e.Value, i)).OrderByDescending(e => e.Value).ThenBy(e => e.i).Select(e => (e.Key, e.Value));
        return new PyList<(T, long)>(n is long take ? ordered.Take((int)Math.Max(0, take)) : ordered);
    }

    public IEnumerable<T> elements()
    {
        foreach (var (key, count) in Entries())
            for (long i = 0; i < count; i++) yield return key;
    }

    public long total() => Entries().Sum(e => e.Value);

    public new Counter<T> copy() => Build(Entries());

    private static Counter<T> Build(IEnumerable<(T Key, long Value)> entries, Func<long, bool>? keep = null)
    {
        var result = new Counter<T>();
        foreach (var (k, v) in entries) if (keep is null || keep(v)) result[k] = v;
        return result;
    }

    public static Counter<T> operator +(Counter<T> a, Counter<T> b) => Combine(a, b, (x, y) => x + y);
    public static Counter<T> operator -(Counter<T> a, Counter<T> b) => Combine(a, b, (x, y) => x - y);
    public static Counter<T> operator |(Counter<T> a, Counter<T> b) => Combine(a, b, Math.Max);
    public static Counter<T> operator &(Counter<T> a, Counter<T> b) => Combine(a, b, Math.Min);

    /// <summary><c>+c</c>: the positive counts only.</summary>
    public static Counter<T> operator +(Counter<T> a) => Build(a.Entries(), v => v > 0);

    /// <summary><c>-c</c>: the negative counts, negated.</summary>
    public static Counter<T> operator -(Counter<T> a) => Build(a.Entries().Where(e => e.Value < 0).Select(e => (e.Key, -e.Value)));

    public Counter<T> __pos__() => +this;
    public Counter<T> __neg__() => -this;

    // CPython iterates the left operand's keys, then the right operand's new keys; only positive counts stay.
    private static Counter<T> Combine(Counter<T> a, Counter<T> b, Func<long, long, long> op)
    {
        var result = new Counter<T>();
        foreach (var (k, v) in a.Entries())
        {
            long r = op(v, b.ContainsKey(k) ? b[k] : 0);
            if (r > 0) result[k] = r;
        }
        foreach (var (k, v) in b.Entries())
        {
            if (a.ContainsKey(k)) continue;
            long r = op(0, v);
            if (r > 0) result[k] = r;
        }
        return result;
    }

    public override string __repr__() =>
        Count == 0 ? "Counter()" : "Counter(" + ReprGuard.Dict(most_common().Select(p => new KeyValuePair<object?, object?>(p.Item1, p.Item2)), this) + ")";
}

/// <summary>Marks a <see cref="Counter{T}"/> of any item type, whose operators are its own rather than dict's.</summary>
public interface ICounter { }
