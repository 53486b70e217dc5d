using Py2Cs.EndToEnd.Tests.Infrastructure;

namespace Py2Cs.EndToEnd.Tests.FailureModes;

/// <summary>A coroutine made by a call statement and never awaited: the translated program writes CPython's
/// RuntimeWarning (once per line, with the source line and the tracemalloc hint) and the body never runs.</summary>
public sealed class NeverAwaitedWarningTests
{
    static string Program => Path.Combine(RepoPaths.TestProject, "FailureModes", "never_awaited.py");

    [Fact]
    public void Unawaited_coroutine_statements_warn_as_cpython_does()
    {
        string folder = Path.GetDirectoryName(Program)!;
        var cpython = Py2CsProcess.RunPython(folder, [Program]);
        var translated = Py2CsProcess.Run(folder, ["run", Program]);

        Assert.Equal("coroutine\nend\n", cpython.StdoutText);
        Assert.Equal(cpython.StdoutText, translated.StdoutText);
        Assert.Equal(0, translated.ExitCode);
        Assert.Contains("RuntimeWarning: coroutine 'work' was never awaited", cpython.Stderr);
        // CPython prints the path it was given; the comparison is of what follows the folder.
        Assert.Equal(WithoutFolder(cpython.Stderr), WithoutFolder(translated.Stderr));
    }

    static string WithoutFolder(string stderr) => stderr.Replace(Path.GetDirectoryName(Program)! + Path.DirectorySeparatorChar, "");
}
