using System.Collections;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Py2Cs.Runtime;

/// <summary>Rich comparisons with Python semantics.</summary>
public static partial class Py
{
    public static bool Is(object? a, object? b)
    {
        if (ReferenceEquals(a, b)) return true;
        // Boxed value types have no identity in .NET; small ints, bools and None are singletons in CPython.
        if (a is bool p && b is bool q) return p == q;
        if (Longs(a, b, out long x, out long y)) return x == y;
        // A def used as a value is a delegate made at each use, or its PyFunction: the same def either way.
        if ((a is Delegate || b is Delegate) && FunctionBody(a) is { } f && FunctionBody(b) is { } g)
            return f.Method == g.Method && ReferenceEquals(f.Target, g.Target);
        return false;
    }

    static Delegate? FunctionBody(object? value) => value as Delegate ?? (value as PyFunction)?.Body;

    public static bool Eq(object? a, object? b)
    {
        if (a is null || b is null)
        {
            if (a is null && b is null) return true;
            object other = a ?? b!;
            if (other is PyObject && Dunder.TryCall(other, "__eq__", out object? r, [null]) && r != Builtins.NotImplemented) return Truthy(r);
            return false;
        }
        if (Longs(a, b, out long x, out long y)) return x == y;
        if (a is string s && b is string t) return string.Equals(s, t, StringComparison.Ordinal);
        if (IsNumber(a) && IsNumber(b)) return CompareNumbers(a, b) is int c && c == 0;
        if (a is char || b is char) return Eq(a is char ca ? ca.ToString() : a, b is char cb ? cb.ToString() : b);
        if (a is PyObject || b is PyObject)
        {
            if (a is PyObject && Dunder.TryCall(a, "__eq__", out object? r, b) && r != Builtins.NotImplemented) return Truthy(r);
            if (b is PyObject && Dunder.TryCall(b, "__eq__", out r, a) && r != Builtins.NotImplemented) return Truthy(r);
            return ReferenceEquals(a, b);
        }
        if (a is IPyList la && b is IPyList lb) return SequenceEquals(la.Items(), lb.Items());
        if (AsTupleItems(a) is IReadOnlyList<object?> ta && AsTupleItems(b) is IReadOnlyList<object?> tb) return SequenceEquals(ta, tb);
        if (a is ICounter && b is ICounter && a is IPyDict counterA && b is IPyDict counterB) return CounterEquals(counterA, counterB);
        if (a is IPyDict da && b is IPyDict db) return da.DictEquals(db);
        if (SetLike(a) is { } sa && SetLike(b) is { } sb) return sa.Count == sb.Count && sa.IsSubsetOf(sb);
        if (a is PyRange ra && b is PyRange rb) return ra.Equals(rb);
        if (a is BaseException || b is BaseException) return ReferenceEquals(a, b);
        return a.Equals(b);
    }

    public static bool Ne(object? a, object? b)
    {
        if (a is PyObject && Dunder.TryCall(a, "__ne__", out object? r, b) && r != Builtins.NotImplemented) return Truthy(r);
        return !Eq(a, b);
    }

    public static bool Lt(object? a, object? b) => Order(a, b, "<", "__lt__", "__gt__", c => c < 0);
    public static bool Le(object? a, object? b) => Order(a, b, "<=", "__le__", "__ge__", c => c <= 0);
    public static bool Gt(object? a, object? b) => Order(a, b, ">", "__gt__", "__lt__", c => c > 0);
    public static bool Ge(object? a, object? b) => Order(a, b, ">=", "__ge__", "__le__", c => c >= 0);

    /// <summary>Python's identity-then-equality test used by <c>in</c>, <c>list.index</c>, <c>count</c>, <c>remove</c>.</summary>
    internal static bool SameOrEqual(object? a, object? b) => ReferenceEquals(a, b) || Eq(a, b);

    /// <summary>Two Counters compare equal when every element has the same count, a missing one counting as zero
    /// (Python 3.10 on): <c>+c == c</c> holds though <c>+c</c> drops the zero counts.</summary>
    private static bool CounterEquals(IPyDict a, IPyDict b)
    {
        static object? CountIn(IPyDict d, object? key) => d.ContainsKeyObject(key) ? d.GetObject(key) : 0L;
        return a.Pairs().All(p => Eq(p.Value, CountIn(b, p.Key))) && b.Pairs().All(p => Eq(p.Value, CountIn(a, p.Key)));
    }

    /// <summary>A set, or a dict's keys() or items() view as the set it compares as (<c>d.keys() == {"a"}</c>,
    /// <c>d.items() &gt;= {("x", 9)}</c>); null for anything else.</summary>
    private static IPySet? SetLike(object? value) => value as IPySet ?? (value as IPyDictView)?.AsSet();

