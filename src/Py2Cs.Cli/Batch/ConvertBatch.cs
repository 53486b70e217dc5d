using Py2Cs.Compiler;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Cli;

/// <summary>
/// Runs <c>convert</c>'s jobs on <c>-j</c> threads and prints what happened to each file in input
/// order: diagnostics and problems through the report, diffs and <c>--stdout</c> C# on stdout, and
/// for a batch one line per file on stderr (written or would change; unchanged ones too with
/// <c>-v</c>; none with <c>-q</c> or a JSON/SARIF report). A progress bar replaces nothing: it only
/// shows while a long batch runs on a terminal, and what is printed meanwhile waits for it to end.
/// </summary>
sealed class ConvertBatch(CliEnvironment env, Func<SourceText, TranspileResult> translate, DiagnosticReport report, ConvertSettings settings, bool isBatch, bool quiet, bool verbose)
{
    TextWriter _out = env.Out, _error = env.Error;

    public bool Quiet { get; } = quiet;
    public BatchSummary Summary { get; } = new(settings.WritesNothing);

    /// <summary>The exit status (the worst file's) and whether every file converted.</summary>
    public (int Status, bool AllConverted) Run(IReadOnlyList<ConversionJob> jobs, int threads)
    {
        var converter = new FileConverter(translate, env.In, settings);
        bool showBar = isBatch && env.ErrorIsTerminal && !Quiet && !report.IsDocument && jobs.Count >= BatchProgress.MinimumFiles;
        if (!showBar)
            return RunAll(jobs, threads, converter, advance: null);
        return BatchProgress.Run(settings.WritesNothing ? "checking" : "converting", jobs.Count, env.Out, env.Error, (heldOut, heldErr, advance) =>
        {
            (_out, _error) = (heldOut, heldErr);
            try
            {
                return RunAll(jobs, threads, converter, advance);
            }
            finally
            {
                (_out, _error) = (env.Out, env.Error);
            }
        });
    }

    (int, bool) RunAll(IReadOnlyList<ConversionJob> jobs, int threads, FileConverter converter, Action? advance)
    {
        int status = ExitCodes.Success;
        bool allConverted = true;
        OrderedParallel.Run(jobs.Count, threads, i => converter.Convert(jobs[i]), (_, outcome) =>
        {
            Print(outcome);
            Summary.Count(outcome);
            status = Math.Max(status, outcome.ExitCode(settings.Check));
            allConverted &= !outcome.Failed;
        }, advance);
        return (status, allConverted);
    }

    void Print(FileOutcome outcome)
    {
        if (outcome.Source is not null && outcome.Diagnostics.Count > 0)
            report.Diagnostics(outcome.Diagnostics, outcome.Source, outcome.InternalException);
        if (outcome.Problem is not null)
            report.FileProblem(outcome.Kind == OutcomeKind.IoError && outcome.Source is null ? outcome.Job.Source : outcome.Job.Target ?? outcome.Job.Source, outcome.Problem);
        if (outcome.Stdout is not null)
            _out.Write(outcome.Stdout);

        string? target = outcome.Job.Target;
        switch (outcome.Kind)
        {
            case OutcomeKind.Written:
                Announce($"converted {outcome.Job.Source} -> {target}", important: true);
                break;
            case OutcomeKind.WouldChange:
                Announce($"would {(outcome.IsNew ? "create" : "update")} {target} from {outcome.Job.Source}", important: true);
                break;
            case OutcomeKind.Unchanged:
                Announce($"unchanged {target}", important: false);
                break;
        }
    }

    /// <summary>A per-file line on stderr: for batches and --check/--diff only, never with -q or a
    /// document report; unimportant ones with -v only.</summary>
    public void Announce(string line, bool important)
    {
        if (!(isBatch || settings.WritesNothing) || Quiet || report.IsDocument || (!important && !verbose)) return;
        _error.Write(line + "\n");
    }
}
