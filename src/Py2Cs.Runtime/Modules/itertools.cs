#pragma warning disable CS8981 // Python module names are lower case.
namespace Py2Cs.Runtime;

/// <summary>Python's <c>itertools</c> module. Combinatoric functions yield <see cref="PyTuple"/>s
/// (their arity depends on arguments); the two-iterable <c>product</c> yields C# tuples.</summary>
[PyModule("itertools")]
public static class itertools
{
    public static IEnumerable<long> count(long start = 0, long step = 1)
    {
        for (long i = start; ; i += step) yield return i;
    }

    public static IEnumerable<double> count(double start, double step = 1.0)
    {
        for (long n = 0; ; n++) yield return start + n * step;
    }

    public static IEnumerable<T> islice<T>(IEnumerable<T> items, long? stop) => islice(items, 0, stop, 1);

    public static IEnumerable<T> islice<T>(IEnumerable<T> items, long? start, long? stop, long? step = 1)
    {
        long first = start ?? 0, by = step ?? 1;
        if (first < 0 || (stop is long s && s < 0)) throw new ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
        if (by <= 0) throw new ValueError("Step for islice() must be a positive integer or None.");
        long index = 0, next = first;
        if (stop is long limit && limit <= first) yield break;
        foreach (var item in items)
        {
            if (index == next)
            {
                yield return item;
                next += by;
            }
            index++;
            if (stop is long end && (index >= end || next >= end)) yield break;
        }
    }

    public static IEnumerable<T> chain<T>(params IEnumerable<T>[] iterables) => iterables.SelectMany(x => x);
    public static IEnumerable<T> chain_from_iterable<T>(IEnumerable<IEnumerable<T>> iterables) => iterables.SelectMany(x => x);

    /// <summary>Consecutive runs with the same key; each group is materialised when it starts.</summary>
    public static IEnumerable<(TKey, PyList<T>)> groupby<T, TKey>(IEnumerable<T> items, Func<T, TKey> key)
    {
        PyList<T>? group = null;
        TKey current = default!;
        foreach (var item in items)
        {
            TKey k = key(item);
            if (group is not null && Py.Eq(k, current)) { group.Add(item); continue; }
            if (group is not null) yield return (current, group);
            group = new PyList<T> { item };
            current = k;
        }
        if (group is not null) yield return (current, group);
    }

    public static IEnumerable<(T, PyList<T>)> groupby<T>(IEnumerable<T> items) => groupby(items, x => x);

    public static IEnumerable<T> accumulate<T>(IEnumerable<T> items, Func<T, T, T>? func = null, object? initial = null)
    {
        bool started = false;
        T total = default!;
        // initial: 100 arrives as a C# int boxed into the object parameter: converted to the items' type.
        if (initial is not null)
        {
            total = Py.As<T>(initial);
            started = true;
            yield return total;
        }
        foreach (var item in items)
        {
            total = !started ? item : func is null ? (T)Py.Add(total, item)! : func(total, item);
            started = true;
            yield return total;
        }
    }

    /// <summary><c>accumulate(xs, operator.mul)</c>, or a function whose result is not the items' type: called with
    /// any values, as <c>functools.reduce</c>'s object overload is.</summary>
    public static IEnumerable<object?> accumulate(System.Collections.IEnumerable items, Func<object?, object?, object?> func, object? initial = null)
    {
        bool started = initial is not null;
        object? total = initial;
        if (started) yield return total;
        foreach (var item in Py.Iter(items))
        {
            total = started ? func(total, item) : item;
            started = true;
            yield return total;
        }
    }

    public static IEnumerable<(T1, T2)> product<T1, T2>(IEnumerable<T1> a, IEnumerable<T2> b)
    {
        var second = b.ToList();
        foreach (var x in a.ToList()) foreach (var y in second) yield return (x, y);
    }

    public static IEnumerable<PyTuple> product(params object?[] iterables) => product(iterables, 1);

    public static IEnumerable<PyTuple> product(object?[] iterables, long repeat)
    {
        var pools = Enumerable.Repeat(iterables.Select(i => Py.Iter(i).ToList()), (int)repeat).SelectMany(p => p).ToList();
        IEnumerable<List<object?>> result = [[]];
        foreach (var pool in pools)
        {
            var previous = result.ToList();
            result = previous.SelectMany(prefix => pool.Select(item => new List<object?>(prefix) { item }));
        }
        return result.Select(items => new PyTuple(items.ToArray()));
    }

    /// <summary><c>cycle("ab")</c>: the characters as one-character strings.</summary>
    public static IEnumerable<string> cycle(string text) => cycle(Py.Chars(text));

    public static IEnumerable<T> cycle<T>(IEnumerable<T> items)
    {
        var saved = new List<T>();
        foreach (var item in items) { saved.Add(item); yield return item; }
        if (saved.Count == 0) yield break;
        while (true) foreach (var item in saved) yield return item;
    }

    public static IEnumerable<T> repeat<T>(T item, long? times = null)
    {
        for (long i = 0; times is null || i < times; i++) yield return item;
    }

