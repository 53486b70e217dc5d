using System.Collections;
using System.Runtime.CompilerServices;

namespace Py2Cs.Runtime;

/// <summary>
/// The tests a <c>match</c> statement's patterns make on their subject, as CPython 3.11 makes them
/// (PEP 634): sequence patterns accept sequences other than str, bytes and bytearray; mapping
/// patterns accept mappings and look keys up without iterating; captures always succeed.
/// </summary>
public static class PyMatch
{
    /// <summary>
    /// A sequence pattern's shape test: <paramref name="subject"/> is a sequence of exactly
    /// <paramref name="count"/> items, or at least that many when the pattern has a star.
    /// </summary>
    public static bool IsSequence(object? subject, int count, bool hasStar)
    {
        if (!TryItems(subject, out var items)) return false;
        return hasStar ? items.Count >= count : items.Count == count;
    }

    /// <summary>The item at <paramref name="index"/> (negative: from the end, for items after a star).</summary>
    public static object? Item(object? subject, int index)
    {
        TryItems(subject, out var items);
        return items[index < 0 ? items.Count + index : index];
    }

    /// <summary>The items a <c>*rest</c> captures: all but <paramref name="before"/> first and <paramref name="after"/> last, as a list.</summary>
    public static PyList<object?> Rest(object? subject, int before, int after)
    {
        TryItems(subject, out var items);
        var rest = new PyList<object?>();
        for (int i = before; i < items.Count - after; i++) rest.Add(items[i]);
        return rest;
    }

    static bool TryItems(object? subject, out IReadOnlyList<object?> items)
    {
        switch (subject)
        {
            case string or IPyDict or IPySet or null:
                items = [];
                return false;
            case IPyList list:
                items = list.Items();
                return true;
            case PyTuple tuple:
                items = tuple;
                return true;
            case ITuple valueTuple:
                items = PyTuple.From(valueTuple);
                return true;
            case IReadOnlyList<object?> readOnly:
                items = readOnly;
                return true;
            case IList nonGeneric:
                items = nonGeneric.Cast<object?>().ToList();
                return true;
        }
        items = [];
        return false;
    }

    /// <summary>A mapping pattern's test: a mapping that holds every key.</summary>
    public static bool IsMapping(object? subject, params object?[] keys) =>
        subject is IPyDict dict && keys.All(dict.ContainsKeyObject);

    /// <summary>The value under <paramref name="key"/> of a subject <see cref="IsMapping"/> accepted.</summary>
    public static object? Value(object? subject, object? key) => ((IPyDict)subject!).GetObject(key);

    /// <summary><c>**rest</c>: a new dict of the pairs whose keys the pattern did not name.</summary>
    public static PyDict<object, object?> RestOfMapping(object? subject, params object?[] keys)
    {
        var rest = new PyDict<object, object?>();
        foreach (var pair in ((IPyDict)subject!).Pairs())
            if (!keys.Any(k => Py.SameOrEqual(k, pair.Key))) ((IPyDict)rest).SetObject(pair.Key, pair.Value);
        return rest;
    }

    /// <summary>A class pattern's keyword (or <c>__match_args__</c>) attribute test: present on the subject.</summary>
    public static bool HasAttr(object? subject, string name) => Builtins.hasattr(subject, name);

    /// <summary>
    /// A capture inside a pattern's test: the assignment happened as this call's argument was
    /// evaluated, and a capture always matches.
    /// </summary>
    public static bool Bound<T>(T assigned)
    {
        _ = assigned;
        return true;
    }
}
