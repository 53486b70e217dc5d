using System.Collections;
using System.Runtime.CompilerServices;

namespace Py2Cs.Runtime;

/// <summary>Python's range object: lazy, sized, indexable, with repr <c>range(0, 5)</c>.</summary>
public sealed class PyRange : IReadOnlyList<long>, IPyRepr, IPyHashable
{
    // Inlinable (the throw is in a helper) so that the JIT can keep the range of a
    // `foreach (var i in range(n))` off the heap when nothing else sees it.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyRange(long start, long stop, long step = 1)
    {
        if (step == 0) ThrowZeroStep();
        this.start = start;
        this.stop = stop;
        this.step = step;
        Length = step > 0 ? (stop > start ? (stop - start - 1) / step + 1 : 0) : (start > stop ? (start - stop - 1) / -step + 1 : 0);
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    static void ThrowZeroStep() => throw new ValueError("range() arg 3 must not be zero");

#pragma warning disable IDE1006 // Python's attribute names
    public long start { get; }
    public long stop { get; }
    public long step { get; }
#pragma warning restore IDE1006

    public long Length { get; }
    public int Count => (int)Length;

    public long this[long index]
    {
        get
        {
            if (index < 0) index += Length;
            if (index < 0 || index >= Length) throw new IndexError("range object index out of range");
            return start + index * step;
        }
    }

    public long this[int index] => this[(long)index];

    public PyRange this[Slice slice]
    {
        get
        {
            var (s, e, st, count) = slice.Indices(Length);
            long newStart = start + s * step;
            return new PyRange(newStart, newStart + count * st * step, st * step);
        }
    }

    public bool __contains__(long value) =>
        step > 0 ? value >= start && value < stop && (value - start) % step == 0
                 : value <= start && value > stop && (start - value) % -step == 0;

    public long index(long value) => __contains__(value) ? (value - start) / step : throw new ValueError($"{value} is not in range");
    public long count(long value) => __contains__(value) ? 1 : 0;

    /// <summary>What C# binds <c>from i in range(n) select f(i)</c> (a comprehension over a range) to,
    /// instead of <c>Enumerable.Select</c>: the same lazy sequence, which also tells a list built
    /// from it its length, so the list is allocated once at its final size instead of growing by
    /// doubling (100,000 tasks: 17 arrays, the largest on the large-object heap, whose budget
    /// triggers full collections). The static type stays <c>IEnumerable</c>, so overloads resolve
    /// as they did.</summary>
    [PyHidden]
    public IEnumerable<TResult> Select<TResult>(Func<long, TResult> selector) => new RangeSelection<TResult>(this, selector);

    /// <summary>What C# binds the dynamic comprehension <c>from object? i in range(n) select f(i)</c>
    /// to (<c>range(n).Cast&lt;object?&gt;().Select(...)</c>): the items as <c>Enumerable.Cast</c> gives
    /// them, whose own <c>Select</c> keeps the length, as <see cref="Select"/> does.</summary>
    [PyHidden]
    public RangeItems<T> Cast<T>() => new(this);

    /// <summary>Pattern-based <c>foreach</c> gets this struct: no allocation, no interface call,
    /// so <c>foreach (var i in range(n))</c> compiles to a tight loop.</summary>
    public Enumerator GetEnumerator() => new(start, step, Length);

    IEnumerator<long> IEnumerable<long>.GetEnumerator() => GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator : IEnumerator<long>
    {
        readonly long _step;
        long _next, _remaining, _current;

        internal Enumerator(long start, long step, long length)
        {
            _next = start;
            _step = step;
            _remaining = length;
            _current = 0;
        }

        public readonly long Current => _current;
        readonly object IEnumerator.Current => _current;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool MoveNext()
        {
            if (_remaining <= 0) return false;
            _remaining--;
            _current = _next;
            _next = unchecked(_next + _step);   // may wrap after the last value; never read then
            return true;
        }

        public void Reset() => throw new NotSupportedException();
        public readonly void Dispose() { }
    }

    public string __repr__() => step == 1 ? $"range({start}, {stop})" : $"range({start}, {stop}, {step})";
    public override string ToString() => __repr__();

    public override bool Equals(object? obj) => obj is PyRange r && Length == r.Length && (Length == 0 || (start == r.start && (Length == 1 || step == r.step)));
    public override int GetHashCode() => (int)PythonHash();
    public long PythonHash() => Py.TupleHash(Length == 0 ? [0L, null, null] : Length == 1 ? [1L, start, null] : [Length, start, step]);
}
