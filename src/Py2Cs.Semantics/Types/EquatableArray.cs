using System.Collections;

namespace Py2Cs.Semantics.Types;

/// <summary>An immutable array with value equality, so records holding one compare by content.</summary>
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    public static readonly EquatableArray<T> Empty = new(ImmutableArray<T>.Empty);
    readonly ImmutableArray<T> _items;

    public EquatableArray(ImmutableArray<T> items) { _items = items.IsDefault ? ImmutableArray<T>.Empty : items; }
    public EquatableArray(IEnumerable<T> items) : this(items.ToImmutableArray()) { }

    ImmutableArray<T> Items => _items.IsDefault ? ImmutableArray<T>.Empty : _items;
    public int Count => Items.Length;
    public T this[int index] => Items[index];

    public bool Equals(EquatableArray<T> other) => Items.SequenceEqual(other.Items);
    public override bool Equals(object? obj) => obj is EquatableArray<T> o && Equals(o);
    public override int GetHashCode()
    {
        var h = new HashCode();
        foreach (var item in Items) h.Add(item);
        return h.ToHashCode();
    }
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    public static implicit operator EquatableArray<T>(ImmutableArray<T> items) => new(items);
}
