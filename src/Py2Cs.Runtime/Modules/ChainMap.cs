using System.Collections;

namespace Py2Cs.Runtime;

/// <summary>
/// <c>collections.ChainMap(*maps)</c>: one view of several mappings. Lookups search the maps in order; writes,
/// deletions and <c>clear</c> act on the first one. Its keys are the union of the maps' keys in CPython's order
/// (those of the last map first), and it prints as <c>ChainMap({...}, {...})</c>.
/// </summary>
[PyFactory(typeof(collections), nameof(collections.ChainMap))]
public sealed class ChainMap : IPyDict, IPyRepr, IEnumerable<object?>
{
    public ChainMap(params object?[] maps)
    {
        this.maps = new PyList<object?>(maps.Length == 0 ? [new PyDict<object, object?>()] : maps);
    }

    /// <summary>The mappings searched, first to last: the program may change the list itself.</summary>
    public PyList<object?> maps { get; }

    IEnumerable<IPyDict> Mappings => maps.Select(m => m as IPyDict ?? throw new TypeError($"'{Builtins.type_name(m)}' object is not a mapping"));

    IPyDict First => Mappings.First();

    public object? __getitem__(object? key)
    {
        foreach (var m in Mappings)
            if (m.ContainsKeyObject(key)) return m.GetObject(key);
        throw new KeyError(key);
    }

    public void __setitem__(object? key, object? value) => First.SetObject(key, value);

    public void __delitem__(object? key)
    {
        if (!First.ContainsKeyObject(key)) throw new KeyError($"Key not found in the first mapping: {Builtins.repr(key)}");
        First.DelObject(key);
    }

    public bool __contains__(object? key) => Mappings.Any(m => m.ContainsKeyObject(key));

    public long __len__() => Keys().Count;

    /// <summary>The union of the keys, the last map's first, as CPython's <c>dict.fromkeys</c> over the reversed maps.</summary>
    List<object?> Keys()
    {
        var seen = new PyDict<object, object?>();
        foreach (var m in Mappings.Reverse())
            foreach (var pair in m.Pairs()) seen[pair.Key!] = null;
        return seen.keys().Cast<object?>().ToList();
    }

    public object? get(object? key, object? @default = null) => __contains__(key) ? __getitem__(key) : @default;

    public PyList<object?> keys() => new(Keys());

    public PyList<object?> values() => new(Keys().Select(__getitem__));

    public PyList<PyTuple> items() => new(Keys().Select(k => new PyTuple([k, __getitem__(k)])));

    /// <summary><c>new_child(m=None, **kwargs)</c>: a ChainMap with a new first map (a new dict, or m) before these.</summary>
    public ChainMap new_child(object? m = null, params KeywordArgument[] kwargs)
    {
        var first = m ?? new PyDict<object, object?>();
        foreach (var kw in kwargs) ((IPyDict)first).SetObject(kw.Name, kw.Value);
        return new ChainMap([first, .. maps]);
    }

    /// <summary>The ChainMap of all the maps but the first.</summary>
    public ChainMap parents => new([.. maps.Skip(1)]);

    /// <summary>A ChainMap whose first map is a copy (a shallow one) and whose others are shared.</summary>
    public ChainMap copy() => new([Builtins.dict(maps[0]), .. maps.Skip(1)]);

    public object? pop(object? key, params object?[] @default)
    {
        if (First.ContainsKeyObject(key))
        {
            var value = First.GetObject(key);
            First.DelObject(key);
            return value;
        }
        return @default.Length > 0 ? @default[0] : throw new KeyError($"Key not found in the first mapping: {Builtins.repr(key)}");
    }

    public PyTuple popitem()
    {
        var last = First.Pairs().LastOrDefault();
        if (First.Count == 0) throw new KeyError("No keys found in the first mapping.");
        First.DelObject(last.Key);
        return new PyTuple([last.Key, last.Value]);
    }

    public void clear()
    {
        foreach (var key in First.Pairs().Select(p => p.Key).ToList()) First.DelObject(key);
    }

    public void update(object? other = null, params KeywordArgument[] kwargs)
    {
        if (other is not null) First.UpdateInPlace(other);
        foreach (var kw in kwargs) First.SetObject(kw.Name, kw.Value);
    }

    public IEnumerator<object?> GetEnumerator() => Keys().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    int IPyDict.Count => Keys().Count;

    IEnumerable<KeyValuePair<object?, object?>> IPyDict.Pairs() => Keys().Select(k => new KeyValuePair<object?, object?>(k, __getitem__(k)));

    bool IPyDict.ContainsKeyObject(object? key) => __contains__(key);

    object? IPyDict.GetObject(object? key) => __getitem__(key);

    void IPyDict.SetObject(object? key, object? value) => __setitem__(key, value);

    void IPyDict.DelObject(object? key) => __delitem__(key);

    /// <summary>Mapping equality: the same keys with equal values, whatever the order.</summary>
    bool IPyDict.DictEquals(IPyDict other)
    {
        var mine = ((IPyDict)this).Pairs().ToList();
        return mine.Count == other.Count && mine.All(p => other.ContainsKeyObject(p.Key) && Py.Eq(other.GetObject(p.Key), p.Value));
    }

    /// <summary><c>chain | other</c>: a ChainMap whose first map is a copy updated from other.</summary>
    object IPyDict.Merge(object? other)
    {
        var merged = copy();
        ((IPyDict)merged.maps[0]!).UpdateInPlace(other);
        return merged;
    }

    void IPyDict.UpdateInPlace(object? other) => First.UpdateInPlace(other);

    public string __repr__() => "ChainMap(" + string.Join(", ", maps.Select(Builtins.repr)) + ")";

    public override string ToString() => __repr__();
}
