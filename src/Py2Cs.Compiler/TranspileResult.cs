using Py2Cs.Syntax.Diagnostics;

namespace Py2Cs.Compiler;

/// <summary>The C# text of a program (null when a diagnostic stopped the pipeline) and every
/// diagnostic from the front end and the translator, in the order they were found.</summary>
public sealed record TranspileResult(string? CSharp, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The exception behind a PYCS9001 diagnostic, kept so that <c>--verbose</c> can show its stack trace.</summary>
    public Exception? InternalException { get; init; }
}