    private static bool Order(object? a, object? b, string symbol, string name, string reflected, Func<int, bool> test)
    {
        if (Longs(a, b, out long x, out long y)) return test(x.CompareTo(y));
        if (a is string s && b is string t) return test(string.CompareOrdinal(s, t));
        if (IsNumber(a) && IsNumber(b))
        {
            int? c = CompareNumbers(a!, b!);
            return c is int value && test(value);
        }
        if (a is char || b is char) return Order(a is char ca ? ca.ToString() : a, b is char cb ? cb.ToString() : b, symbol, name, reflected, test);
        if (a is PyObject || b is PyObject)
        {
            if (a is PyObject && Dunder.TryCall(a, name, out object? r, b) && r != Builtins.NotImplemented) return Truthy(r);
            if (a is ITotalOrdering && TotalOrdering.TryDerive(a, name, b, out r) && r != Builtins.NotImplemented) return Truthy(r);
            if (b is PyObject && Dunder.TryCall(b, reflected, out r, a) && r != Builtins.NotImplemented) return Truthy(r);
            if (b is ITotalOrdering && TotalOrdering.TryDerive(b, reflected, a, out r) && r != Builtins.NotImplemented) return Truthy(r);
        }
        else if (a is IPyList la && b is IPyList lb) return Lexicographic(la.Items(), lb.Items(), symbol, name, reflected, test);
        else if (AsTupleItems(a) is IReadOnlyList<object?> ta && AsTupleItems(b) is IReadOnlyList<object?> tb)
            return Lexicographic(ta, tb, symbol, name, reflected, test);
        else if (SetLike(a) is { } sa && SetLike(b) is { } sb)
        {
            return symbol switch
            {
                "<" => sa.Count < sb.Count && sa.IsSubsetOf(sb),
                "<=" => sa.IsSubsetOf(sb),
                ">" => sb.Count < sa.Count && sb.IsSubsetOf(sa),
                _ => sb.IsSubsetOf(sa),
            };
        }
        else if (a is IComparable ca2 && a.GetType() == b?.GetType() && a is not IPyDict) return test(ca2.CompareTo(b));
        throw new TypeError($"'{symbol}' not supported between instances of '{Builtins.type_name(a)}' and '{Builtins.type_name(b)}'");
    }

    private static bool Lexicographic(IReadOnlyList<object?> a, IReadOnlyList<object?> b, string symbol, string name, string reflected, Func<int, bool> test)
    {
        int n = Math.Min(a.Count, b.Count);
        for (int i = 0; i < n; i++)
        {
            if (!SameOrEqual(a[i], b[i])) return Order(a[i], b[i], symbol, name, reflected, test);
        }
        return test(a.Count.CompareTo(b.Count));
    }

    private static bool SequenceEquals(IReadOnlyList<object?> a, IReadOnlyList<object?> b)
    {
        if (a.Count != b.Count) return false;
        for (int i = 0; i < a.Count; i++) if (!SameOrEqual(a[i], b[i])) return false;
        return true;
    }

    /// <summary>Compares two numbers exactly (an int against a float compares the true values); null when NaN is involved.</summary>
    internal static int? CompareNumbers(object a, object b)
    {
        if (TryLong(a, out long x) && TryLong(b, out long y)) return x.CompareTo(y);
        bool af = IsFloat(a), bf = IsFloat(b);
        if (!af && !bf) return ToBig(a).CompareTo(ToBig(b));
        if (af && bf)
        {
            double p = ToDouble(a), q = ToDouble(b);
            if (double.IsNaN(p) || double.IsNaN(q)) return null;
            return p.CompareTo(q);
        }
        double f = ToDouble(af ? a : b);
        BigInteger i = ToBig(af ? b : a);
        if (double.IsNaN(f)) return null;
        int sign;
        if (double.IsInfinity(f)) sign = f > 0 ? 1 : -1;
        else
        {
            double floor = Math.Floor(f);
            int cmp = new BigInteger(floor).CompareTo(i);
            sign = cmp != 0 ? cmp : f > floor ? 1 : 0;
        }
        return af ? sign : -sign;
    }

    /// <summary>The items of a tuple value (PyTuple or a C# ValueTuple), or null.</summary>
    internal static IReadOnlyList<object?>? AsTupleItems(object? value) => value switch
    {
        PyTuple t => t.Items,
        PyNamedTuple n => n.ToArray(),
        object?[] items => items,
        ITuple t when value is not PyObject => PyTuple.From(t).Items,
        _ => null,
    };
}
