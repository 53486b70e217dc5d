using System.Collections;
using System.Numerics;

namespace Py2Cs.Runtime;

public static partial class Builtins
{
    // A `str | None` argument reaches the str overloads as null; CPython's TypeError, not a NullReferenceException.
    public static long len(string value) => value is null ? Py.Len(null) : StrCodePoints.Length(value);
    public static long len(object? value) => Py.Len(value);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static PyRange range(long stop) => new(0, stop);
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static PyRange range(long start, long stop, long step = 1) => new(start, stop, step);

    public static IEnumerable<(long, T)> enumerate<T>(IEnumerable<T> items, long start = 0)
    {
        long i = start;
        foreach (var item in items) yield return (i++, item);
    }

    public static IEnumerable<(long, string)> enumerate(string text, long start = 0) => enumerate(Chars(text), start);

    public static IEnumerable<(T1, T2)> zip<T1, T2>(IEnumerable<T1> a, IEnumerable<T2> b, bool strict = false) =>
        strict ? StrictZip([a, b]).Select(t => ((T1)t.Items[0]!, (T2)t.Items[1]!)) : a.Zip(b);
    public static IEnumerable<(T1, T2, T3)> zip<T1, T2, T3>(IEnumerable<T1> a, IEnumerable<T2> b, IEnumerable<T3> c, bool strict = false) =>
        strict ? StrictZip([a, b, c]).Select(t => ((T1)t.Items[0]!, (T2)t.Items[1]!, (T3)t.Items[2]!)) : a.Zip(b, c);
    public static IEnumerable<(string, T2)> zip<T2>(string a, IEnumerable<T2> b, bool strict = false) => zip(Chars(a), b, strict);

    /// <summary><c>zip(..., strict=True)</c>: as zip, and a ValueError with CPython's message when one
    /// iterable ends before or after the others.</summary>
    public static IEnumerable<PyTuple> zip(object?[] iterables, bool strict)
    {
        if (!strict) return zip(iterables);
        return StrictZip(iterables);
    }

    static IEnumerable<PyTuple> StrictZip(object?[] iterables)
    {
        var enumerators = iterables.Select(i => Py.Iter(i).GetEnumerator()).ToArray();
        if (enumerators.Length == 0) yield break;
        while (true)
        {
            var items = new object?[enumerators.Length];
            for (int i = 0; i < enumerators.Length; i++)
            {
                if (enumerators[i].MoveNext()) { items[i] = enumerators[i].Current; continue; }
                if (i > 0) throw new ValueError($"zip() argument {i + 1} is shorter than argument{(i == 1 ? "" : "s")} 1{(i == 1 ? "" : "-" + i)}");
                for (int j = 1; j < enumerators.Length; j++)
                    if (enumerators[j].MoveNext())
                        throw new ValueError($"zip() argument {j + 1} is longer than argument{(j == 1 ? "" : "s")} 1{(j == 1 ? "" : "-" + j)}");
                yield break;
            }
            yield return new PyTuple(items);
        }
    }

    public static IEnumerable<PyTuple> zip(params object?[] iterables)
    {
        var enumerators = iterables.Select(i => Py.Iter(i).GetEnumerator()).ToArray();
        if (enumerators.Length == 0) yield break;
        while (true)
        {
            var items = new object?[enumerators.Length];
            for (int i = 0; i < enumerators.Length; i++)
            {
                if (!enumerators[i].MoveNext()) yield break;
                items[i] = enumerators[i].Current;
            }
            yield return new PyTuple(items);
        }
    }

    // reversed() gives a one-shot iterator, as CPython's: next() takes from it, a second loop finds it empty.
    public static PyIterator<T> reversed<T>(IEnumerable<T> items) => new(items.Reverse().ToList(), ReversedKind(items));
    public static PyIterator<string> reversed(string text) => new(Chars(text).Reverse().ToList(), "reversed");

