using Py2Cs.Runtime;
using static Py2Cs.Runtime.difflib;

namespace Py2Cs.Runtime.Tests.Modules;

/// <summary>difflib against CPython 3.11: the expected text is what python3 printed for the same calls.</summary>
public class DifflibTests
{
    static PyList<object?> L(params object?[] items) => new(items);
    static string Join(IEnumerable<string> lines, string sep = "") => string.Join(sep, lines);

    [Fact]
    public void MatcherDiffsAndCloseMatchesMatchCPython()
    {
        string b = new string('x', 3) + string.Concat(Enumerable.Repeat("ab", 120)) + "y";
        var sm = new SequenceMatcher(new Func<object?, object?>(c => (string?)c == " "),
            "private Thread currentThread;", "private volatile Thread currentThread;");
        PrintedLines.Check("""
            [Match(a=2, b=0, size=1), Match(a=7, b=1, size=1), Match(a=12, b=2, size=1), Match(a=100, b=244, size=0)]
            0.898876
            (0.865672, [('equal', 0, 8, 0, 8), ('insert', 8, 8, 8, 17), ('equal', 8, 29, 17, 38)])
            Match(a=14, b=23, size=15)
            (0.8656716417910447, 0.8656716417910447)
            ['wheel', 'heel', 'while', 'wheat']
            ValueError: n must be > 0: 0
            ValueError: cutoff must be in [0.0, 1.0]: 1.5
            --- old	2024-01-01
            +++ new	2024-01-02
            @@ -1,3 +1,3 @@
             a
            -b
            +B
             c
            @@ -8,2 +8,3 @@
             h
            -i
            +I
            +j

            *** 
            --- 
            ***************
            *** 1,3 ****
              one
            - two
              three
            --- 1,3 ----
              one
              three
            + four
            - abcDefghiJkl
            ?    ^  ^  ^
            + abcdefGhijkl
            ?    ^  ^  ^
              same
            - tab	here
            ?    	 ^
            + tab	hEre
            ?    	 ^
            + new

            b
            c

            TypeError: lines to compare must be str, not int (1)
            []
            True
            (False, True)
            """,
            () => new SequenceMatcher(null, string.Concat(Enumerable.Repeat("abxcd", 20)), b).get_matching_blocks(),
            () => Math.Round(new SequenceMatcher(null, string.Concat(Enumerable.Repeat("ab", 100)) + "q", b, autojunk: false).ratio(), 6),
            () => (Math.Round(sm.ratio(), 6), sm.get_opcodes()),
            () => sm.find_longest_match(0, 29, 0, 38),
            () => (sm.quick_ratio(), sm.real_quick_ratio()),
            () => get_close_matches("wheel", L("while", "wheat", "whale", "heel", "wheel"), n: 4, cutoff: 0.5),
            () => get_close_matches("ab", L("ba", "ab", "bb"), n: 0),
            () => get_close_matches("ab", L("ba"), cutoff: 1.5),
            () => Join(unified_diff(L("a\n", "b\n", "c\n", "d\n", "e\n", "f\n", "g\n", "h\n", "i\n"),
                L("a\n", "B\n", "c\n", "d\n", "e\n", "f\n", "g\n", "h\n", "I\n", "j\n"), "old", "new", "2024-01-01", "2024-01-02", n: 1)),
            () => Join(context_diff(L("one", "two", "three"), L("one", "three", "four"), lineterm: ""), "\n"),
            () => Join(ndiff(L("abcDefghiJkl\n", "same\n", "tab\there\n"), L("abcdefGhijkl\n", "same\n", "tab\thEre\n", "new\n"))),
            () => Join(restore(ndiff(L("a\n", "b\n"), L("b\n", "c\n")), 2)),
            () => new PyList<string>(unified_diff(L(1L), L(2L))),
            () => new PyList<string>(unified_diff(L(), L())),
            () => IS_LINE_JUNK("  # \n"),
            () => (IS_LINE_JUNK("x\n"), IS_CHARACTER_JUNK("\t")));
    }
}
