namespace Py2Cs.Runtime;

// Untyped views of the generic collections, used by the dynamic operations in Py.

public interface IPyList
{
    IReadOnlyList<object?> Items();
    object Concat(object? other);
    object Repeat(long count);
    object? GetItem(object? index);
    void SetItem(object? index, object? value);
    void DelItem(object? index);
    bool ContainsItem(object? item);
    /// <summary><c>list += iterable</c>: the items appended to this list.</summary>
    void ExtendInPlace(object? items);
    /// <summary><c>list *= n</c>: this list repeated in place.</summary>
    void RepeatInPlace(long count);
}

public interface IPyDict
{
    int Count { get; }
    IEnumerable<KeyValuePair<object?, object?>> Pairs();
    bool ContainsKeyObject(object? key);
    object? GetObject(object? key);
    void SetObject(object? key, object? value);
    void DelObject(object? key);
    bool DictEquals(IPyDict other);
    object Merge(object? other);
    /// <summary><c>dict |= other</c>: this dict updated from a mapping or pairs.</summary>
    void UpdateInPlace(object? other);
}

public interface IPySet
{
    int Count { get; }
    IEnumerable<object?> Objects();
    bool ContainsObject(object? item);
    bool IsSubsetOf(IPySet other);
    object Union(object? other);
    object Intersection(object? other);
    object Difference(object? other);
    object SymmetricDifference(object? other);
    /// <summary><c>set |= other</c> (and <c>&amp;= -= ^=</c>, <paramref name="symbol"/>): this set changed in place;
    /// the other operand must be a set, as CPython requires.</summary>
    void UpdateInPlace(object? other, string symbol);
}

/// <summary>dict.keys() and dict.items(): set-like views, whose <c>&amp; | - ^</c> with any iterable give a new set.</summary>
public interface IPyDictView
{
    IPySet AsSet();
}

/// <summary>Marks immutable (hashable) collections such as frozenset.</summary>
public interface IPyFrozen { }

/// <summary>Python equality and hashing for keys of dict and set.</summary>
public sealed class PyKeyComparer<T> : IEqualityComparer<T>
{
    public static readonly IEqualityComparer<T> Instance =
        typeof(T) == typeof(string) || typeof(T) == typeof(long) || typeof(T) == typeof(int) || typeof(T) == typeof(char)
            ? EqualityComparer<T>.Default
            : new PyKeyComparer<T>();

    public bool Equals(T? x, T? y) => Py.SameOrEqual(x, y);
    public int GetHashCode(T obj) { long h = Py.Hash(obj); return (int)(h ^ (h >> 32)); }
}
