using Py2Cs.Syntax.Diagnostics;

namespace Py2Cs.Compiler;

/// <summary>The outcome of turning a .py file into a runnable image: the generated file's text when
/// translation succeeded, the image when it also compiled, and every diagnostic on the way.</summary>
public sealed record BuildResult(string? GeneratedFile, byte[]? Image, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>True when the image came from the <see cref="CompileCache"/> instead of Roslyn.</summary>
    public bool FromCache { get; init; }

    /// <summary>The C# errors when the generated file did not compile (what the demotion step reads).</summary>
    public ImmutableArray<CSharpError> CSharpErrors { get; init; } = [];

    /// <summary>The exception behind a PYCS9001 diagnostic, for <c>--verbose</c>.</summary>
    public Exception? InternalException { get; init; }
}
