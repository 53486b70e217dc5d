using System.Diagnostics;
using System.Text;
using Py2Cs.EndToEnd.Tests.Infrastructure;

namespace Py2Cs.EndToEnd.Tests.FailureModes;

/// <summary>Ctrl-C during <c>asyncio.run</c> ends a translated program as it ends CPython's: the main
/// task is cancelled, its cleanup runs, the traceback ends KeyboardInterrupt, exit status 130.</summary>
public sealed class KeyboardInterruptTests
{
    static string Program => Path.Combine(RepoPaths.TestProject, "FailureModes", "keyboard_interrupt.py");

    [Fact]
    public void Sigint_during_asyncio_run_cancels_main_runs_cleanup_and_exits_130()
    {
        var cpython = InterruptAfterReady("python3", [Program]);
        var translated = InterruptAfterReady("dotnet", [Path.Combine(AppContext.BaseDirectory, "py2cs.dll"), "run", Program]);

        Assert.Equal(130, cpython.ExitCode);
        Assert.Equal(cpython.Stdout, translated.Stdout);
        Assert.Equal(cpython.ExitCode, translated.ExitCode);
        Assert.Equal("KeyboardInterrupt", cpython.LastStderrLine);
        Assert.Equal(cpython.LastStderrLine, translated.LastStderrLine);
    }

    sealed record Outcome(string Stdout, int ExitCode, string LastStderrLine);

    /// <summary>Starts the program, waits for its "ready" line, sends SIGINT, and collects what it did.</summary>
    static Outcome InterruptAfterReady(string file, string[] arguments)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true,
            UseShellExecute = false, StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        var stderr = process.StandardError.ReadToEndAsync();
        string first = process.StandardOutput.ReadLine() ?? "";
        Assert.Equal("ready", first);
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString()])) kill.WaitForExit();
        string rest = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{file} did not stop after SIGINT");
        }
        string last = stderr.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        return new Outcome(first + "\n" + rest, process.ExitCode, last.TrimEnd('\r'));
    }
}
