using System.Collections;
using System.Runtime.CompilerServices;

namespace Py2Cs.Runtime;

/// <summary>Subscripts, <c>in</c>, <c>len</c> and iteration for values of unknown type.</summary>
public static partial class Py
{
    public static object? GetItem(object? obj, object? index) =>
        BuiltinSubclassDunders.TryCall(obj, "__getitem__", out object? overridden, index) ? overridden : BuiltinGetItem(obj, index);

    /// <summary><c>obj[index]</c> as the builtin does it, past a subclass's <c>__getitem__</c> (<c>super().__getitem__(k)</c>).</summary>
    public static object? BuiltinGetItem(object? obj, object? index)
    {
        switch (obj)
        {
            case string s:
                if (index is Slice sl) return GetItem(s, sl);
                if (TryLong(index, out long i)) return GetItem(s, i);
                throw new TypeError($"string indices must be integers, not '{Builtins.type_name(index)}'");
            case IPyList list: return list.GetItem(index);
            case IPyDict dict: return dict.GetObject(index);
            case PyTuple t: return TupleItem(t, index);
            case PyNamedTuple n: return TupleItem(new PyTuple(n.ToArray()), index);
            case Type type when EnumClasses.IsEnumClass(type): return EnumClasses.Named(type, index);
            case Type type when BuiltinTypes.NameOf(type) is not null: return new GenericAlias(type, index);   // list[int]
            // Box[int] of a program class (class Box(Generic[T])): an alias that constructs a Box when called, as
            // typing's _GenericAlias does. (A class that is not generic would raise TypeError in CPython.)
            case Type type when typeof(PyObject).IsAssignableFrom(type): return new GenericAlias(type, index);
            case PyRange r:
                if (index is Slice rs) return r[rs];
                return TryLong(index, out long ri) ? r[ri] : throw new TypeError($"range indices must be integers or slices, not {Builtins.type_name(index)}");
            case PyObject:
                if (Dunder.TryCall(obj, "__getitem__", out object? result, index)) return result;
                break;
            case ITuple t: return TupleItem(PyTuple.From(t), index);
            case IList list when TryLong(index, out long li): return list[Index(li, list.Count, "list")];
        }
        if (obj is not null && Dunder.TryCall(obj, "__getitem__", out object? other, index)) return other;
        throw new TypeError($"'{Builtins.type_name(obj)}' object is not subscriptable");
    }

    private static object? TupleItem(PyTuple t, object? index)
    {
        if (index is Slice s) return t[s];
        if (TryLong(index, out long i)) return t[i];
        throw new TypeError($"tuple indices must be integers or slices, not {Builtins.type_name(index)}");
    }

    public static string GetItem(string s, long index)
    {
        if (StrCodePoints.HasPairs(s)) return StrCodePoints.At(s, Index(index, StrCodePoints.Length(s), "string"));
        int i = Index(index, s.Length, "string");
        return s[i].ToString();
    }

    public static string GetItem(string s, Slice slice)
    {
        if (StrCodePoints.HasPairs(s))
        {
            var points = StrCodePoints.Split(s);
            var (first, _, by, n) = slice.Indices(points.Length);
            var picked = new string[n];
            for (long i = 0, j = first; i < n; i++, j += by) picked[i] = points[j];
            return string.Concat(picked);
        }
        var (start, _, step, count) = slice.Indices(s.Length);
        if (step == 1) return s.Substring((int)start, (int)count);
        var chars = new char[count];
        for (long i = 0, j = start; i < count; i++, j += step) chars[i] = s[(int)j];
        return new string(chars);
    }

    public static void SetItem(object? obj, object? index, object? value)
    {
        if (!BuiltinSubclassDunders.TryCall(obj, "__setitem__", out _, index, value)) BuiltinSetItem(obj, index, value);
    }

    /// <summary><c>obj[index] = value</c> as the builtin does it, past a subclass's <c>__setitem__</c>.</summary>
    public static void BuiltinSetItem(object? obj, object? index, object? value)
    {
        switch (obj)
        {
            case IPyList list: list.SetItem(index, value); return;
            case IPyDict dict: dict.SetObject(index, value); return;
            case string or PyTuple or ITuple or PyRange:
                throw new TypeError($"'{Builtins.type_name(obj)}' object does not support item assignment");
        }
        if (obj is not null && Dunder.TryCall(obj, "__setitem__", out _, index, value)) return;
        throw new TypeError($"'{Builtins.type_name(obj)}' object does not support item assignment");
    }

    public static void DelItem(object? obj, object? index)
    {
        if (!BuiltinSubclassDunders.TryCall(obj, "__delitem__", out _, index)) BuiltinDelItem(obj, index);
    }

    /// <summary><c>del obj[index]</c> as the builtin does it, past a subclass's <c>__delitem__</c>.</summary>
    public static void BuiltinDelItem(object? obj, object? index)
    {
        switch (obj)
        {
            case IPyList list: list.DelItem(index); return;
            case IPyDict dict: dict.DelObject(index); return;
        }
        if (obj is not null && Dunder.TryCall(obj, "__delitem__", out _, index)) return;
        throw new TypeError($"'{Builtins.type_name(obj)}' object doesn't support item deletion");
    }

    /// <summary><c>item in container</c>.</summary>
    public static bool Contains(object? container, object? item) =>
        BuiltinSubclassDunders.TryCall(container, "__contains__", out object? overridden, item) ? Truthy(overridden) : BuiltinContains(container, item);

