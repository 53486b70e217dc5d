namespace Py2Cs.Runtime;

/// <summary>
/// A dict's key -> entry position map that takes None as a key, as every Python dict does: .NET's
/// Dictionary refuses a null key, so None (C# null) has a slot of its own beside it.
/// </summary>
internal sealed class KeyIndex<TKey> where TKey : notnull
{
    private readonly Dictionary<TKey, int> index = new(PyKeyComparer<TKey>.Instance);
    private int noneSlot = -1;

    public int Count => index.Count + (noneSlot >= 0 ? 1 : 0);

    public bool TryGetValue(TKey key, out int position)
    {
        if (key is null) { position = noneSlot; return noneSlot >= 0; }
        return index.TryGetValue(key, out position);
    }

    public bool ContainsKey(TKey key) => key is null ? noneSlot >= 0 : index.ContainsKey(key);

    public int this[TKey key]
    {
        set { if (key is null) noneSlot = value; else index[key] = value; }
    }

    public bool Remove(TKey key, out int position)
    {
        if (key is not null) return index.Remove(key, out position);
        position = noneSlot;
        noneSlot = -1;
        return position >= 0;
    }

    public void Clear() { index.Clear(); noneSlot = -1; }
}
