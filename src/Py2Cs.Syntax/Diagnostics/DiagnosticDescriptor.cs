namespace Py2Cs.Syntax.Diagnostics;

/// <summary>A catalogue entry: the code never changes meaning once published.</summary>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity Severity, string Title)
{
    public Diagnostic At(Text.SourceSpan span, string message) => new(this, span, message);
}
