#pragma warning disable CS8981 // Python module names are lower case.
namespace Py2Cs.Runtime;

/// <summary>Python's <c>heapq</c>: the same sift algorithms as CPython, so equal-priority items come out
/// in the same order; items are compared with Python's <c>&lt;</c>.</summary>
[PyModule("heapq")]
public static class heapq
{
    public static void heappush<T>(IList<T> heap, T item)
    {
        heap.Add(item);
        SiftDown(heap, 0, heap.Count - 1);
    }

    public static T heappop<T>(IList<T> heap)
    {
        if (heap.Count == 0) throw new IndexError("index out of range");
        T last = heap[^1];
        heap.RemoveAt(heap.Count - 1);
        if (heap.Count == 0) return last;
        T top = heap[0];
        heap[0] = last;
        SiftUp(heap, 0);
        return top;
    }

    public static T heapreplace<T>(IList<T> heap, T item)
    {
        if (heap.Count == 0) throw new IndexError("index out of range");
        T top = heap[0];
        heap[0] = item;
        SiftUp(heap, 0);
        return top;
    }

    public static T heappushpop<T>(IList<T> heap, T item)
    {
        if (heap.Count > 0 && Py.Lt(heap[0], item))
        {
            (item, heap[0]) = (heap[0], item);
            SiftUp(heap, 0);
        }
        return item;
    }

    public static void heapify<T>(IList<T> heap)
    {
        for (int i = heap.Count / 2 - 1; i >= 0; i--) SiftUp(heap, i);
    }

    /// <summary><c>merge(*iterables)</c>: the sorted inputs merged lazily; among equal items the earlier
    /// iterable's comes first, as CPython's heap of (item, order) pairs gives them.</summary>
    public static IEnumerable<object?> merge(params object?[] iterables) => merge(iterables, null, false);

    /// <summary><c>merge(*iterables, key=None, reverse=False)</c>: with <paramref name="reverse"/> the inputs are
    /// sorted largest first and so is the result; <paramref name="key"/> orders items by its value.</summary>
    public static IEnumerable<object?> merge(object?[] iterables, Func<object?, object?>? key = null, bool reverse = false)
    {
        var sources = iterables.Select(i => Py.Iter(i).GetEnumerator()).ToList();
        var live = sources.Select(e => e.MoveNext()).ToList();
        var keys = sources.Select((e, i) => live[i] && key is not null ? key(e.Current) : null).ToList();
        object? KeyOf(int i) => key is null ? sources[i].Current : keys[i];
        while (true)
        {
            int best = -1;
            for (int i = 0; i < sources.Count; i++)
                if (live[i] && (best < 0 || (reverse ? Py.Lt(KeyOf(best), KeyOf(i)) : Py.Lt(KeyOf(i), KeyOf(best))))) best = i;
            if (best < 0) yield break;
            yield return sources[best].Current;
            live[best] = sources[best].MoveNext();
            if (live[best] && key is not null) keys[best] = key(sources[best].Current);
        }
    }

    public static PyList<T> nsmallest<T>(long n, IEnumerable<T> items, Func<T, object?>? key = null) =>
        new(PySort.Sorted(items, key, reverse: false).Take((int)Math.Max(0, n)));

    public static PyList<T> nlargest<T>(long n, IEnumerable<T> items, Func<T, object?>? key = null) =>
        new(PySort.Sorted(items, key, reverse: true).Take((int)Math.Max(0, n)));

    // CPython's _siftdown: move the item at pos up towards startpos.
    private static void SiftDown<T>(IList<T> heap, int startpos, int pos)
    {
        T newitem = heap[pos];
        while (pos > startpos)
        {
            int parentpos = (pos - 1) >> 1;
            T parent = heap[parentpos];
            if (Py.Lt(newitem, parent))
            {
                heap[pos] = parent;
                pos = parentpos;
                continue;
            }
            break;
        }
        heap[pos] = newitem;
    }

    // CPython's _siftup: bubble the smaller child up to the leaf, then sift the item down.
    private static void SiftUp<T>(IList<T> heap, int pos)
    {
        int endpos = heap.Count, startpos = pos;
        T newitem = heap[pos];
        int childpos = 2 * pos + 1;
        while (childpos < endpos)
        {
            int rightpos = childpos + 1;
            if (rightpos < endpos && !Py.Lt(heap[childpos], heap[rightpos])) childpos = rightpos;
            heap[pos] = heap[childpos];
            pos = childpos;
            childpos = 2 * pos + 1;
        }
        heap[pos] = newitem;
        SiftDown(heap, startpos, pos);
    }
}
