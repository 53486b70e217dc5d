namespace Py2Cs.Runtime;

/// <summary>Python's slice object <c>start:stop:step</c>; null parts are omitted ones.</summary>
public readonly record struct Slice(long? Start, long? Stop, long? Step = null)
{
    /// <summary>CPython's PySlice_AdjustIndices: clamps to a sequence of <paramref name="length"/> items.</summary>
    public (long Start, long Stop, long Step, long Count) Indices(long length)
    {
        long step = Step ?? 1;
        if (step == 0) throw new ValueError("slice step cannot be zero");
        long start, stop;
        if (step > 0)
        {
            start = Clamp(Start ?? 0, length, 0, length);
            stop = Clamp(Stop ?? length, length, 0, length);
        }
        else
        {
            start = Clamp(Start ?? length - 1, length, -1, length - 1);
            stop = Stop is null ? -1 : Clamp(Stop.Value, length, -1, length - 1);
        }
        long count = step > 0
            ? (stop > start ? (stop - start - 1) / step + 1 : 0)
            : (stop < start ? (start - stop - 1) / -step + 1 : 0);
        return (start, stop, step, count);
    }

    private static long Clamp(long index, long length, long low, long high)
    {
        if (index < 0) index += length;
        return index < low ? low : index > high ? high : index;
    }

    public override string ToString() =>
        $"slice({Builtins.repr(Start)}, {Builtins.repr(Stop)}, {Builtins.repr(Step)})";
}

public static partial class Py
{
    /// <summary><c>a[start:stop:step]</c> bounds from arbitrary values (None allowed).</summary>
    public static Slice Slice(object? start, object? stop, object? step = null) =>
        new(SliceIndex(start), SliceIndex(stop), SliceIndex(step));

    private static long? SliceIndex(object? value)
    {
        if (value is null) return null;
        if (TryLong(value, out long l)) return l;
        if (IsInt(value)) return ToBig(value).Sign < 0 ? long.MinValue / 2 : long.MaxValue / 2;
        throw new TypeError("slice indices must be integers or None or have an __index__ method");
    }

    /// <summary>Normalises a possibly negative index; raises IndexError with <paramref name="what"/> when out of range.</summary>
    internal static int Index(long index, int length, string what)
    {
        if (index < 0) index += length;
        if (index < 0 || index >= length) throw new IndexError($"{what} index out of range");
        return (int)index;
    }
}