    /// <summary>reversed(x) of a value known only at run time: a class's __reversed__, else its sequence
    /// protocol (__len__ and __getitem__ from the end), else the items of a builtin sequence backwards.</summary>
    public static PyIterator<object?> reversed(object? value)
    {
        if (value is PyObject && Dunder.TryCall(value, "__reversed__", out object? iterator))
            return iterator as PyIterator<object?> ?? new PyIterator<object?>(Py.Iter(iterator), "reversed");
        if (value is PyObject && Dunder.Has(value, "__len__", 0) && Dunder.Has(value, "__getitem__", 1))
            return new PyIterator<object?>(ReversedSequence(value), "reversed");
        if (value is null or PyObject or IPySet) throw new TypeError($"'{type_name(value)}' object is not reversible");
        return new PyIterator<object?>(Py.Iter(value).Reverse().ToList(), ReversedKind(value));
    }

    private static IEnumerable<object?> ReversedSequence(object sequence)
    {
        for (long i = Py.Len(sequence) - 1; i >= 0; i--)
        {
            Dunder.TryCall(sequence, "__getitem__", out object? item, i);
            yield return item;
        }
    }

    private static string ReversedKind(object items) => items switch
    {
        IPyList => "list_reverseiterator",
        PyRange => "range_iterator",
        IPyDict => "dict_reversekeyiterator",
        _ => "reversed",
    };

    public static PyList<T> sorted<T>(IEnumerable<T> items, Func<T, object?>? key = null, bool reverse = false) =>
        new(PySort.Sorted(items, key, reverse));

    public static PyList<string> sorted(string text, Func<string, object?>? key = null, bool reverse = false) =>
        new(PySort.Sorted(Chars(text), key, reverse));

    public static T max<T>(IEnumerable<T> items, Func<T, object?>? key = null) =>
        Extreme(items, key, Py.Gt, "max", out T result) ? result : throw new ValueError("max() arg is an empty sequence");

    public static T max<T>(IEnumerable<T> items, T @default, Func<T, object?>? key = null) =>
        Extreme(items, key, Py.Gt, "max", out T result) ? result : @default;

    public static T max<T>(T a, T b, params T[] rest) => max(new[] { a, b }.Concat(rest));

    /// <summary><c>max(a, b, key=f)</c>: the arguments themselves are the items (C# has no parameter after params).</summary>
    public static T max<T>(T a, T b, Func<T, object?> key) => max(new[] { a, b }, key);

    public static T max<T>(T a, T b, T c, Func<T, object?> key) => max(new[] { a, b, c }, key);

    public static T min<T>(IEnumerable<T> items, Func<T, object?>? key = null) =>
        Extreme(items, key, Py.Lt, "min", out T result) ? result : throw new ValueError("min() arg is an empty sequence");

    public static T min<T>(IEnumerable<T> items, T @default, Func<T, object?>? key = null) =>
        Extreme(items, key, Py.Lt, "min", out T result) ? result : @default;

    public static T min<T>(T a, T b, params T[] rest) => min(new[] { a, b }.Concat(rest));

    public static T min<T>(T a, T b, Func<T, object?> key) => min(new[] { a, b }, key);

    public static T min<T>(T a, T b, T c, Func<T, object?> key) => min(new[] { a, b, c }, key);

    private static bool Extreme<T>(IEnumerable<T> items, Func<T, object?>? key, Func<object?, object?, bool> better, string name, out T result)
    {
        result = default!;
        object? bestKey = null;
        bool any = false;
        foreach (var item in items)
        {
            object? k = key is null ? item : key(item);
            if (!any || better(k, bestKey)) { result = item; bestKey = k; any = true; }
        }
        return any;
    }

    public static long sum(IEnumerable<long> items, long start = 0)
    {
        long total = start;
        foreach (var item in items) total = checked(total + item);
        return total;
    }

    public static double sum(IEnumerable<double> items, double start = 0)
    {
        double total = start;
        foreach (var item in items) total += item;
        return total;
    }

