using Py2Cs.Runtime;
using B = Py2Cs.Runtime.Builtins;

namespace Py2Cs.Runtime.Tests.Modules;

/// <summary>argparse against CPython 3.11: the expected text is what python3 printed for the same calls.</summary>
public class ArgparseTests
{
    private static argparse.ArgumentParser Parser()
    {
        var p = new argparse.ArgumentParser(prog: "tool", exit_on_error: false);
        p.add_argument("src");
        p.add_argument("dst", nargs: "?", @default: "out");
        p.add_argument("-n", "--count", type: typeof(long), @default: 1L);
        p.add_argument("--flag", action: "store_true");
        p.add_argument("-x", action: "append_const", @const: "X", dest: "marks");
        p.add_argument("--pair", nargs: 2L, metavar: "KV");
        return p;
    }

    private static Func<object?> Error(string[] args) => () =>
    {
        try { Parser().parse_args(args); return "parsed"; }
        catch (argparse.ArgumentError e) { return $"ArgumentError: {e.__str__()}"; }
    };

    [Fact]
    public void ParsingUsageAndErrorsMatchCPython() => PrintedLines.Check("""
        Namespace(src='a', dst='out', count=1, flag=False, marks=None, pair=None)
        Namespace(src='a', dst='b', count=5, flag=True, marks=['X', 'X'], pair=['k', 'v'])
        (Namespace(src='a', dst='out', count=1, flag=False, marks=None, pair=None), ['--zzz', 'c', 'd'])
        usage: tool [-h] [-n COUNT] [--flag] [-x] [--pair KV KV] src [dst]

        ArgumentError: argument -n/--count: invalid int value: 'z'
        ArgumentError: argument --pair: expected 2 arguments
        [Namespace(a=1, b='x'), 1, {'a': 1, 'b': 'x'}, True]
        """,
        () => Parser().parse_args(["a"]),
        () => Parser().parse_args(["a", "b", "-n5", "--flag", "-x", "-x", "--pair", "k", "v"]),
        () => B.repr(Parser().parse_known_args(["a", "--zzz", "c", "d"])),
        () => Parser().format_usage(),
        Error(["a", "-n", "z"]),
        Error(["a", "--pair", "k"]),
        () =>
        {
            var ns = new argparse.Namespace(Py.Kw("a", 1L), Py.Kw("b", "x"));
            return new PyList<object?> { ns, Py.GetAttr(ns, "a"), ns.__dict__, Py.Eq(ns, new argparse.Namespace(Py.Kw("a", 1L), Py.Kw("b", "x"))) };
        });
}
