using Py2Cs.Compiler;
using Py2Cs.EndToEnd.Tests.Infrastructure;
using Py2Cs.Syntax.Text;

namespace Py2Cs.EndToEnd.Tests.Cli;

/// <summary>--line-directives: the C# maps back to the .py, for the compiler and for stack traces.</summary>
public sealed class LineDirectivesTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("py2cs-lines-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    // CPython 3.11 names these frames: <module> line 10, outer line 7, inner line 3.
    const string Program = "def inner(n):\n    # divide\n    return 10 // n\n\n\ndef outer():\n    return inner(0)\n\n\nouter()\n";

    [Fact]
    public void Convert_writes_line_directives_that_name_the_python_file()
    {
        File.WriteAllText(Path.Combine(_dir, "prog.py"), Program);

        var outcome = Py2CsProcess.Run(_dir, ["convert", "prog.py", "--stdout", "--line-directives"]);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("#line 3 \"prog.py\"", outcome.StdoutText);
        Assert.Contains("#line 10 \"prog.py\"", outcome.StdoutText);
        Assert.Contains("#line default", outcome.StdoutText);
    }

    [Fact]
    public void A_runtime_exception_names_each_python_frame_and_line()
    {
        File.WriteAllText(Path.Combine(_dir, "prog.py"), Program);

        var outcome = Py2CsProcess.Run(_dir, ["--line-directives", "run", "prog.py"]);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(
            "Traceback (most recent call last):\n"
            + "  File \"prog.py\", line 10, in <module>\n"
            + "  File \"prog.py\", line 7, in outer\n"
            + "  File \"prog.py\", line 3, in inner\n"
            + "ZeroDivisionError: integer division or modulo by zero\n",
            outcome.Stderr);
    }

    [Fact]
    public void Without_the_option_the_traceback_has_no_line()
    {
        File.WriteAllText(Path.Combine(_dir, "prog.py"), Program);

        var outcome = Py2CsProcess.Run(_dir, ["run", "prog.py"]);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("line ?", outcome.Stderr);
    }

    [Fact]
    public void A_compile_error_under_line_directives_names_the_python_line()
    {
        var source = new SourceText("prog.py", Program);

        var result = InMemoryCompiler.Compile("class C\n{\n#line 7 \"prog.py\"\n    int x = ;\n}\n", source);

        Assert.Null(result.Image);
        Assert.Contains("(prog.py line 7)", Assert.Single(result.Diagnostics).Message);
    }
}
