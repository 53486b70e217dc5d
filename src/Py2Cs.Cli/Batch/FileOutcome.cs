using Py2Cs.Syntax.Diagnostics;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Cli;

/// <summary>What happened to one file of a conversion.</summary>
enum OutcomeKind
{
    /// <summary>The C# was written (the target was missing or out of date).</summary>
    Written,
    /// <summary>The target already holds exactly this C#: left alone, its modification time too.</summary>
    Unchanged,
    /// <summary><c>--check</c>/<c>--diff</c>: the target is missing or out of date; nothing written.</summary>
    WouldChange,
    /// <summary>The C# went to stdout.</summary>
    Printed,
    /// <summary>The program has error diagnostics (or py2cs failed on it): no C#.</summary>
    Failed,
    /// <summary>The target is a file py2cs did not generate, and there is no <c>--force</c>.</summary>
    Refused,
    /// <summary>The source could not be read or the target written.</summary>
    IoError,
}

/// <summary>One file's outcome, with what the command prints about it (in input order).</summary>
sealed record FileOutcome(ConversionJob Job, OutcomeKind Kind)
{
    public SourceText? Source { get; init; }
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];
    public Exception? InternalException { get; init; }
    /// <summary>Why a file was refused or could not be read or written.</summary>
    public string? Problem { get; init; }
    /// <summary>The unified diff (<c>--diff</c>) or the C# (<c>--stdout</c>) for stdout.</summary>
    public string? Stdout { get; init; }
    /// <summary>The target did not exist before (for "would create" rather than "would update").</summary>
    public bool IsNew { get; init; }

    public bool Failed => Kind is OutcomeKind.Failed or OutcomeKind.Refused or OutcomeKind.IoError;

    /// <summary>0 fine; 1 an error diagnostic, a refusal, or (with <c>--check</c>) a change; 2 an I/O error; 70 a py2cs bug.</summary>
    public int ExitCode(bool check) => Kind switch
    {
        OutcomeKind.Failed => Math.Max(ExitCodes.Failure, ExitCodes.For(Diagnostics)),
        OutcomeKind.Refused => ExitCodes.Failure,
        OutcomeKind.IoError => ExitCodes.Usage,
        OutcomeKind.WouldChange when check => ExitCodes.Failure,
        _ => ExitCodes.For(Diagnostics),
    };
}