    public static object? sum(IEnumerable items, object? start = null)
    {
        if (start is string) throw new TypeError("sum() can't sum strings [use ''.join(seq) instead]");
        object? total = start ?? 0L;
        foreach (var item in Py.Iter(items)) total = Py.Add(total, item);
        return total;
    }

    public static bool any(IEnumerable items) => Py.Iter(items).Any(Py.Truthy);
    public static bool all(IEnumerable items) => Py.Iter(items).All(Py.Truthy);
    public static bool any(IEnumerable<bool> items) => items.Any(b => b);
    public static bool all(IEnumerable<bool> items) => items.All(b => b);

    public static IEnumerable<TResult> map<T, TResult>(Func<T, TResult> function, IEnumerable<T> items) => items.Select(function);
    public static IEnumerable<TResult> map<T1, T2, TResult>(Func<T1, T2, TResult> function, IEnumerable<T1> a, IEnumerable<T2> b) => a.Zip(b, function);

    public static IEnumerable<T> filter<T>(Func<T, object?>? predicate, IEnumerable<T> items) =>
        items.Where(item => Py.Truthy(predicate is null ? item : predicate(item)));

    // A str iterates one-character strs, not C# chars (which int() would read as their code).
    public static IEnumerable<TResult> map<TResult>(Func<string, TResult> function, string text) => Chars(text).Select(function);
    public static IEnumerable<string> filter(Func<string, object?>? predicate, string text) => filter(predicate, Chars(text));


    public static PyList<object?> list() => new();
    public static PyList<T> list<T>(IEnumerable<T> items) => new(items);
    public static PyList<string> list(string text) => new(Chars(text));
    public static PyList<object?> list(object? items) => new(Py.Iter(items));

    public static PyDict<object, object?> dict() => new();
    public static PyDict<TKey, TValue> dict<TKey, TValue>(IEnumerable<(TKey, TValue)> pairs) where TKey : notnull => new(pairs);
    public static PyDict<TKey, TValue> dict<TKey, TValue>(PyDict<TKey, TValue> other) where TKey : notnull => other.copy();

    /// <summary><c>dict(x)</c> for an untyped mapping or iterable of pairs.</summary>
    public static PyDict<object, object?> dict(object? source)
    {
        var d = new PyDict<object, object?>();
        if (source is IPyDict mapping)
        {
            foreach (var pair in mapping.Pairs()) d[pair.Key!] = pair.Value;
            return d;
        }
        int index = 0;
        foreach (var item in Py.Iter(source))
        {
            List<object?> pair;
            try { pair = Py.Iter(item).ToList(); }
            catch (TypeError) { throw new TypeError($"cannot convert dictionary update sequence element #{index} to a sequence"); }
            if (pair.Count != 2)
                throw new ValueError($"dictionary update sequence element #{index} has length {pair.Count}; 2 is required");
            d[pair[0]!] = pair[1];
            index++;
        }
        return d;
    }

    /// <summary><c>dict(d, x=1)</c>: a copy of the dict, then the keywords (its keys are str).</summary>
    public static PyDict<TKey, TValue> dict<TKey, TValue>(PyDict<TKey, TValue> other, params KeywordArgument[] keywords) where TKey : notnull
    {
        var d = other.copy();
        foreach (var kw in keywords) ((IPyDict)d).SetObject(kw.Name, kw.Value);
        return d;
    }

    /// <summary><c>dict(mapping, x=1)</c>: the mapping's entries, then the keywords.</summary>
    public static PyDict<object, object?> dict(object? source, params KeywordArgument[] keywords)
    {
        var d = dict(source);
        foreach (var kw in keywords) d[kw.Name] = kw.Value;
        return d;
    }

    /// <summary><c>dict(x=1, y=2)</c>, emitted as <c>dict(Py.Kw("x", 1), Py.Kw("y", 2))</c>.</summary>
    public static PyDict<string, object?> dict(params KeywordArgument[] keywords)
    {
        var d = new PyDict<string, object?>();
        foreach (var kw in keywords) d[kw.Name] = kw.Value;
        return d;
    }

