using System.Collections;

namespace Py2Cs.Runtime;

/// <summary><c>range(...).Select(f)</c>: enumerates like <c>Enumerable.Select</c> (lazily, f once per
/// item, in order). Its <see cref="ICollection{T}"/> side exists only so that <c>List&lt;T&gt;</c>'s
/// constructor and <c>AddRange</c> see the count and allocate once; it is implemented explicitly, so
/// the runtime's checks for sized Python values (non-generic <c>ICollection</c>, a public
/// <c>Count</c>) do not take it for one.</summary>
sealed class RangeSelection<TResult>(PyRange range, Func<long, TResult> selector) : IEnumerable<TResult>, ICollection<TResult>
{
    public IEnumerator<TResult> GetEnumerator()
    {
        foreach (long i in range) yield return selector(i);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    int ICollection<TResult>.Count => range.Count;
    bool ICollection<TResult>.IsReadOnly => true;

    void ICollection<TResult>.CopyTo(TResult[] array, int arrayIndex)
    {
        foreach (long i in range) array[arrayIndex++] = selector(i);
    }

    void ICollection<TResult>.Add(TResult item) => throw new NotSupportedException();
    void ICollection<TResult>.Clear() => throw new NotSupportedException();
    bool ICollection<TResult>.Contains(TResult item) => throw new NotSupportedException();
    bool ICollection<TResult>.Remove(TResult item) => throw new NotSupportedException();
}

/// <summary><c>range(...).Cast&lt;T&gt;()</c>: each item converted as <c>Enumerable.Cast</c> converts it
/// (boxed, then unboxed to T: <c>object?</c> and <c>long</c> work, anything else throws as Cast does).</summary>
[PyHidden]
public sealed class RangeItems<T> : IEnumerable<T>
{
    readonly PyRange _range;

    internal RangeItems(PyRange range) => _range = range;

    /// <summary>The query's <c>select</c>: see <see cref="PyRange.Select"/>.</summary>
    public IEnumerable<TResult> Select<TResult>(Func<T, TResult> selector) => new RangeSelection<TResult>(_range, i => selector((T)(object)i));

    public IEnumerator<T> GetEnumerator()
    {
        foreach (long i in _range) yield return (T)(object)i;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
