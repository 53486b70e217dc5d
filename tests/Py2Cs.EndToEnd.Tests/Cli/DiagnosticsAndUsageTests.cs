namespace Py2Cs.EndToEnd.Tests.Cli;

/// <summary>How the CLI reports problems: diagnostic formats, exit statuses, internal errors. In process, fake transpiler.</summary>
public sealed class DiagnosticsAndUsageTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("py2cs-diag-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    string Write(string name, string text)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void A_syntax_error_is_one_diagnostic_line_with_the_source_line_and_a_caret()
    {
        string py = Write("bad.py", "import asyncio\nx = 1 $$ 2\n");

        var result = CliHarness.Run("convert", py, "--diagnostics-format", "people");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{py}:2:7: error PYCS0001: invalid syntax\n    x = 1 $$ 2\n          ^^\n", result.Stderr);
        Assert.False(File.Exists(Path.Combine(_dir, "bad.cs")));
    }

    [Theory]
    [InlineData("--diagnostics-format", "tools")]
    [InlineData] // the default when stderr is not a terminal
    public void Tools_format_is_one_msbuild_style_line(params string[] format)
    {
        string py = Write("bad.py", "x = $$\n");

        var result = CliHarness.Run(["convert", py, .. format]);

        Assert.Equal((1, $"{py}(1,5): error PYCS0001: invalid syntax\n"), (result.ExitCode, result.Stderr));
    }

    [Fact]
    public void An_exception_in_py2cs_is_one_line_and_exit_70()
    {
        string py = Write("crash.py", "CRASH\n");

        var result = CliHarness.Run("convert", py);

        Assert.Equal(70, result.ExitCode);
        Assert.Equal($"{py}(1,1): error PYCS9001: internal error in py2cs during conversion: InvalidOperationException: simulated bug (this is a py2cs bug; --verbose shows the stack trace)\n", result.Stderr);
    }

    [Fact]
    public void Verbose_adds_the_stack_trace_of_an_internal_error()
    {
        string py = Write("crash.py", "CRASH\n");

        var result = CliHarness.Run("convert", py, "--verbose");

        Assert.Equal(70, result.ExitCode);
        Assert.Contains("   at ", result.Stderr);
    }

    [Theory]
    [InlineData("convert", "--no-such-option", "x.py")]
    [InlineData("frobnicate")]
    [InlineData]
    [InlineData("convert", "x.py", "--dump", "bytes")]
    [InlineData("convert", "x.py", "--stdout", "-o", "y.cs")]
    [InlineData("--diagnostics-format", "xml", "check", "x.py")]
    public void Bad_usage_exits_2(params string[] args)
    {
        Write("x.py", "print(1)\n");
        string[] absolute = [.. args.Select(a => a == "x.py" ? Path.Combine(_dir, a) : a)];

        var result = CliHarness.Run(absolute);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("py2cs: error: ", result.Stderr);
    }

    [Theory]
    [InlineData("convert")]
    [InlineData("run")]
    [InlineData("check")]
    [InlineData("diff")]
    public void A_missing_input_file_exits_2(string command)
    {
        var result = CliHarness.Run(command, Path.Combine(_dir, "nope.py"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no such file", result.Stderr);
    }

    [Fact]
    public void Check_of_several_files_reports_each_and_sums_up()
    {
        string good = Write("good.py", "print(1)\n"), bad = Write("bad.py", "x = $$\n");

        // The fake C# is a valid program without Main; check compiles a console application, so
        // give it a real transpiler result that compiles.
        var result = CliHarness.Run(source => source.Path == good
                ? new Py2Cs.Compiler.TranspileResult("static class P { static int Main() => 0; }\n", [])
                : FakeTranspiler.Transpile(source),
            "", "check", good, bad);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains("bad.py(1,5): error PYCS0001", result.Stderr);
        Assert.Matches(@"\n1 compiled, 1 failed \(\d+\.\d\d s\)\n$", result.Stderr);
    }
}
