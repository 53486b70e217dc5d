using System.CommandLine;
using Py2Cs.Cli;

namespace Py2Cs.EndToEnd.Tests.Cli;

/// <summary>Everything after <c>run FILE.py</c> belongs to the program, even when it looks like an option.</summary>
public sealed class ProgramArgumentsTests
{
    static (string[] Ours, string[] Program) Split(params string[] args)
    {
        var run = new Command("run") { new Option<bool>("--no-cache"), new Option<string>("--level") };
        var root = new RootCommand { new Option<bool>("--verbose") { Recursive = true }, new Option<string>("--diagnostics-format") { Recursive = true }, run };
        return ProgramArguments.Split(args, root, run);
    }

    [Fact]
    public void Arguments_after_the_file_go_to_the_program()
    {
        var (ours, program) = Split("run", "tool.py", "--verbose", "-x", "value");
        Assert.Equal(["run", "tool.py"], ours);
        Assert.Equal(["--verbose", "-x", "value"], program);
    }

    [Fact]
    public void Options_before_the_file_stay_with_py2cs_including_their_values()
    {
        var (ours, program) = Split("--diagnostics-format", "tools", "run", "--no-cache", "--level", "3", "tool.py", "a");
        Assert.Equal(["--diagnostics-format", "tools", "run", "--no-cache", "--level", "3", "tool.py"], ours);
        Assert.Equal(["a"], program);
    }

    [Fact]
    public void Other_commands_are_left_alone()
    {
        var (ours, program) = Split("convert", "a.py", "--stdout");
        Assert.Equal(["convert", "a.py", "--stdout"], ours);
        Assert.Empty(program);
    }

    [Fact]
    public void Run_without_a_file_is_left_for_the_parser_to_reject()
    {
        var (ours, program) = Split("run", "--no-cache");
        Assert.Equal(["run", "--no-cache"], ours);
        Assert.Empty(program);
    }
}
