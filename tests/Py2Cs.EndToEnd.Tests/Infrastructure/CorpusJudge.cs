using System.Text;
using Py2Cs.Cli;

namespace Py2Cs.EndToEnd.Tests.Infrastructure;

/// <summary>The verdict on one program: passed, or why not with the evidence.</summary>
sealed record Verdict(bool Passed, string Summary, string Report);

/// <summary>
/// Judges a program exactly as <c>tools/run-corpus.sh</c> does: <c>py2cs run NAME.py</c> from the
/// program's folder with stdin closed; stdout byte for byte against NAME.out, the exit status against
/// NAME.exit (absent: 0), the last non-empty stderr line against NAME.err where that file exists.
/// </summary>
static class CorpusJudge
{
    const int StderrTailLines = 15;

    /// <param name="forceDynamic">runs <c>py2cs run --force-dynamic</c>: every scope translated dynamically.</param>
    public static Verdict Judge(string key, bool forceDynamic = false)
    {
        string path = Corpus.PathOf(key);
        string folder = Path.GetDirectoryName(path)!, name = Path.GetFileName(path);
        string expectedBase = Path.ChangeExtension(path, null);

        byte[] expectedOut = File.ReadAllBytes(expectedBase + ".out");
        int expectedExit = File.Exists(expectedBase + ".exit") ? int.Parse(File.ReadAllText(expectedBase + ".exit").Trim()) : 0;
        string? expectedErr = File.Exists(expectedBase + ".err") ? File.ReadAllText(expectedBase + ".err").TrimEnd('\n') : null;

        ProcessOutcome actual = Py2CsProcess.Run(folder, forceDynamic ? ["run", "--force-dynamic", name] : ["run", name]);

        var problems = new List<string>();
        if (actual.TimedOut) problems.Add($"timed out after {Py2CsProcess.DefaultTimeout.TotalSeconds:0} s");
        if (!actual.Stdout.AsSpan().SequenceEqual(expectedOut)) problems.Add("stdout differs");
        if (actual.ExitCode != expectedExit) problems.Add($"exit {actual.ExitCode}, want {expectedExit}");
        string lastErr = LastNonEmptyLine(actual.Stderr);
        if (expectedErr is not null && lastErr != expectedErr) problems.Add($"last stderr line '{lastErr}', want '{expectedErr}'");

        if (problems.Count == 0)
            return new Verdict(true, "passed", "");
        string summary = string.Join("; ", problems);
        var report = new StringBuilder();
        report.Append($"{key}: {summary}\n");
        if (!actual.Stdout.AsSpan().SequenceEqual(expectedOut))
            report.Append("stdout, expected (CPython) vs actual (py2cs):\n")
                  .Append(UnifiedDiff.Between(Encoding.UTF8.GetString(expectedOut), actual.StdoutText, $"{name} expected", $"{name} actual"));
        report.Append($"\nstderr (last {StderrTailLines} lines):\n").Append(Tail(actual.Stderr, StderrTailLines));
        return new Verdict(false, summary, report.ToString());
    }

    // As run-corpus.sh: drop blank (whitespace-only) lines, take the last.
    static string LastNonEmptyLine(string text) =>
        text.Split('\n').LastOrDefault(line => !string.IsNullOrWhiteSpace(line)) ?? "";

    static string Tail(string text, int lines) =>
        string.Join('\n', text.TrimEnd('\n').Split('\n').TakeLast(lines));
}
