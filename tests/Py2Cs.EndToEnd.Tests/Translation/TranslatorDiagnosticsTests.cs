using Py2Cs.Compiler;
using Py2Cs.Syntax.Text;

namespace Py2Cs.EndToEnd.Tests.Translation;

/// <summary>What the translator reports instead of translating: a stable code at the exact span of
/// the construct, and no C#.</summary>
public sealed class TranslatorDiagnosticsTests
{
    static TranspileResult Translate(string python) => Transpiler.Transpile(new SourceText("prog.py", python));

    [Theory]
    [InlineData("import asyncio\nclass A:\n    for i in range(3):\n        pass\n", "PYCS1001", 3, 5)]
    [InlineData("class Meta(type):\n    pass\n\nclass A(metaclass=Meta):\n    pass\n", "PYCS1001", 4, 19)]
    [InlineData("class Field:\n    def __get__(self, obj, owner):\n        return 1\n\nclass A:\n    x = Field()\n", "PYCS1001", 6, 5)]
    [InlineData("class Flags(frozenset):\n    pass\n\nprint(Flags([5]))\n", "PYCS1001", 1, 13)]
    [InlineData("class Base:\n    pass\n\nclass Named(str, Base):\n    pass\n", "PYCS1001", 4, 13)]
    [InlineData("class Money(int):\n    def __init__(self, v):\n        self.v = v\n", "PYCS1001", 2, 5)]
    [InlineData("class T:\n    def check(self, x):\n        return x\n\n    def _deprecate(original):\n        return original\n\n    failIf = _deprecate(check)\n", "PYCS1001", 8, 14)]
    [InlineData("Dyn = type(\"Dyn\", (object,), {})\nprint(Dyn)\n", "PYCS1001", 1, 7)]
    [InlineData("import xml.dom\n", "PYCS1002", 1, 8)]
    [InlineData("print(undefined_name)\n", "PYCS1003", 1, 7)]
    [InlineData("async def main():\n    pass\n\nasyncio.run(main())\n", "PYCS1003", 4, 1)]
    [InlineData("import asyncio\nasyncio.no_such_function()\n", "PYCS1004", 2, 1)]
    public void An_unsupported_or_undefined_construct_is_a_diagnostic_at_its_span(string python, string code, int line, int column)
    {
        var result = Translate(python);

        Assert.Null(result.CSharp);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal((line, column), (diagnostic.Span.StartLine, diagnostic.Span.StartColumn));
    }

    [Theory]
    [InlineData("import asyncio, time\n\nasync def main():\n    time.sleep(0.1)\n\nasyncio.run(main())\n", 4, 5, "time.sleep")]
    [InlineData("import asyncio\nfrom time import sleep\n\nasync def main():\n    x = 1\n    sleep(x)\n\nasyncio.run(main())\n", 6, 5, "time.sleep")]
    [InlineData("import asyncio\n\nasync def main():\n    name = input()\n    print(name)\n\nasyncio.run(main())\n", 4, 12, "input")]
    public void A_blocking_call_inside_async_def_is_a_warning_and_still_translates(string python, int line, int column, string name)
    {
        var result = Translate(python);

        Assert.NotNull(result.CSharp);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("PYCS1005", Py2Cs.Syntax.Diagnostics.DiagnosticSeverity.Warning), (warning.Code, warning.Severity));
        Assert.Equal((line, column), (warning.Span.StartLine, warning.Span.StartColumn));
        Assert.StartsWith($"{name}() blocks the event loop inside 'async def main'", warning.Message);
    }

    [Fact]
    public void A_blocking_call_in_a_plain_function_run_by_to_thread_is_fine()
    {
        var result = Translate("import asyncio, time\n\ndef work():\n    time.sleep(0.01)\n\nasync def main():\n    await asyncio.to_thread(work)\n    await asyncio.sleep(0)\n\nasyncio.run(main())\n");

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_module_used_without_its_import_is_undefined_with_a_hint()
    {
        var result = Translate("async def main():\n    pass\n\nasyncio.run(main())\n");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("name 'asyncio' is not defined; did you forget `import asyncio`?", diagnostic.Message);
    }

    [Fact]
    public void A_supported_program_translates_without_diagnostics()
    {
        var result = Translate("import asyncio\n\nasync def main():\n    await asyncio.sleep(0)\n\nasyncio.run(main())\n");

        Assert.Empty(result.Diagnostics);
        Assert.Contains("static async Coroutine main()", result.CSharp);
    }

    [Fact]
    public void Types_are_inferred_from_call_sites_and_returns()
    {
        var result = Translate("import asyncio\n\nasync def greet(name, delay):\n    await asyncio.sleep(delay)\n    return len(name)\n\n"
            + "async def main():\n    n = await greet(\"ada\", 0.01)\n    print(n)\n\nasyncio.run(main())\n");

        Assert.Contains("static async Coroutine<long> greet(string name, double delay)", result.CSharp);
    }

    [Fact]
    public void Except_exception_never_catches_cancellation()
    {
        var result = Translate("import asyncio\n\nasync def main():\n    try:\n        await asyncio.sleep(1)\n    except Exception:\n        pass\n\nasyncio.run(main())\n");

        Assert.Contains("catch (PyException)", result.CSharp);
        Assert.DoesNotContain("catch (System.Exception", result.CSharp);
        Assert.DoesNotContain("catch (Exception", result.CSharp);
    }
}
