using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Modules;

/// <summary>Counter's unary and <c>|</c> operators, statistics' multimode and means, heapq.merge's key and
/// reverse, against CPython 3.11: the expected text is what python3 printed for the same calls.</summary>
public class CounterStatisticsHeapqTests
{
    static PyList<object?> L(params object?[] items) => new(items);

    [Fact]
    public void CounterStatisticsAndMergeMatchCPython()
    {
        var a = new Counter<string> { ["x"] = 3, ["y"] = -2, ["z"] = 0 };
        var b = new Counter<string> { ["x"] = 1, ["y"] = 5, ["w"] = 2 };
        PrintedLines.Check("""
            (Counter({'x': 3}), Counter({'y': 2}), Counter({'y': 5, 'x': 3, 'w': 2}), Counter({'x': 1}))
            [1, 3]
            []
            (36.000000000000014, 48.0, 3.6, 0, 7)
            StatisticsError: geometric mean requires a non-empty dataset containing positive numbers
            StatisticsError: harmonic mean does not support negative values
            [9, 8, 5, 5, 2, 1]
            ['ccc', 'bb', 'dd', 'a']
            [1, 2, 3, 4]
            """,
            () => (+a, -a, Py.BitOr(a, b), a & b),
            () => statistics.multimode(L(1L, 1L, 2L, 3L, 3L, 4L)),
            () => statistics.multimode(L()),
            () => (statistics.geometric_mean(L(54L, 24L, 36L)), statistics.harmonic_mean(L(40L, 60L)),
                statistics.harmonic_mean(L(2.5, 3L, 10L)), statistics.harmonic_mean(L(5L, 0L, 2L)), statistics.harmonic_mean(L(7L))),
            () => statistics.geometric_mean(L(1L, -1L)),
            () => statistics.harmonic_mean(L(1L, -1L)),
            () => new PyList<object?>(heapq.merge([L(9L, 5L, 1L), L(8L, 5L, 2L)], reverse: true)),
            () => new PyList<object?>(heapq.merge([L("bb", "a"), L("ccc", "dd")], key: x => Py2Cs.Runtime.Builtins.len(x), reverse: true)),
            () => new PyList<object?>(heapq.merge([L(1L, 3L), L(2L, 4L)], key: x => x)));
    }
}