    /// <summary><c>item in container</c> as the builtin does it, past a subclass's <c>__contains__</c>.</summary>
    public static bool BuiltinContains(object? container, object? item)
    {
        switch (container)
        {
            case string s:
                if (item is string sub) return s.Contains(sub, StringComparison.Ordinal);
                if (item is char c) return s.Contains(c);
                throw new TypeError($"'in <string>' requires string as left operand, not {Builtins.type_name(item)}");
            case IPyDict dict: return dict.ContainsKeyObject(item);
            case IPySet set: return set.ContainsObject(item);
            case IPyList list: return list.ContainsItem(item);
            case PyTuple t: return t.__contains__(item);
            case PyRange r:
                if (TryLong(item, out long v) && item is not double) return r.__contains__(v);
                return r.Any(x => Eq(x, item));
            case PyObject:
                if (Dunder.TryCall(container, "__contains__", out object? result, item)) return Truthy(result);
                break;
            case ITuple t: return PyTuple.From(t).__contains__(item);
        }
        if (container is Type enumClass && EnumClasses.IsEnumClass(enumClass)) return EnumClasses.Members(enumClass).Any(m => SameOrEqual(m, item));
        if (container is not null && Dunder.TryCall(container, "__contains__", out object? other, item)) return Truthy(other);
        if (container is IEnumerable || (container is PyObject && (Dunder.Has(container, "__iter__", 0) || Dunder.Has(container, "__getitem__", 1))))
            return Iter(container).Any(x => SameOrEqual(x, item));
        throw new TypeError($"argument of type '{Builtins.type_name(container)}' is not iterable");
    }

    public static long Len(object? obj) =>
        TryLen(obj, out long n) ? n : throw new TypeError($"object of type '{Builtins.type_name(obj)}' has no len()");

    /// <summary>len(x) when x has a length: strings, runtime collections, .NET collections, <c>__len__</c>.</summary>
    internal static bool TryLen(object? obj, out long length)
    {
        switch (obj)
        {
            // class Stack(list) with its own __len__: len() calls it, as CPython's slot lookup does.
            case IBuiltinSubclassBase when BuiltinSubclassDunders.TryCall(obj, "__len__", out object? own): length = (long)ToBig(own); return true;
            case string s: length = StrCodePoints.Length(s); return true;
            case ICollection c: length = c.Count; return true;
            case IPyDict d: length = d.Count; return true;
            case IPySet set: length = set.Count; return true;
            case PyTuple t: length = t.Count; return true;
            case PyRange r: length = r.Length; return true;
            case Type type when EnumClasses.IsEnumClass(type): length = EnumClasses.Iterated(type).Count(); return true;
            case IMixinValue mixin: return TryLen(mixin.MixinValue, out length);
            case PyObject:
                if (Dunder.TryCall(obj, "__len__", out object? result)) { length = (long)ToBig(result); return true; }
                length = 0;
                return false;
            case ITuple t: length = t.Length; return true;
            case null: length = 0; return false;
        }
        var countProperty = obj.GetType().GetProperty("Count");
        if (countProperty is not null && countProperty.PropertyType == typeof(int)) { length = (int)countProperty.GetValue(obj)!; return true; }
        if (Dunder.TryCall(obj, "__len__", out object? n)) { length = (long)ToBig(n); return true; }
        length = 0;
        return false;
    }

    /// <summary>Python iteration over any value: strings yield one-character strings, dicts their keys.</summary>
    public static IEnumerable<object?> Iter(object? obj) =>
        IterOrNull(obj) ?? throw new TypeError($"'{Builtins.type_name(obj)}' object is not iterable");

    /// <summary><see cref="Iter"/>, or null for a value that is not iterable, where the caller raises its own message
    /// (unpacking says "cannot unpack non-iterable int object").</summary>
    internal static IEnumerable<object?>? IterOrNull(object? obj)
    {
        switch (obj)
        {
            case string s: return StringItems(s);
            case IEnumerable<object?> objects: return objects;
            case Type type when EnumClasses.IsEnumClass(type): return EnumClasses.Iterated(type).ToList();
            case PyObject when Dunder.Has(obj, "__iter__", 0):
                Dunder.TryCall(obj, "__iter__", out object? iterator);
                // An iterator's __iter__ returns itself: its items come from __next__, not __iter__ again.
                return iterator is PyObject && Dunder.Has(iterator, "__next__", 0) ? NextProtocol(iterator) : Iter(iterator);
            case PyObject when Dunder.Has(obj, "__next__", 0): return NextProtocol(obj);
            case PyObject when Dunder.Has(obj, "__getitem__", 1): return SequenceProtocol(obj);
            case IEnumerable e: return e.Cast<object?>().Select(x => x is char c ? (object?)c.ToString() : x);
            case ITuple t: return PyTuple.From(t).Items;
        }
        return null;
    }

    /// <summary>Iterating a str: one-character strings (a surrogate pair stays one item, as one code point).</summary>
    public static IEnumerable<string> Chars(string s) =>
        s is null ? throw new TypeError("'NoneType' object is not iterable") : StringItems(s).Cast<string>();

    private static IEnumerable<object?> StringItems(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { yield return s.Substring(i, 2); i++; }
            else yield return s[i].ToString();
        }
    }

    private static IEnumerable<object?> NextProtocol(object obj)
    {
        while (true)
        {
            object? item;
            try { Dunder.TryCall(obj, "__next__", out item); }
            catch (StopIteration) { yield break; }
            yield return item;
        }
    }

    private static IEnumerable<object?> SequenceProtocol(object obj)
    {
        for (long i = 0; ; i++)
        {
            object? item;
            try { Dunder.TryCall(obj, "__getitem__", out item, i); }
            catch (IndexError) { yield break; }
            catch (StopIteration) { yield break; }
            yield return item;
        }
    }
}
