using Py2Cs.Runtime;
using B = Py2Cs.Runtime.Builtins;

namespace Py2Cs.Runtime.Tests.Modules;

/// <summary>
/// The enum module's bases as translated classes use them (members are static readonly fields, created
/// in definition order). Expected text is what python3 (3.11) printed for the same classes and calls:
/// Color(Enum) RED = 1, GREEN = auto(), BLUE = "b", PINK = auto(); Level(IntEnum) LOW = auto(), HIGH = 5;
/// Perm(Flag) R, W, X = auto(); Mode(StrEnum) FAST = auto(), SLOW = "s".
/// </summary>
public class EnumTests
{
    private sealed class Color : EnumModule.Enum
    {
        public static readonly Color RED = new("RED", 1L), GREEN = new("GREEN", new EnumModule.auto()), BLUE = new("BLUE", "b"), PINK = new("PINK", new EnumModule.auto());
        private Color(string name, object? value) : base(name, value) { }
    }

    private sealed class Level : EnumModule.IntEnum
    {
        public static readonly Level LOW = new("LOW", new EnumModule.auto()), HIGH = new("HIGH", 5L);
        private Level(string name, object? value) : base(name, value) { }
    }

    private sealed class Perm : EnumModule.Flag
    {
        public static readonly Perm R = new("R", new EnumModule.auto()), W = new("W", new EnumModule.auto()), X = new("X", new EnumModule.auto());
        private Perm(string name, object? value) : base(name, value) { }
    }

    private sealed class Bits : EnumModule.IntFlag
    {
        public static readonly Bits R = new("R", 4L), W = new("W", 2L), X = new("X", 1L);
        private Bits(string name, object? value) : base(name, value) { }
    }

    private sealed class Mode : EnumModule.StrEnum
    {
        public static readonly Mode FAST = new("FAST", new EnumModule.auto()), SLOW = new("SLOW", "s");
        private Mode(string name, object? value) : base(name, value) { }
    }

    private static string P(params object?[] items) => string.Join(" ", items.Select(B.str));

    [Fact]
    public void MembersLookupsAndPrintingMatchCPython() => PrintedLines.Check("""
        [<Color.RED: 1>, <Color.GREEN: 2>, <Color.BLUE: 'b'>, <Color.PINK: 3>] Color.RED Color.BLUE Color.PINK 4
        ValueError: 9 is not a valid Color
        KeyError: 'NOPE'
        5 <Level.LOW: 1> 2 True True 005
        Perm.R|W <Perm.W|X: 6> True <Perm: 0> Perm.R|W <Perm.W|X: 6>
        fast <Mode.FAST: 'fast'> True s
        {'RED': <Color.RED: 1>, 'GREEN': <Color.GREEN: 2>, 'BLUE': <Color.BLUE: 'b'>, 'PINK': <Color.PINK: 3>}
        """,
        () => P(B.list(typeof(Color)), Py.Call(typeof(Color), 1L), Py.Call(typeof(Color), "b"), Py.GetItem(typeof(Color), "PINK"), B.len(typeof(Color))),
        () => Py.Call(typeof(Color), 9L),
        () => Py.GetItem(typeof(Color), "NOPE"),
        () => P(Level.HIGH, B.repr(Level.LOW), Py.Add(Level.LOW, 1L), Py.Gt(Level.HIGH, 3L), Py.Eq(Level.LOW, 1L), B.format(Level.HIGH, "03")),
        () => P(Py.BitOr(Perm.R, Perm.W), B.repr(Py.BitOr(Perm.W, Perm.X)), Py.Contains(Py.BitOr(Perm.R, Perm.X), Perm.R),
            B.repr(Py.BitAnd(Perm.R, Perm.W)), Py.Call(typeof(Perm), 3L), B.repr(Py.Invert(Perm.R))),
        () => P(Mode.FAST, B.repr(Mode.FAST), Py.Eq(Mode.SLOW, "s"), Py.Call(typeof(Mode), "s")),
        () => Py.GetAttr(typeof(Color), "__members__"));

    [Fact]
    public void MembersAreDistinctKeysWithIdentityEquality()
    {
        var counts = new PyDict<Color, long> { [Color.RED] = 3, [Color.BLUE] = 1 };
        Assert.Equal("{<Color.RED: 1>: 3, <Color.BLUE: 'b'>: 1}", B.repr(counts));
        Assert.Same(Color.RED, Py.Call(typeof(Color), 1L));
        Assert.False(Py.Eq(Color.RED, 1L));
    }

    // Bits(IntFlag) R = 4, W = 2, X = 1; rw = Bits.R | Bits.W; python3 printed:
    // str(rw), repr(rw), rw == 6, rw + 1, R in rw, X in rw, repr(rw | 1), isinstance(rw, int), f"{rw:03d}", rw > 5
    // -> 6 <Bits.R|W: 6> True 7 True False <Bits.R|W|X: 7> True 006 True
    [Fact]
    public void IntFlag_members_are_ints_and_combine_with_ints()
    {
        var rw = Py.BitOr(Bits.R, Bits.W);
        Assert.Equal("6 <Bits.R|W: 6> True 7 True False <Bits.R|W|X: 7> True 006 True",
            P(B.str(rw), B.repr(rw), Py.Eq(rw, 6L), Py.Add(rw, 1L), Py.Contains(rw, Bits.R), Py.Contains(rw, Bits.X),
              B.repr(Py.BitOr(rw, 1L)), B.isinstance(rw, typeof(long)), B.format(rw, "03d"), Py.Gt(rw, 5L)));
    }
}
