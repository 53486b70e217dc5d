namespace Py2Cs.Runtime;

/// <summary>CPython's sort contract: stable, only <c>&lt;</c> is used, reverse keeps equal items in order.</summary>
internal static class PySort
{
    public static List<T> Sorted<T>(IEnumerable<T> items, Func<T, object?>? key, bool reverse)
    {
        var list = items.ToList();
        if (reverse) list.Reverse();
        var keys = key is null ? list.Select(x => (object?)x).ToArray() : list.Select(key).ToArray();
        var order = Enumerable.Range(0, list.Count).ToArray();
        Comparison<int> compare = (i, j) =>
        {
            if (i == j) return 0;
            if (Py.Lt(keys[i], keys[j])) return -1;
            if (Py.Lt(keys[j], keys[i])) return 1;
            return i.CompareTo(j);
        };
        try
        {
            Array.Sort(order, compare);
        }
        catch (InvalidOperationException e) when (e.InnerException is BaseException inner)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(inner).Throw();
        }
        var result = order.Select(i => list[i]).ToList();
        if (reverse) result.Reverse();
        return result;
    }
}
