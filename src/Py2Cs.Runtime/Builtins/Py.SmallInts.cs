using System.Runtime.CompilerServices;

namespace Py2Cs.Runtime;

public static partial class Py
{
    // CPython's small-int cache, -5..256: the results of dynamic arithmetic in that range (counters,
    // remainders, flags) are shared boxes instead of a new 24-byte object each. Identity cannot tell:
    // Py.Is compares ints by value.
    const long SmallIntMin = -5, SmallIntMax = 256;
    static readonly object[] SmallInts = MakeSmallInts();

    static object[] MakeSmallInts()
    {
        var boxes = new object[SmallIntMax - SmallIntMin + 1];
        for (long v = SmallIntMin; v <= SmallIntMax; v++) boxes[v - SmallIntMin] = v;
        return boxes;
    }

    /// <summary>A Python int result as an object: the shared box for a small int, a new box otherwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static object BoxInt(long value) =>
        (ulong)(value - SmallIntMin) <= (ulong)(SmallIntMax - SmallIntMin) ? SmallInts[value - SmallIntMin] : value;
}
