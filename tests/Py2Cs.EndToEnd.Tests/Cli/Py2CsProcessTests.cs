using Py2Cs.EndToEnd.Tests.Infrastructure;

namespace Py2Cs.EndToEnd.Tests.Cli;

/// <summary>The built py2cs as a separate process, as users and CI run it.</summary>
public sealed class Py2CsProcessTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("py2cs-process-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Help_lists_the_commands()
    {
        var outcome = Py2CsProcess.Run(_dir, ["--help"]);

        Assert.Equal(0, outcome.ExitCode);
        foreach (string command in new[] { "convert", "run", "diff", "check" })
            Assert.Contains(command, outcome.StdoutText);
    }

    [Fact]
    public void Running_a_missing_file_exits_2()
    {
        var outcome = Py2CsProcess.Run(_dir, ["run", "missing.py"]);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("py2cs: error: no such file: 'missing.py'\n", outcome.Stderr);
    }

    [Fact]
    public void A_syntax_error_gives_one_diagnostic_with_a_caret_and_exit_1()
    {
        File.WriteAllText(Path.Combine(_dir, "bad.py"), "import asyncio\n\nasync def main(:\n    pass\n");

        var outcome = Py2CsProcess.Run(_dir, ["--diagnostics-format", "people", "run", "bad.py"]);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Empty(outcome.Stdout);
        string[] lines = outcome.Stderr.TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Matches(@"^bad\.py:3:\d+: error PYCS0001: ", lines[0]);
        Assert.Equal("    async def main(:", lines[1]);
        Assert.Matches(@"^    \s*\^+$", lines[2]);
    }

    [Fact]
    public void Run_passes_arguments_and_the_exit_status_through()
    {
        File.WriteAllText(Path.Combine(_dir, "args.py"), "import sys\nprint(sys.argv[1:])\nsys.exit(len(sys.argv))\n");

        var outcome = Py2CsProcess.Run(_dir, ["run", "args.py", "--verbose", "x"]);

        Assert.Equal("['--verbose', 'x']\n", outcome.StdoutText);
        Assert.Equal(3, outcome.ExitCode);
    }

    [Fact]
    public void Refuses_to_overwrite_a_user_file()
    {
        File.WriteAllText(Path.Combine(_dir, "prog.py"), "print(1)\n");
        File.WriteAllText(Path.Combine(_dir, "prog.cs"), "class Mine {}\n");

        var outcome = Py2CsProcess.Run(_dir, ["convert", "prog.py"]);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("refusing to overwrite 'prog.cs'", outcome.Stderr);
        Assert.Equal("class Mine {}\n", File.ReadAllText(Path.Combine(_dir, "prog.cs")));
    }
}
