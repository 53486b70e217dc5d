using Py2Cs.Runtime;
using B = Py2Cs.Runtime.Builtins;

namespace Py2Cs.Runtime.Tests.Builtins;

public class NumberTests
{
    private static readonly Dictionary<string, Func<object?[], object?>> Operations = new()
    {
        ["add"] = a => Py.Add(a[0], a[1]),
        ["sub"] = a => Py.Sub(a[0], a[1]),
        ["mul"] = a => Py.Mul(a[0], a[1]),
        ["truediv"] = a => Py.TrueDiv(a[0], a[1]),
        ["floordiv"] = a => Py.FloorDiv(a[0], a[1]),
        ["mod"] = a => Py.Mod(a[0], a[1]),
        ["pow"] = a => Py.Pow(a[0], a[1]),
        ["lshift"] = a => Py.LShift(a[0], a[1]),
        ["rshift"] = a => Py.RShift(a[0], a[1]),
        ["and"] = a => Py.BitAnd(a[0], a[1]),
        ["or"] = a => Py.BitOr(a[0], a[1]),
        ["xor"] = a => Py.BitXor(a[0], a[1]),
        ["eq"] = a => Py.Eq(a[0], a[1]),
        ["ne"] = a => Py.Ne(a[0], a[1]),
        ["lt"] = a => Py.Lt(a[0], a[1]),
        ["le"] = a => Py.Le(a[0], a[1]),
        ["gt"] = a => Py.Gt(a[0], a[1]),
        ["ge"] = a => Py.Ge(a[0], a[1]),
        ["divmod"] = a => B.divmod(a[0], a[1]),
        ["round"] = a => B.round(a[0], a[1]),
        ["pow3"] = a => B.pow(a[0], a[1], a[2]),
        ["neg"] = a => Py.Neg(a[0]),
        ["pos"] = a => Py.Pos(a[0]),
        ["invert"] = a => Py.Invert(a[0]),
        ["abs"] = a => B.abs(a[0]),
        ["truthy"] = a => Py.Truthy(a[0]),
        ["int"] = a => B.@int(a[0]),
        ["float"] = a => B.@float(a[0]),
        ["round1"] = a => B.round(a[0]),
        ["hash"] = a => B.hash(a[0]),
        ["hex"] = a => B.hex(a[0]),
        ["bin"] = a => B.bin(a[0]),
        ["oct"] = a => B.oct(a[0]),
        ["intbase"] = a => B.@int((string)a[0]!, (long)a[1]!),
    };

    [Fact]
    public void OperatorsMatchCPython()
    {
        var failures = new List<string>();
        int total = 0;
        foreach (var c in CaseFiles.Read("numbers"))
        {
            total++;
            string op = c[0].GetString()!;
            var args = c[1].EnumerateArray().Select(CaseFiles.Decode).ToArray();
            string expected = c[2].GetString()!;
            string actual = CaseFiles.Outcome(() => Operations[op](args));
            if (actual != expected) failures.Add($"{op}({string.Join(", ", args.Select(B.repr))}): expected {expected} got {actual}");
        }
        Assert.True(failures.Count == 0, $"{failures.Count}/{total} failed\n" + string.Join("\n", failures.Take(60)));
    }

    [Fact]
    public void TypedFastPathsFollowPython()
    {
        Assert.Equal(-4L, Py.FloorDiv(-7L, 2L));
        Assert.Equal(1L, Py.Mod(-7L, 2L));
        Assert.Equal(-1L, Py.Mod(7L, -2L));
        Assert.Equal(0.5, Py.Mod(-7.5, 2.0));
        Assert.Equal(3.5, Py.TrueDiv(7L, 2L));
        Assert.Equal(1024L, Py.Pow(2L, 10L));
        Assert.Throws<ZeroDivisionError>(() => Py.FloorDiv(1L, 0L));
        Assert.Throws<OverflowError>(() => Py2Cs.Runtime.Py.Translate(new OverflowException()) is var e ? throw e : 0);
    }
}
