namespace Py2Cs.Runtime;

/// <summary>
/// CPython's sort contract: stable, only <c>&lt;</c> is used, reverse keeps equal items in order. Short
/// lists follow CPython's count_run + binary insertion sort exactly, so the comparisons made (and the
/// TypeError a mixed list raises) are the same; longer lists use a stable merge sort.
/// </summary>
internal static class PySort
{
    public static List<T> Sorted<T>(IEnumerable<T> items, Func<T, object?>? key, bool reverse)
    {
        var list = items.ToList();
        if (reverse) list.Reverse();
        var keys = key is null ? list.Select(x => (object?)x).ToArray() : list.Select(key).ToArray();
        var order = Enumerable.Range(0, list.Count).ToArray();
        // Keys that are all ints or all strings have a total order that never raises: sort them directly
        // (stable, by index on ties), which gives the same result as the general path, much faster.
        if (order.Length >= 64 && keys.All(k => k is long)) Array.Sort(order, (i, j) => ((long)keys[i]!).CompareTo((long)keys[j]!) is int c && c != 0 ? c : i.CompareTo(j));
        else if (order.Length >= 64 && keys.All(k => k is string)) Array.Sort(order, (i, j) => string.CompareOrdinal((string)keys[i]!, (string)keys[j]!) is int c && c != 0 ? c : i.CompareTo(j));
        else if (order.Length < 64) InsertionSort(order, keys);
        else MergeSort(order, keys, new int[order.Length], 0, order.Length);
        var result = order.Select(i => list[i]).ToList();
        if (reverse) result.Reverse();
        return result;
    }

    private static bool Less(object?[] keys, int a, int b) => Py.Lt(keys[a], keys[b]);

    private static void InsertionSort(int[] order, object?[] keys)
    {
        int n = order.Length;
        if (n < 2) return;
        // count_run: the longest ascending run, or strictly descending run (reversed in place).
        int run = 2;
        if (Less(keys, order[1], order[0]))
        {
            while (run < n && Less(keys, order[run], order[run - 1])) run++;
            Array.Reverse(order, 0, run);
        }
        else
        {
            while (run < n && !Less(keys, order[run], order[run - 1])) run++;
        }
        for (int start = run; start < n; start++)
        {
            int pivot = order[start];
            int l = 0, r = start;
            do
            {
                int p = l + ((r - l) >> 1);
                if (Less(keys, pivot, order[p])) r = p; else l = p + 1;
            } while (l < r);
            Array.Copy(order, l, order, l + 1, start - l);
            order[l] = pivot;
        }
    }

    private static void MergeSort(int[] order, object?[] keys, int[] scratch, int from, int to)
    {
        if (to - from < 2) return;
        int mid = (from + to) / 2;
        MergeSort(order, keys, scratch, from, mid);
        MergeSort(order, keys, scratch, mid, to);
        int i = from, j = mid, k = from;
        while (i < mid && j < to) scratch[k++] = Less(keys, order[j], order[i]) ? order[j++] : order[i++];
        while (i < mid) scratch[k++] = order[i++];
        while (j < to) scratch[k++] = order[j++];
        Array.Copy(scratch, from, order, from, to - from);
    }
}
