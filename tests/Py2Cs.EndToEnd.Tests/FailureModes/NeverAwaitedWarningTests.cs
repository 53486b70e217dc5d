using System.Diagnostics;
using System.Text;
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
        var cpython = Run("python3", [Program]);
        var translated = Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "py2cs.dll"), "run", Program]);

        Assert.Equal("coroutine\nend\n", cpython.Stdout);
        Assert.Equal(cpython.Stdout, translated.Stdout);
        Assert.Equal(0, translated.ExitCode);
        Assert.Contains("RuntimeWarning: coroutine 'work' was never awaited", cpython.Stderr);
        Assert.Equal(cpython.Stderr, translated.Stderr);
    }

    sealed record Outcome(string Stdout, string Stderr, int ExitCode);

    /// <summary>Runs the program; stderr's file names lose their folder (CPython prints the path it was given).</summary>
    static Outcome Run(string file, string[] arguments)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
            UseShellExecute = false, StandardOutputEncoding = Encoding.UTF8, StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{file} did not finish");
        }
        string folder = Path.GetDirectoryName(Program)! + Path.DirectorySeparatorChar;
        return new Outcome(stdout, stderr.Result.Replace(folder, ""), process.ExitCode);
    }
}
