using Py2Cs.Syntax.Diagnostics;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Syntax.Tests;

/// <summary>A broken file gives exactly one diagnostic, at the line and column CPython reports, with its message.</summary>
public class DiagnosticTests
{
    [Theory]
    [InlineData("if x:\n        a = 1\n    b = 2\n", "PYCS0002")]
    [InlineData("if x:\n\ta = 1\n        b = 2\n", "PYCS0003")]
    [InlineData("if x:\n        a = 1\n\tb = 2\n", "PYCS0003")]
    [InlineData("x = f\"abc\ny = 1\n", "PYCS0001")]
    [InlineData("x = 'abc\n", "PYCS0001")]
    [InlineData("x = 1\ny = \"\"\"abc\n\nz\n", "PYCS0001")]
    [InlineData("x = (1,\ny = 2\n", "PYCS0001")]
    [InlineData("x = foo(1, 2\n", "PYCS0001")]
    [InlineData("x = [1, 2)\n", "PYCS0001")]
    [InlineData("x = 1)\n", "PYCS0001")]
    [InlineData("x = 1 $ 2\n", "PYCS0001")]
    [InlineData("x = 1 \u20ac 2\n", "PYCS0001")]
    [InlineData("if x\n  pass\n", "PYCS0001")]
    [InlineData(" x = 1\n", "PYCS0001")]
    [InlineData("if x:\npass\n", "PYCS0001")]
    [InlineData("def f():\nreturn 1\n", "PYCS0001")]
    [InlineData("for x in y:\n\nz = 1\n", "PYCS0001")]
    [InlineData("class A:\nx = 1\n", "PYCS0001")]
    [InlineData("x = 1 +\n", "PYCS0001")]
    [InlineData("def f(:\n  pass\n", "PYCS0001")]
    [InlineData("x = \\ 1\n", "PYCS0001")]
    [InlineData("for x in y\n  pass\n", "PYCS0001")]
    [InlineData("class A\n  pass\n", "PYCS0001")]
    [InlineData("while True\n  pass\n", "PYCS0001")]
    [InlineData("def f()\n  pass\n", "PYCS0001")]
    [InlineData("x = 5 6\n", "PYCS0001")]
    [InlineData("x = 1\n  y = 2\n", "PYCS0001")]
    [InlineData("f() = 1\n", "PYCS0005")]
    [InlineData("1 = x\n", "PYCS0005")]
    [InlineData("a + b = c\n", "PYCS0005")]
    [InlineData("(a, f()) = 1\n", "PYCS0005")]
    [InlineData("for f() in x: pass\n", "PYCS0005")]
    [InlineData("with a as f(): pass\n", "PYCS0005")]
    [InlineData("del f()\n", "PYCS0005")]
    [InlineData("f() += 1\n", "PYCS0005")]
    [InlineData("[x for f() in y]\n", "PYCS0005")]
    [InlineData("a, b: int = 1\n", "PYCS0001")]
    [InlineData("def f(a=1, b): pass\n", "PYCS0001")]
    [InlineData("def f(*): pass\n", "PYCS0001")]
    [InlineData("def f(*, **k): pass\n", "PYCS0001")]
    [InlineData("def f(**k, a): pass\n", "PYCS0001")]
    [InlineData("def f(*a, *b): pass\n", "PYCS0001")]
    [InlineData("def f(/, a): pass\n", "PYCS0001")]
    [InlineData("f(a=1, b)\n", "PYCS0001")]
    [InlineData("f(**k, a)\n", "PYCS0001")]
    [InlineData("class A(metaclass=M, B):\n    x = 1\n", "PYCS0001")]
    [InlineData("f(**k, *a)\n", "PYCS0001")]
    [InlineData("f(x for x in y, 1)\n", "PYCS0001")]
    [InlineData("x = f\"{}\"\n", "PYCS0001")]
    [InlineData("x = f\"{x!z}\"\n", "PYCS0001")]
    [InlineData("x = f\"a}b\"\n", "PYCS0001")]
    [InlineData("x = \"a\" b\"b\"\n", "PYCS0001")]
    [InlineData("import\n", "PYCS0001")]
    [InlineData("x = [1, 2\n", "PYCS0001")]
    [InlineData("print(1))\n", "PYCS0001")]
    [InlineData("try:\n    pass\n", "PYCS0001")]
    [InlineData("match x:\n    case 1 as _:\n        pass\n", "PYCS0001")]
    [InlineData("match x:\n    case C(a=1, 2):\n        pass\n", "PYCS0001")]
    [InlineData("x = yield = 1\n", "PYCS0005")]
    [InlineData("def f(a):\n    return g(a b)\n", "PYCS0001")]
    [InlineData("x = [1, 2 3]\n", "PYCS0001")]
    [InlineData("f(x, a + b c)\n", "PYCS0001")]
    [InlineData("d = {1 2}\n", "PYCS0001")]
    [InlineData("d = {1: 2, 3}\n", "PYCS0001")]
    [InlineData("f(a.b=1, c)\n", "PYCS0001")]
    [InlineData("f(a=b=c)\n", "PYCS0001")]
    [InlineData("x = a if b\n", "PYCS0001")]
    [InlineData("x = a if b ese c\n", "PYCS0001")]
    [InlineData("def f:\n  pass\n", "PYCS0001")]
    [InlineData("def f() -> x y:\n  pass\n", "PYCS0001")]
    [InlineData("class A(B) x:\n  pass\n", "PYCS0001")]
    [InlineData("while x y:\n  pass\n", "PYCS0001")]
    [InlineData("if x  :\n    pass\nelse  # c\n    pass\n", "PYCS0001")]
    [InlineData("if x  # c\n    pass\n", "PYCS0001")]
    [InlineData("x = 0777\n", "PYCS0001")]
    [InlineData("x = 0x12g\n", "PYCS0001")]
    [InlineData("x = 1abc\n", "PYCS0001")]
    [InlineData("x = 1_a\n", "PYCS0001")]
    [InlineData("x = 1jx\n", "PYCS0001")]
    [InlineData("x = 1.5x\n", "PYCS0001")]
    [InlineData("def f():\n    if x:\n    y = 1\n", "PYCS0001")]
    [InlineData("def f():\n    try:\n        pass\n    x = 1\n", "PYCS0001")]
    [InlineData("if __name__ == '__main__':\n", "PYCS0001")]
    [InlineData("f(x): int = 1\n", "PYCS0001")]
    [InlineData("a != b: int\n", "PYCS0001")]
    [InlineData("print(world!\")\n", "PYCS0001")]
    [InlineData("x = (1,\n  y z\n", "PYCS0001")]
    [InlineData("if x:\n    pass\n      y = (]\n", "PYCS0001")]
    [InlineData("if x:\n  y = 1\n $ z = 2\n", "PYCS0002")]
    [InlineData("x = 1 + \U0001F600\n", "PYCS0001")]
    [InlineData("\U0001F600 = 1\n", "PYCS0001")]
    [InlineData("x = bf'abc\n", "PYCS0001")]
    [InlineData("except*\\N{=rb\"try:\n", "PYCS0001")]
    [InlineData("x = 1\rif x:\rpass\r", "PYCS0001")]
    [InlineData("x = 1\ry = (\r1,\rz = 2\r", "PYCS0001")]
    [InlineData("x = 1\ry = [\r1,\r2)\r", "PYCS0001")]
    [InlineData("for f() x:\n    pass\n", "PYCS0005")]
    [InlineData("for x y:\n    pass\n", "PYCS0001")]
    [InlineData("[a for 1 b]\n", "PYCS0001")]
    [InlineData("try:\n    pass\nexcept\n    pass\n", "PYCS0001")]
    [InlineData("try:\n    pass\nexcept ValueError\n    pass\n", "PYCS0001")]
    [InlineData("try:\n    pass\nfinally\n    pass\n", "PYCS0001")]
    [InlineData("a in b = c\n", "PYCS0005")]
    [InlineData("f() = 1, 2\n", "PYCS0005")]
    [InlineData("f() = (1, 2)\n", "PYCS0005")]
    [InlineData("f() = a < b\n", "PYCS0005")]
    [InlineData("None = 1\n", "PYCS0005")]
    [InlineData("... = 1\n", "PYCS0005")]
    [InlineData("f( = 1)\n", "PYCS0001")]
    [InlineData("x = 0x\n", "PYCS0001")]
    [InlineData("x = 0b^1\n", "PYCS0001")]
    [InlineData("x = 9\u00e9\n", "PYCS0001")]
    [InlineData("x = 9\u00e9 + 1]\n", "PYCS0001")]
    [InlineData("s = '\U0001F600'; x = 1 +\n", "PYCS0001")]
    [InlineData("&\\N{x\n", "PYCS0001")]
    [InlineData("print a\n", "PYCS0001")]
    [InlineData("if x:\n    print \"a\"\n", "PYCS0001")]
    [InlineData("exec \"x\"\n", "PYCS0001")]
    [InlineData("print(a) b\n", "PYCS0001")]
    [InlineData("x = ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))\n", "PYCS0001")]
    public void Broken_file_gives_one_diagnostic_where_cpython_reports_it(string source, string code)
    {
        AskCPythonAboutAllCasesOnce();
        string path = PythonOracle.WriteTemp(source);
        var expected = PythonOracle.Error(path);
        Assert.NotNull(expected);

        var result = SyntaxParser.Parse(new SourceText(path, source));

        Assert.Null(result.Module);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal((expected.Value.Line, expected.Value.Column), (diagnostic.Span.StartLine, diagnostic.Span.StartColumn));
        if (expected.Value.Message.StartsWith("invalid syntax", StringComparison.Ordinal))
            Assert.StartsWith("invalid syntax", diagnostic.Message);
        else
            Assert.Equal(expected.Value.Message, diagnostic.Message);
    }

