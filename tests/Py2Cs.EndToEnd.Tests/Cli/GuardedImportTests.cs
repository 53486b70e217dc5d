using Py2Cs.EndToEnd.Tests.Infrastructure;

namespace Py2Cs.EndToEnd.Tests.Cli;

/// <summary>
/// `try: import fast / except ImportError: fallback` picks an optional module. A module py2cs does
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
        Assert.Contains("warning PYCS1021: module '_py2cs_absent_speedups' is not available to translated programs", outcome.Stderr);
    }

    [Fact]
    public void Strict_mode_refuses_a_use_of_the_module_outside_the_guarding_try()
    {
        ProcessOutcome outcome = Py2CsProcess.Run(Folder, ["--diagnostics-format", "tools", "run", "guarded_imports.py"]);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("warning PYCS1021: module '_py2cs_absent_speedups' is not available to translated programs", outcome.Stderr);
        Assert.Contains("error PYCS1004: '_py2cs_absent_native.name' is not supported yet", outcome.Stderr);
    }

    /// <summary>Strict mode: optional modules (uvloop, rich) guarded by `except ImportError` run their fallback, with a
    /// warning each; optional_imports.out is CPython 3.11's output on a machine without them.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Strict_mode_runs_the_fallback_of_an_optional_module(bool forceDynamic)
    {
        string expected = File.ReadAllText(Path.Combine(Folder, "optional_imports.out"));
        string[] arguments = forceDynamic ? ["run", "--force-dynamic", "optional_imports.py"] : ["run", "optional_imports.py"];

        ProcessOutcome outcome = Py2CsProcess.Run(Folder, ["--diagnostics-format", "tools", .. arguments]);

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Equal(expected, outcome.StdoutText);
        Assert.Contains("warning PYCS1021: module 'uvloop' is not available to translated programs", outcome.Stderr);
    }
}
