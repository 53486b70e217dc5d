using System.Text;
using System.Text.RegularExpressions;
using Py2Cs.Cli;

namespace Py2Cs.EndToEnd.Tests.Infrastructure;

/// <summary>The verdict on one program: passed, or why not with the evidence. <paramref name="EarlierAttempts"/>
/// holds what each failed attempt before the last one printed (see <see cref="CorpusJudge.AttemptsFor"/>).</summary>
sealed record Verdict(bool Passed, string Summary, string Report, IReadOnlyList<string> EarlierAttempts)
{
    public Verdict(bool passed, string summary, string report) : this(passed, summary, report, []) { }

    /// <summary>For the test's output: which attempts failed before this verdict, and how.</summary>
    public string AttemptsNote => EarlierAttempts.Count == 0 ? ""
        : $"{CorpusJudge.RetryMarker} after {EarlierAttempts.Count} failed attempt(s):\n{string.Join("\n", EarlierAttempts)}";
}

/// <summary>
/// Judges a program exactly as <c>tools/run-corpus.sh</c> does: <c>py2cs run NAME.py</c> from the
/// program's folder with stdin closed; stdout byte for byte against NAME.out, the exit status against
/// NAME.exit (absent: 0), the last non-empty stderr line against NAME.err where that file exists.
/// </summary>
static class CorpusJudge
{
    const int StderrTailLines = 15;

    /// <summary>How many times a program whose output depends on timers may be run before it fails.</summary>
    public const int TimedAttempts = 3;

    /// <summary>Marks, in a test's output, a program that passed only on a later attempt (.ci/run lists them).</summary>
    public const string RetryMarker = "[passed on a re-run]";

    // What a program must name for its output to depend on when timers fire or how long things take.
    static readonly Regex s_observesTime = new(@"\b(asyncio|time|threading|concurrent|sched|signal)\b", RegexOptions.CultureInvariant);

    /// <summary>
    /// A program that observes time (asyncio timers 10-50 ms apart, clocks, threads) prints CPython's output only
    /// when the machine runs it within those margins, and CPython itself misses them on a loaded machine: on the
    /// 2-core machine at load 25, <c>tier4_realistic/rate_limiter.py</c> printed another slot in 1 of 10 CPython
    /// runs. So such a program is judged like CPython's own test runner judges its timing tests (regrtest re-runs
    /// a failed test): up to <see cref="TimedAttempts"/> runs, passing when one prints CPython's output, with the
    /// failed attempts in the test's output. A deterministic divergence fails every attempt; any other program
    /// is run once.
    /// </summary>
    public static int AttemptsFor(string pythonSource) => s_observesTime.IsMatch(pythonSource) ? TimedAttempts : 1;

    /// <param name="forceDynamic">runs <c>py2cs run --force-dynamic</c>: every scope translated dynamically.</param>
    public static Verdict Judge(string key, bool forceDynamic = false)
    {
        int attempts = AttemptsFor(File.ReadAllText(Corpus.PathOf(key)));
        var failed = new List<string>();
        for (int attempt = 1; ; attempt++)
        {
            Verdict verdict = JudgeOnce(key, forceDynamic);
            if (verdict.Passed || attempt == attempts)
                return verdict with { EarlierAttempts = failed };
            failed.Add($"attempt {attempt}: {verdict.Report}");
        }
    }

    static Verdict JudgeOnce(string key, bool forceDynamic)
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
