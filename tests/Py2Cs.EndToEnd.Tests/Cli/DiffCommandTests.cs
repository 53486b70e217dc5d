namespace Py2Cs.EndToEnd.Tests.Cli;

/// <summary><c>py2cs diff</c>: exit 0 when the .cs is what py2cs generates now, 1 with a unified diff otherwise.</summary>
public sealed class DiffCommandTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("py2cs-diff-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    string Py => Path.Combine(_dir, "prog.py");
    string Cs => Path.Combine(_dir, "prog.cs");

    [Fact]
    public void Same_text_exits_0_and_prints_nothing()
    {
        File.WriteAllText(Py, "print(1)\n");
        Assert.Equal(0, CliHarness.Run("convert", Py).ExitCode);

        var result = CliHarness.Run("diff", Py);

        Assert.Equal((0, "", ""), (result.ExitCode, result.Stdout, result.Stderr));
    }

    [Fact]
    public void Line_endings_alone_do_not_count_as_a_difference()
    {
        File.WriteAllText(Py, "print(1)\n");
        Assert.Equal(0, CliHarness.Run("convert", Py).ExitCode);
        File.WriteAllText(Cs, File.ReadAllText(Cs).Replace("\n", "\r\n"));

        Assert.Equal(0, CliHarness.Run("diff", Py).ExitCode);
    }

    [Fact]
    public void A_changed_program_exits_1_with_a_unified_diff()
    {
        File.WriteAllText(Py, "print(1)\n");
        Assert.Equal(0, CliHarness.Run("convert", Py).ExitCode);
        File.WriteAllText(Py, "print(2)\n");

        var result = CliHarness.Run("diff", Py);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"--- {Cs}", result.Stdout);
        Assert.Contains($"+++ {Cs} (generated now)", result.Stdout);
        Assert.Contains("-// from prog.py: print(1)", result.Stdout);
        Assert.Contains("+// from prog.py: print(2)", result.Stdout);
    }

    [Fact]
    public void Compares_with_an_explicit_cs_path()
    {
        File.WriteAllText(Py, "print(1)\n");
        string other = Path.Combine(_dir, "Other.cs");
        Assert.Equal(0, CliHarness.Run("convert", Py, "-o", other).ExitCode);

        Assert.Equal(0, CliHarness.Run("diff", Py, other).ExitCode);
        Assert.Equal(1, CliHarness.Run("diff", Py).ExitCode); // prog.cs does not exist
    }

    [Fact]
    public void A_missing_cs_file_exits_1_and_says_so()
    {
        File.WriteAllText(Py, "print(1)\n");

        var result = CliHarness.Run("diff", Py);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("does not exist", result.Stderr);
        Assert.Contains("+// from prog.py: print(1)", result.Stdout);
    }

    [Fact]
    public void A_folder_where_the_cs_file_should_be_exits_2()
    {
        File.WriteAllText(Py, "print(1)\n");
        Directory.CreateDirectory(Cs);

        var result = CliHarness.Run("diff", Py);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is a folder", result.Stderr);
    }
}
