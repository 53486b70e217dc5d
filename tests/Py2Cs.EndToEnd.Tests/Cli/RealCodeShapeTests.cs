using Py2Cs.EndToEnd.Tests.Infrastructure;

namespace Py2Cs.EndToEnd.Tests.Cli;

/// <summary>
/// Partial mode on real code: shapes of the CPython standard library whose C# once did not compile (a def in a
/// try/except or an if, read from a method; a local named as a runtime helper; a classmethod two bases define)
/// translate, compile and print what CPython 3.11 prints (Cli/Partial/real_code_shapes.out), typed and dynamic.
/// </summary>
public sealed class RealCodeShapeTests
{
    static string Folder => Path.Combine(RepoPaths.TestProject, "Cli", "Partial");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Standard_library_shapes_compile_and_run_as_in_CPython(bool forceDynamic)
    {
        string expected = File.ReadAllText(Path.Combine(Folder, "real_code_shapes.out"));
        string[] arguments = forceDynamic ? ["run", "--allow-unsupported", "--force-dynamic", "real_code_shapes.py"] : ["run", "--allow-unsupported", "real_code_shapes.py"];

        ProcessOutcome outcome = Py2CsProcess.Run(Folder, ["--diagnostics-format", "tools", .. arguments]);

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Equal(expected, outcome.StdoutText);
        // No statement needed a stand-in: every shape translated.
        Assert.DoesNotContain("its C# does not compile", outcome.Stderr);
    }
}
