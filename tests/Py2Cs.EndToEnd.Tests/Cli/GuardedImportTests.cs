using Py2Cs.EndToEnd.Tests.Infrastructure;

namespace Py2Cs.EndToEnd.Tests.Cli;

/// <summary>
/// Partial mode: `try: import fast / except ImportError: fallback` picks an optional module. A module py2cs does
/// not translate behaves as one CPython cannot find: the import raises ModuleNotFoundError where a handler
/// catches it, the fallback runs, and a name both the import and the fallback bind is a variable.
/// Cli/Partial/guarded_imports.out is CPython 3.11's output (no such modules exist there either).
/// </summary>
public sealed class GuardedImportTests
{
    static string Folder => Path.Combine(RepoPaths.TestProject, "Cli", "Partial");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_fallback_of_an_import_of_an_untranslated_module_runs(bool forceDynamic)
    {
        string expected = File.ReadAllText(Path.Combine(Folder, "guarded_imports.out"));
        string[] arguments = forceDynamic ? ["run", "--allow-unsupported", "--force-dynamic", "guarded_imports.py"] : ["run", "--allow-unsupported", "guarded_imports.py"];

        ProcessOutcome outcome = Py2CsProcess.Run(Folder, ["--diagnostics-format", "tools", .. arguments]);

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Equal(expected, outcome.StdoutText);
        Assert.Contains("warning PYCS1002: module '_py2cs_absent_speedups' is not supported yet", outcome.Stderr);
    }

    [Fact]
    public void Strict_mode_still_refuses_the_import()
    {
        ProcessOutcome outcome = Py2CsProcess.Run(Folder, ["--diagnostics-format", "tools", "run", "guarded_imports.py"]);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("error PYCS1002: module '_py2cs_absent_speedups' is not supported yet", outcome.Stderr);
    }
}
