namespace Py2Cs.Runtime;

/// <summary>
/// Augmented assignment (<c>x += y</c>, <c>x |= y</c>, ...) as CPython runs it: a mutable operand changes in
/// place, so every other name for the same list, set, dict or object sees the change; only where the left
/// operand has no in-place form (numbers, str, tuple, frozenset, an object without <c>__iadd__</c>) does it
/// fall back to the binary operator, whose new value the statement then stores.
/// </summary>
public static partial class Py
{
    public static object? InPlaceAdd(object? a, object? b)
    {
        if (a is IPyList list && a is not PyObject) { list.ExtendInPlace(b); return a; }
        return InPlace(a, b, "__iadd__", Add);
    }

    public static object? InPlaceMul(object? a, object? b)
    {
        if (a is IPyList list && a is not PyObject && Longs(b, 0L, out long n, out _)) { list.RepeatInPlace(n); return a; }
        return InPlace(a, b, "__imul__", Mul);
    }

    public static object? InPlaceBitOr(object? a, object? b)
    {
        if (a is IPySet set && a is not IPyFrozen) { set.UpdateInPlace(b, "|="); return a; }
        if (a is IPyDict dict) { dict.UpdateInPlace(b); return a; }
        return InPlace(a, b, "__ior__", BitOr);
    }

    public static object? InPlaceBitAnd(object? a, object? b)
    {
        if (a is IPySet set && a is not IPyFrozen) { set.UpdateInPlace(b, "&="); return a; }
        return InPlace(a, b, "__iand__", BitAnd);
    }

    public static object? InPlaceBitXor(object? a, object? b)
    {
        if (a is IPySet set && a is not IPyFrozen) { set.UpdateInPlace(b, "^="); return a; }
        return InPlace(a, b, "__ixor__", BitXor);
    }

    public static object? InPlaceSub(object? a, object? b)
    {
        if (a is IPySet set && a is not IPyFrozen) { set.UpdateInPlace(b, "-="); return a; }
        return InPlace(a, b, "__isub__", Sub);
    }

    public static object? InPlaceTrueDiv(object? a, object? b) => InPlace(a, b, "__itruediv__", TrueDiv);
    public static object? InPlaceFloorDiv(object? a, object? b) => InPlace(a, b, "__ifloordiv__", FloorDiv);
    public static object? InPlaceMod(object? a, object? b) => InPlace(a, b, "__imod__", Mod);
    public static object? InPlacePow(object? a, object? b) => InPlace(a, b, "__ipow__", Pow);
    public static object? InPlaceLShift(object? a, object? b) => InPlace(a, b, "__ilshift__", LShift);
    public static object? InPlaceRShift(object? a, object? b) => InPlace(a, b, "__irshift__", RShift);
    public static object? InPlaceMatMul(object? a, object? b) => InPlace(a, b, "__imatmul__", MatMul);

    /// <summary>The left operand's own in-place method when it has one and does not return NotImplemented,
    /// else the binary operator. Numbers and strings have none: they skip the lookup.</summary>
    static object? InPlace(object? a, object? b, string dunder, Func<object?, object?, object?> binary)
    {
        if (a is not (null or long or int or double or bool or string or System.Numerics.BigInteger)
            && Dunder.TryCall(a, dunder, out object? result, b) && result != Builtins.NotImplemented)
            return result;
        return binary(a, b);
    }
}
