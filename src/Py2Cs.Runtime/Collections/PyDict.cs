using System.Collections;

namespace Py2Cs.Runtime;

/// <summary>Python's dict: insertion ordered (a re-inserted key moves to the end only after a delete),
/// iteration yields keys, KeyError carries the key.</summary>
public class PyDict<TKey, TValue> : IEnumerable<TKey>, IPyDict, IPyRepr where TKey : notnull
{
    private readonly KeyIndex<TKey> index = new();
    private readonly List<(TKey Key, TValue Value, bool Live)> entries = [];
    private int version;

    public PyDict() { }

    public PyDict(IEnumerable<KeyValuePair<TKey, TValue>> pairs)
    {
        foreach (var pair in pairs) this[pair.Key] = pair.Value;
    }

    public PyDict(IEnumerable<(TKey, TValue)> pairs)
    {
        foreach (var (key, value) in pairs) this[key] = value;
    }

    public int Count => index.Count;

    public TValue this[TKey key]
    {
        get => index.TryGetValue(key, out int i) ? entries[i].Value : Missing(key);
        set
        {
            if (index.TryGetValue(key, out int i)) entries[i] = (entries[i].Key, value, true);
            else
            {
                index[key] = entries.Count;
                entries.Add((key, value, true));
                version++;
            }
        }
    }

    /// <summary>Called for a missing key; defaultdict and Counter override it.</summary>
    protected virtual TValue Missing(TKey key) => throw new KeyError(key);

    public bool ContainsKey(TKey key) => index.ContainsKey(key);
    public bool __contains__(TKey key) => index.ContainsKey(key);

    public bool TryGetValue(TKey key, out TValue value)
    {
        if (index.TryGetValue(key, out int i)) { value = entries[i].Value; return true; }
        value = default!;
        return false;
    }

    /// <summary>d.get(key): None (null) when missing, so the result is untyped.</summary>
    public object? get(TKey key) => TryGetValue(key, out var value) ? value : null;
    public TValue get(TKey key, TValue @default) => TryGetValue(key, out var value) ? value : @default;

    public TValue setdefault(TKey key, TValue @default = default!)
    {
        if (TryGetValue(key, out var value)) return value;
        this[key] = @default;
        return @default;
    }

    public TValue pop(TKey key) => TryRemove(key, out var value) ? value : throw new KeyError(key);
    public TValue pop(TKey key, TValue @default) => TryRemove(key, out var value) ? value : @default;

    public (TKey, TValue) popitem()
    {
        for (int i = entries.Count - 1; i >= 0; i--)
        {
            if (!entries[i].Live) continue;
            var (key, value, _) = entries[i];
            TryRemove(key, out _);
            return (key, value);
        }
        throw new KeyError("popitem(): dictionary is empty");
    }

    public void __delitem__(TKey key)
    {
        if (!TryRemove(key, out _)) throw new KeyError(key);
    }

    public bool Remove(TKey key) => TryRemove(key, out _);

    private bool TryRemove(TKey key, out TValue value)
    {
        if (!index.Remove(key, out int i)) { value = default!; return false; }
        value = entries[i].Value;
        entries[i] = (default!, default!, false);
        version++;
        if (entries.Count > 16 && index.Count < entries.Count / 2) Compact();
        return true;
    }

    private void Compact()
    {
        var live = entries.Where(e => e.Live).ToList();
        entries.Clear();
        entries.AddRange(live);
        for (int i = 0; i < entries.Count; i++) index[entries[i].Key] = i;
    }

    public DictKeys<TKey, TValue> keys() => new(this);
    public DictValues<TKey, TValue> values() => new(this);
    public DictItems<TKey, TValue> items() => new(this);

    public void update(IEnumerable<KeyValuePair<TKey, TValue>> pairs)
    {
        foreach (var pair in pairs.ToList()) this[pair.Key] = pair.Value;
    }

    public void update(PyDict<TKey, TValue> other)
    {
        foreach (var (key, value) in other.Entries().ToList()) this[key] = value;
    }

    public void update(IEnumerable<(TKey, TValue)> pairs)
    {
        foreach (var (key, value) in pairs.ToList()) this[key] = value;
    }

    /// <summary><c>d.update(other)</c> from a dict of other key or value types: each item converted as it is stored.</summary>
    public void update(IPyDict other)
    {
        foreach (var pair in other.Pairs().ToList()) ((IPyDict)this).SetObject(pair.Key, pair.Value);
    }

    public PyDict<TKey, TValue> copy() => new(Entries().Select(e => new KeyValuePair<TKey, TValue>(e.Key, e.Value)));
    public void clear() { index.Clear(); entries.Clear(); version++; }
    public void Clear() => clear();
    public void Add(TKey key, TValue value) => this[key] = value;

    public static PyDict<TKey, TValue> fromkeys(IEnumerable<TKey> keys, TValue value = default!)
    {
        var d = new PyDict<TKey, TValue>();
        foreach (var key in keys) d[key] = value;
        return d;
    }

    public static PyDict<TKey, TValue> operator |(PyDict<TKey, TValue> a, PyDict<TKey, TValue> b)
    {
        var result = a.copy();
        result.update(b);
        return result;
    }

    /// <summary>The live entries in insertion order.</summary>
    public IEnumerable<(TKey Key, TValue Value)> Entries()
    {
        int expected = version;
        for (int i = 0; i < entries.Count; i++)
        {
            if (version != expected) throw new RuntimeError("dictionary changed size during iteration");
            var entry = entries[i];
            if (entry.Live) yield return (entry.Key, entry.Value);
        }
        if (version != expected) throw new RuntimeError("dictionary changed size during iteration");
    }

