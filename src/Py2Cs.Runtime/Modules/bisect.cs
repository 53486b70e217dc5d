namespace Py2Cs.Runtime;

/// <summary>
/// Python's <c>bisect</c>: CPython's binary searches over a sorted list, comparing with Python's
/// <c>&lt;</c>. With <c>key</c>, the key applies to the list's items and <c>x</c> is already a key
/// (for the searches), while <c>insort</c> applies it to the inserted item too, as in CPython 3.11.
/// An object (<see cref="Builtins.bisect"/>) because it has a function named like itself.
/// </summary>
[PyModule("bisect")]
public sealed class BisectModule
{
    public long bisect_right<T>(IList<T> a, object? x, long lo = 0, long? hi = null, Func<T, object?>? key = null)
    {
        var (low, high) = Bounds(a, lo, hi);
        while (low < high)
        {
            long mid = (low + high) / 2;
            if (Py.Lt(x, KeyOf(a[(int)mid], key))) high = mid;
            else low = mid + 1;
        }
        return low;
    }

    public long bisect_left<T>(IList<T> a, object? x, long lo = 0, long? hi = null, Func<T, object?>? key = null)
    {
        var (low, high) = Bounds(a, lo, hi);
        while (low < high)
        {
            long mid = (low + high) / 2;
            if (Py.Lt(KeyOf(a[(int)mid], key), x)) low = mid + 1;
            else high = mid;
        }
        return low;
    }

    public long bisect<T>(IList<T> a, object? x, long lo = 0, long? hi = null, Func<T, object?>? key = null) =>
        bisect_right(a, x, lo, hi, key);

    public void insort_right<T>(IList<T> a, T x, long lo = 0, long? hi = null, Func<T, object?>? key = null) =>
        a.Insert((int)bisect_right(a, key is null ? x : key(x), lo, hi, key), x);

    public void insort_left<T>(IList<T> a, T x, long lo = 0, long? hi = null, Func<T, object?>? key = null) =>
        a.Insert((int)bisect_left(a, key is null ? x : key(x), lo, hi, key), x);

    public void insort<T>(IList<T> a, T x, long lo = 0, long? hi = null, Func<T, object?>? key = null) =>
        insort_right(a, x, lo, hi, key);

    private static object? KeyOf<T>(T item, Func<T, object?>? key) => key is null ? item : key(item);

    private static (long, long) Bounds<T>(IList<T> a, long lo, long? hi)
    {
        if (lo < 0) throw new ValueError("lo must be non-negative");
        return (lo, hi ?? a.Count);
    }
}

public static partial class Builtins
{
    public static readonly BisectModule bisect = new();
}
