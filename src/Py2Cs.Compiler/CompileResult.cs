using Py2Cs.Syntax.Diagnostics;

namespace Py2Cs.Compiler;

/// <summary>A compiled program image (null when compilation failed) and the diagnostics about it.</summary>
public sealed record CompileResult(byte[]? Image, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
