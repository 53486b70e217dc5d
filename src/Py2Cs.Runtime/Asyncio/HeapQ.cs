using System.Runtime.CompilerServices;

namespace Py2Cs.Runtime;

/// <summary>Port of Lib/heapq.py's heappush/heappop (only `&lt;` is used, as in Python).</summary>
internal static class HeapQ
{
    internal static void Push<T>(List<T> heap, T item, IComparer<T> comparer)
    {
        heap.Add(item);
        SiftDown(heap, 0, heap.Count - 1, comparer);
    }

    internal static T Pop<T>(List<T> heap, IComparer<T> comparer)
    {
        var last = heap[^1];
        heap.RemoveAt(heap.Count - 1);
        if (heap.Count == 0) return last;
        var top = heap[0];
        heap[0] = last;
        SiftUp(heap, 0, comparer);
        return top;
    }

    static void SiftDown<T>(List<T> heap, int startPos, int pos, IComparer<T> comparer)
    {
        var newItem = heap[pos];
        while (pos > startPos)
        {
            int parentPos = (pos - 1) >> 1;
            var parent = heap[parentPos];
            if (comparer.Compare(newItem, parent) >= 0) break;
            heap[pos] = parent;
            pos = parentPos;
        }
        heap[pos] = newItem;
    }

    static void SiftUp<T>(List<T> heap, int pos, IComparer<T> comparer)
    {
        int endPos = heap.Count, startPos = pos;
        var newItem = heap[pos];
        int childPos = 2 * pos + 1;
        while (childPos < endPos)
        {
            int rightPos = childPos + 1;
            if (rightPos < endPos && !(comparer.Compare(heap[childPos], heap[rightPos]) < 0)) childPos = rightPos;
            heap[pos] = heap[childPos];
            pos = childPos;
            childPos = 2 * pos + 1;
        }
        heap[pos] = newItem;
        SiftDown(heap, startPos, pos, comparer);
    }
}

/// <summary>Python's ordering for the values a priority queue usually holds: numbers, strings
/// (code point order), and tuples compared element by element.</summary>
internal sealed class PythonComparer<T> : IComparer<T>
{
    internal static readonly PythonComparer<T> Instance = new();

    public int Compare(T? x, T? y) => PythonOrder.Compare(x, y);
}

internal static class PythonOrder
{
    internal static int Compare(object? x, object? y)
    {
        if (x is ITuple tx && y is ITuple ty)
        {
            int n = Math.Min(tx.Length, ty.Length);
            for (int i = 0; i < n; i++)
            {
                var a = tx[i];
                var b = ty[i];
                if (Equals(a, b)) continue;
                return Compare(a, b);
            }
            return tx.Length.CompareTo(ty.Length);
        }
        if (x is string sx && y is string sy) return string.CompareOrdinal(sx, sy);
        if (IsNumber(x) && IsNumber(y))
        {
            if (x is double || x is float || y is double || y is float)
                return Convert.ToDouble(x).CompareTo(Convert.ToDouble(y));
            return Convert.ToInt64(x).CompareTo(Convert.ToInt64(y));
        }
        if (x is IComparable cx && y != null && x.GetType() == y.GetType()) return cx.CompareTo(y);
        // Anything else orders by its __lt__ (an order=True dataclass, a class defining __lt__), as heapq does;
        // Py.Lt raises CPython's TypeError when neither side supports '<'.
        if (Py.Lt(x, y)) return -1;
        return Py.Lt(y, x) ? 1 : 0;
    }

    static bool IsNumber(object? v) => v is long or int or double or float or bool or short or byte;
}
