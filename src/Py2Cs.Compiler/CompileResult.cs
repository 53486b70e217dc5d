using Py2Cs.Syntax.Diagnostics;

namespace Py2Cs.Compiler;

/// <summary>A compiled program image (null when compilation failed) and the diagnostics about it.</summary>
public sealed record CompileResult(byte[]? Image, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The C# warnings of the generated code, one line each; they never fail a run.</summary>
    public ImmutableArray<string> Warnings { get; init; } = [];

    /// <summary>The C# errors with their offsets in the generated file: what the demotion step reads.</summary>
    public ImmutableArray<CSharpError> Errors { get; init; } = [];
}

/// <summary>One Roslyn error: its id, where it starts in the generated file, its message.</summary>
public sealed record CSharpError(string Id, int Offset, string Message);
