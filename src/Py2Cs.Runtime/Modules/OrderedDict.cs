namespace Py2Cs.Runtime;

/// <summary><c>collections.OrderedDict</c> (3.11 repr: <c>OrderedDict([('a', 1)])</c>).</summary>
[PyFactory(typeof(collections), nameof(collections.OrderedDict))]
public class OrderedDict<TKey, TValue> : PyDict<TKey, TValue> where TKey : notnull
{
    public OrderedDict() { }
    public OrderedDict(IEnumerable<(TKey, TValue)> pairs) : base(pairs) { }

    public void move_to_end(TKey key, bool last = true)
    {
        if (!ContainsKey(key)) throw new KeyError(key);
        var entries = Entries().ToList();
        var moved = entries.First(e => Py.Eq(e.Key, key));
        clear();
        if (!last) this[moved.Key] = moved.Value;
        foreach (var (k, v) in entries) if (!Py.Eq(k, key)) this[k] = v;
        if (last) this[moved.Key] = moved.Value;
    }

    public (TKey, TValue) popitem(bool last = true)
    {
        if (last) return Count == 0 ? throw new KeyError("dictionary is empty") : base.popitem();
        foreach (var (k, v) in Entries())
        {
            Remove(k);
            return (k, v);
        }
        throw new KeyError("dictionary is empty");
    }

    public override string __repr__() =>
        Count == 0 ? "OrderedDict()" : "OrderedDict(" + ReprGuard.Sequence("[", Entries().Select(e => (object?)(e.Key, e.Value)), "]", this) + ")";
}