    public IEnumerator<TKey> GetEnumerator() => Entries().Select(e => e.Key).GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public virtual string __repr__() =>
        ReprGuard.Dict(Entries().Select(e => new KeyValuePair<object?, object?>(e.Key, e.Value)), this);

    public override string ToString() => __repr__();

    IEnumerable<KeyValuePair<object?, object?>> IPyDict.Pairs() => Entries().Select(e => new KeyValuePair<object?, object?>(e.Key, e.Value));
    /// <summary>A key of any type as this dict's key type; None is a key like any other.</summary>
    static bool TryKey(object? key, out TKey typed)
    {
        typed = default!;
        if (!ArgConvert.TryValue(key, typeof(TKey), out object? k)) return false;
        if (k is null) return true;
        if (k is not TKey t) return false;
        typed = t;
        return true;
    }

    bool IPyDict.ContainsKeyObject(object? key) => (TryKey(key, out var typed) || TryEqualKey(key, out typed)) && index.ContainsKey(typed);

    /// <summary>A key of a dict whose keys are a program's str/int subclass (<c>class Username(str)</c>) equal to a key of
    /// another type (<c>index["ADMIN"]</c>): the stored key that hashes and compares equal, as CPython finds it.</summary>
    bool TryEqualKey(object? key, out TKey typed)
    {
        typed = default!;
        if (!typeof(PyValueObject).IsAssignableFrom(typeof(TKey)) || key is null) return false;
        long hash = Py.Hash(key);
        foreach (var (stored, _, live) in entries)
            if (live && stored is not null && Py.Hash(stored) == hash && Py.Eq(stored, key)) { typed = stored; return true; }
        return false;
    }

    object? IPyDict.GetObject(object? key)
    {
        if (TryKey(key, out var typed) || TryEqualKey(key, out typed)) return this[typed];
        throw new KeyError(key);
    }

    void IPyDict.SetObject(object? key, object? value)
    {
        if (!TryKey(key, out var typed) && !TryEqualKey(key, out typed))
            throw new TypeError($"cannot use {Builtins.type_name(key)} as a key of dict[{typeof(TKey).Name}, ...]");
        this[typed] = ArgConvert.TryValue(value, typeof(TValue), out object? v) ? (TValue)v! : throw new TypeError($"cannot store {Builtins.type_name(value)} in this dict");
    }

    void IPyDict.DelObject(object? key)
    {
        if (TryKey(key, out var typed) || TryEqualKey(key, out typed)) __delitem__(typed);
        else throw new KeyError(key);
    }

    bool IPyDict.DictEquals(IPyDict other)
    {
        if (other.Count != Count) return false;
        foreach (var (key, value) in Entries())
        {
            if (!other.ContainsKeyObject(key) || !Py.SameOrEqual(value, other.GetObject(key))) return false;
        }
        return true;
    }

    void IPyDict.UpdateInPlace(object? other)
    {
        if (other is IPyDict dict) { update(dict); return; }
        foreach (var (key, value) in Builtins.dict(other).Entries().ToList()) ((IPyDict)this).SetObject(key, value);
    }

    object IPyDict.Merge(object? other)
    {
        if (other is PyDict<TKey, TValue> typed) return this | typed;
        var result = new PyDict<object, object?>();
        foreach (var (key, value) in Entries()) result[key] = value;
        foreach (var pair in ((IPyDict)other!).Pairs()) result[pair.Key!] = pair.Value;
        return result;
    }
}

/// <summary>dict.keys(): iterable, sized, supports <c>in</c>, repr <c>dict_keys([...])</c>.</summary>
public sealed class DictKeys<TKey, TValue>(PyDict<TKey, TValue> dict) : IEnumerable<TKey>, IPyRepr, IPyDictView where TKey : notnull
{
    public int Count => dict.Count;
    IPySet IPyDictView.AsSet() => new PySet<TKey>(this);
    public bool __contains__(TKey key) => dict.ContainsKey(key);
    public IEnumerator<TKey> GetEnumerator() => dict.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    public string __repr__() => "dict_keys(" + ReprGuard.Sequence("[", this.Cast<object?>(), "]", this) + ")";
    public override string ToString() => __repr__();
}

public sealed class DictValues<TKey, TValue>(PyDict<TKey, TValue> dict) : IEnumerable<TValue>, IPyRepr where TKey : notnull
{
    public int Count => dict.Count;
    public IEnumerator<TValue> GetEnumerator() => dict.Entries().Select(e => e.Value).GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    public string __repr__() => "dict_values(" + ReprGuard.Sequence("[", this.Cast<object?>(), "]", this) + ")";
    public override string ToString() => __repr__();
}

public sealed class DictItems<TKey, TValue>(PyDict<TKey, TValue> dict) : IEnumerable<(TKey, TValue)>, IPyRepr, IPyDictView where TKey : notnull
{
    public int Count => dict.Count;
    IPySet IPyDictView.AsSet() => new PySet<(TKey, TValue)>(this);
    public bool __contains__((TKey, TValue) item) => dict.TryGetValue(item.Item1, out var v) && Py.SameOrEqual(v, item.Item2);
    public IEnumerator<(TKey, TValue)> GetEnumerator() => dict.Entries().Select(e => (e.Key, e.Value)).GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    public string __repr__() => "dict_items(" + ReprGuard.Sequence("[", this.Select(p => (object?)p), "]", this) + ")";
    public override string ToString() => __repr__();
}
