using System.Collections;

namespace Py2Cs.Runtime;

/// <summary>A Python iterator: <c>next()</c> and <c>for</c> both consume the same underlying sequence,
/// unlike a .NET IEnumerable, which restarts on every foreach.</summary>
public sealed class PyIterator<T> : IEnumerable<T>, IPyRepr, IPyIteratorKind
{
    private readonly IEnumerator<T> source;
    private bool finished;

    public PyIterator(IEnumerable<T> items, string kind = "iterator")
    {
        source = items.GetEnumerator();
        Kind = kind;
    }

    public string Kind { get; }

    public bool TryNext(out T value)
    {
        if (!finished && source.MoveNext()) { value = source.Current; return true; }
        finished = true;
        value = default!;
        return false;
    }

    public T __next__() => TryNext(out T value) ? value : throw new StopIteration();
    public PyIterator<T> __iter__() => this;

    public IEnumerator<T> GetEnumerator()
    {
        while (TryNext(out T value)) yield return value;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public string __repr__() => $"<{Kind} object at {Py.FakeAddress(this)}>";
}

/// <summary>The Python type of an iterator (<c>list_iterator</c>, <c>callable_iterator</c>...), whatever its items.</summary>
internal interface IPyIteratorKind
{
    string Kind { get; }
}
