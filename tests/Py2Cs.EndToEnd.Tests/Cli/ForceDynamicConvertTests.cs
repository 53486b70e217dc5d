using Py2Cs.Compiler;
using Py2Cs.Semantics.Verdicts;
using Py2Cs.Syntax.Text;

namespace Py2Cs.EndToEnd.Tests.Cli;

/// <summary><c>convert --force-dynamic</c> translates every scope dynamically, as <c>run</c> and <c>check</c> do
/// (it used to be accepted and silently ignored). In process, fake transpiler.</summary>
public sealed class ForceDynamicConvertTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("py2cs-force-dynamic-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    static TranspileResult Typed(SourceText source) => new("// typed\nstatic class Program { }\n", []);

    static TranspileResult Scoped(SourceText source, DynamicScopes dynamic) =>
        new(dynamic.IsEmpty ? "// typed\nstatic class Program { }\n" : "// dynamic\nstatic class Program { }\n", []);

    string Program()
    {
        string path = Path.Combine(_dir, "prog.py");
        File.WriteAllText(path, "print('hi')\n");
        return path;
    }

    [Theory]
    [InlineData("--stdout", null)]
    [InlineData("--dump", "cs")]
    public void Convert_with_force_dynamic_writes_the_dynamic_translation(string option, string? value)
    {
        string[] where = value is null ? [option] : [option, value];
        var result = CliHarness.Run(Typed, Scoped, "", ["convert", "--force-dynamic", Program(), .. where]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("// dynamic", result.Stdout);
        Assert.DoesNotContain("// typed", result.Stdout);
    }

    [Fact]
    public void Convert_with_force_dynamic_writes_the_dynamic_translation_to_the_file()
    {
        string py = Program();

        var result = CliHarness.Run(Typed, Scoped, "", "convert", py, "--force-dynamic");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("// dynamic", File.ReadAllText(Path.ChangeExtension(py, ".cs")));
    }

    [Fact]
    public void Convert_without_the_option_writes_the_typed_translation()
    {
        var result = CliHarness.Run(Typed, Scoped, "", "convert", Program(), "--stdout");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("// typed", result.Stdout);
    }
}