    [Fact]
    public void Deep_nesting_is_a_diagnostic_not_a_crash()
    {
        var unary = SyntaxParser.Parse(new SourceText("t.py", "x = " + new string('-', 200_000) + "1\n"));
        var diagnostic = Assert.Single(unary.Diagnostics);
        Assert.Equal("PYCS0001", diagnostic.Code);

        string indented = string.Concat(Enumerable.Range(0, 101).Select(i => new string(' ', i) + "if x:\n")) + new string(' ', 101) + "pass\n";
        var indentation = Assert.Single(SyntaxParser.Parse(new SourceText("t.py", indented)).Diagnostics);
        Assert.Equal(("PYCS0002", "too many levels of indentation", 101), (indentation.Code, indentation.Message, indentation.Span.StartLine));

        var valid = SyntaxParser.Parse(new SourceText("t.py", "x = " + new string('-', 5_000) + "1\n"));
        Assert.Empty(valid.Diagnostics);
    }

    static readonly Lazy<bool> AllCasesAsked = new(() =>
    {
        var method = typeof(DiagnosticTests).GetMethod(nameof(Broken_file_gives_one_diagnostic_where_cpython_reports_it))!;
        var paths = method.GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>()
            .Select(a => PythonOracle.WriteTemp((string)a.GetData(method).First()[0])).ToList();
        PythonOracle.DumpAll(paths);
        return true;
    });

