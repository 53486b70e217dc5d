using Py2Cs.Syntax.Text;

namespace Py2Cs.Syntax.Diagnostics;

public enum DiagnosticSeverity { Error, Warning }

/// <summary>One finding about the input: a stable code, an exact span, a message that says what was
/// found and what to do. Rendered for people (caret excerpt) and for tools by <see cref="DiagnosticFormatter"/>.</summary>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, SourceSpan Span, string Message)
{
    public string Code => Descriptor.Code;
    public DiagnosticSeverity Severity => Descriptor.Severity;
    public override string ToString() => $"{Span.StartLine}:{Span.StartColumn}: {Code}: {Message}";
}