    public static PySet<object?> set() => new();
    public static PySet<T> set<T>(IEnumerable<T> items) => new(items);
    public static PySet<string> set(string text) => new(Chars(text));
    public static PySet<object?> set(object? items) => new(Py.Iter(items));
    public static PyFrozenSet<T> frozenset<T>(IEnumerable<T> items) => new(items);
    // frozenset("xyz") holds one-character strings, as set("xyz") does (not the string's chars).
    public static PyFrozenSet<string> frozenset(string text) => new(Chars(text));
    public static PyFrozenSet<object?> frozenset(object? items) => new(Py.Iter(items));
    public static PyFrozenSet<object?> frozenset() => new();

    public static PyTuple tuple() => PyTuple.Empty;
    public static PyTuple tuple<T>(IEnumerable<T> items) => new(items.Select(x => (object?)x));
    public static PyTuple tuple(string text) => new(Chars(text));
    public static PyTuple tuple(object? items) => new(Py.Iter(items));

    public static PyIterator<T> iter<T>(IEnumerable<T> items) => items as PyIterator<T> ?? new PyIterator<T>(items, IteratorKind(items));
    public static PyIterator<string> iter(string text) => new(Chars(text), "str_ascii_iterator");

    /// <summary><c>iter(callable, sentinel)</c>: calls <paramref name="callable"/> with no arguments until it
    /// returns a value equal to <paramref name="sentinel"/> (CPython's <c>callable_iterator</c>).</summary>
    public static PyIterator<T> iter<T>(Func<T> callable, object? sentinel) => new(UntilSentinel(callable, sentinel), "callable_iterator");

    /// <summary><c>iter(f, sentinel)</c> with <c>f</c> any Python callable.</summary>
    public static PyIterator<object?> iter(object? callable, object? sentinel)
    {
        if (!Py.IsCallable(callable)) throw new TypeError("iter(v, w): v must be callable");
        return new(UntilSentinel(() => Py.Call(callable), sentinel), "callable_iterator");
    }

    private static IEnumerable<T> UntilSentinel<T>(Func<T> callable, object? sentinel)
    {
        while (true)
        {
            T value;
            // A StopIteration from the callable ends the iteration too, as CPython's callable_iterator does.
            try { value = callable(); }
            catch (StopIteration) { break; }
            if (Py.Eq(value, sentinel)) yield break;
            yield return value;
        }
    }

    private static string IteratorKind(object items) => items switch
    {
        IPyList => "list_iterator",
        PyTuple => "tuple_iterator",
        IPyDict => "dict_keyiterator",
        IPySet => "set_iterator",
        PyRange => "range_iterator",
        _ => "iterator",
    };

    public static T next<T>(PyIterator<T> iterator) => iterator.__next__();
    public static T next<T>(PyIterator<T> iterator, T @default) => iterator.TryNext(out T value) ? value : @default;

    public static object? next<T>(PyIterator<T> iterator, object? @default) => iterator.TryNext(out T value) ? value : @default;

    public static T next<T>(IEnumerator<T> iterator) => iterator.MoveNext() ? iterator.Current : throw new StopIteration();
    public static T next<T>(IEnumerator<T> iterator, T @default) => iterator.MoveNext() ? iterator.Current : @default;

    public static object? next(object? iterator)
    {
        if (iterator is not null && Dunder.TryCall(iterator, "__next__", out object? value)) return value;
        throw new TypeError($"'{type_name(iterator)}' object is not an iterator");
    }

    /// <summary>next(it, default) of an iterator known only at run time: its __next__, the default at StopIteration.</summary>
    public static object? next(object? iterator, object? @default)
    {
        try { return next(iterator); }
        catch (StopIteration) { return @default; }
    }

    internal static IEnumerable<string> Chars(string text) => Py.Chars(text);
}