    // One python3 run for all the cases above: starting the interpreter dominates the cost.
    static void AskCPythonAboutAllCasesOnce() => _ = AllCasesAsked.Value;

    [Fact]
    public void Nothing_is_printed_while_parsing_broken_input()
    {
        var (oldOut, oldError) = (Console.Out, Console.Error);
        var captured = new StringWriter();
        try
        {
            Console.SetOut(captured);
            Console.SetError(captured);
            foreach (string source in new[] { "x = (1,\n", "def f(:\n", "if x\n  pass\n", "x = 'abc\n", "f(a=1, b)\n", "x = $\n", "\tif x:\n  y\n" })
                Assert.Single(SyntaxParser.Parse(new SourceText("t.py", source)).Diagnostics);
            TokenDumper.Dump(new SourceText("t.py", "x = 'abc\n$\n"));
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
        Assert.Equal("", captured.ToString());
    }

    [Fact]
    public void Null_bytes_are_rejected_anywhere()
    {
        var result = SyntaxParser.Parse(new SourceText("t.py", "x = 'a\0b'\n"));
        var diagnostic = Assert.Single(result.Diagnostics);
        // What `python3 FILE` says (ast.parse of a str says "source code string cannot ...").
        Assert.Equal(("PYCS0001", "source code cannot contain null bytes", 1, 7),
            (diagnostic.Code, diagnostic.Message, diagnostic.Span.StartLine, diagnostic.Span.StartColumn));
    }

    [Fact]
    public void Generic_syntax_error_says_what_was_found_and_expected()
    {
        var result = SyntaxParser.Parse(new SourceText("t.py", "x = 5 6\n"));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("invalid syntax: found number 6, expected ';' or end of line", diagnostic.Message);
    }

    [Fact]
    public void Diagnostics_render_with_a_caret_under_the_span()
    {
        var source = new SourceText("t.py", "if x\n    pass\n");
        var diagnostic = Assert.Single(SyntaxParser.Parse(source).Diagnostics);
        Assert.Equal("t.py:1:5: error PYCS0001: expected ':'\n    if x\n        ^\n", DiagnosticFormatter.ForPeople(diagnostic, source));
    }

    /// <summary>Every prefix of real programs: we accept exactly what CPython accepts, with one
    /// diagnostic when it does not parse, and never an exception or an internal error.</summary>
    [Fact]
    public void Truncated_programs_are_rejected_exactly_when_cpython_rejects_them()
    {
        var cases = new List<(string Path, string Source)>();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Conformance, "*.py", SearchOption.AllDirectories).Order().Take(40))
        {
            string text = File.ReadAllText(file);
            for (int cut = 17; cut < text.Length; cut += 97)
            {
                string source = text[..cut];
                cases.Add((PythonOracle.WriteTemp(source), source));
            }
        }
        PythonOracle.DumpAll(cases.Select(c => c.Path).ToList());

        foreach (var (path, source) in cases)
        {
            var result = SyntaxParser.Parse(new SourceText(path, source));
            bool cpythonRejects = PythonOracle.Error(path) is not null;
            Assert.DoesNotContain(result.Diagnostics, d => d.Code == "PYCS9001");
            Assert.True(cpythonRejects == (result.Module is null),
                $"{path}: CPython {(cpythonRejects ? "rejects" : "accepts")} it, we say: {string.Join("; ", result.Diagnostics)}");
            Assert.Equal(cpythonRejects ? 1 : 0, result.Diagnostics.Length);
        }
    }
}