    public static IEnumerable<PyTuple> zip_longest(object?[] iterables, object? fillvalue = null)
    {
        var enumerators = iterables.Select(i => Py.Iter(i).GetEnumerator()).ToArray();
        var active = enumerators.Select(_ => true).ToArray();
        while (true)
        {
            var items = new object?[enumerators.Length];
            bool any = false;
            for (int i = 0; i < enumerators.Length; i++)
            {
                if (active[i] && enumerators[i].MoveNext()) { items[i] = enumerators[i].Current; any = true; }
                else { active[i] = false; items[i] = fillvalue; }
            }
            if (!any) yield break;
            yield return new PyTuple(items);
        }
    }

    public static IEnumerable<PyTuple> zip_longest(params object?[] iterables) => zip_longest(iterables, null);

    public static IEnumerable<PyTuple> permutations<T>(IEnumerable<T> items, long? r = null)
    {
        var pool = items.Select(x => (object?)x).ToList();
        int n = pool.Count, k = (int)(r ?? n);
        if (k > n) yield break;
        var indices = Enumerable.Range(0, n).ToArray();
        var cycles = Enumerable.Range(n - k + 1, k).Reverse().ToArray();
        yield return new PyTuple(indices.Take(k).Select(i => pool[i]).ToArray());
        while (n > 0)
        {
            bool advanced = false;
            for (int i = k - 1; i >= 0; i--)
            {
                cycles[i]--;
                if (cycles[i] == 0)
                {
                    int first = indices[i];
                    Array.Copy(indices, i + 1, indices, i, n - i - 1);
                    indices[n - 1] = first;
                    cycles[i] = n - i;
                }
                else
                {
                    int j = cycles[i];
                    (indices[i], indices[n - j]) = (indices[n - j], indices[i]);
                    yield return new PyTuple(indices.Take(k).Select(x => pool[x]).ToArray());
                    advanced = true;
                    break;
                }
            }
            if (!advanced) yield break;
        }
    }

    public static IEnumerable<PyTuple> combinations<T>(IEnumerable<T> items, long r)
    {
        var pool = items.Select(x => (object?)x).ToList();
        int n = pool.Count, k = (int)r;
        if (k > n) yield break;
        var indices = Enumerable.Range(0, k).ToArray();
        yield return new PyTuple(indices.Select(i => pool[i]).ToArray());
        while (true)
        {
            int i = k - 1;
            while (i >= 0 && indices[i] == i + n - k) i--;
            if (i < 0) yield break;
            indices[i]++;
            for (int j = i + 1; j < k; j++) indices[j] = indices[j - 1] + 1;
            yield return new PyTuple(indices.Select(x => pool[x]).ToArray());
        }
    }

    public static IEnumerable<PyTuple> combinations_with_replacement<T>(IEnumerable<T> items, long r)
    {
        var pool = items.Select(x => (object?)x).ToList();
        int n = pool.Count, k = (int)r;
        if (n == 0 && k > 0) yield break;
        var indices = new int[k];
        yield return new PyTuple(indices.Select(i => pool[i]).ToArray());
        while (true)
        {
            int i = k - 1;
            while (i >= 0 && indices[i] == n - 1) i--;
            if (i < 0) yield break;
            int value = indices[i] + 1;
            for (int j = i; j < k; j++) indices[j] = value;
            yield return new PyTuple(indices.Select(x => pool[x]).ToArray());
        }
    }

    public static IEnumerable<(T, T)> pairwise<T>(IEnumerable<T> items)
    {
        using var e = items.GetEnumerator();
        if (!e.MoveNext()) yield break;
        T previous = e.Current;
        while (e.MoveNext()) { yield return (previous, e.Current); previous = e.Current; }
    }

    public static IEnumerable<T> takewhile<T>(Func<T, bool> predicate, IEnumerable<T> items) => items.TakeWhile(predicate);
    public static IEnumerable<T> dropwhile<T>(Func<T, bool> predicate, IEnumerable<T> items) => items.SkipWhile(predicate);
    public static IEnumerable<T> filterfalse<T>(Func<T, object?>? predicate, IEnumerable<T> items) =>
        items.Where(x => !Py.Truthy(predicate is null ? x : predicate(x)));
    public static IEnumerable<T> compress<T>(IEnumerable<T> data, System.Collections.IEnumerable selectors) =>
        data.Zip(Py.Iter(selectors)).Where(p => Py.Truthy(p.Second)).Select(p => p.First);
    public static IEnumerable<object?> starmap(object function, System.Collections.IEnumerable items) =>
        Py.Iter(items).Select(args => Py.Call(function, Py.Iter(args).ToArray()));

    public static PyTuple tee<T>(IEnumerable<T> items, long n = 2)
    {
        var buffer = items.ToList();
        return new PyTuple(Enumerable.Range(0, (int)n).Select(_ => (object?)new PyIterator<T>(buffer)).ToArray());
    }
}
