using Py2Cs.Syntax.Text;

namespace Py2Cs.Syntax.Diagnostics;

public enum DiagnosticSeverity { Error, Warning }

/// <summary>One finding about the input: a stable code, an exact span, a message that says what was
/// found and what to do. Rendered for people (caret excerpt) and for tools by <see cref="DiagnosticFormatter"/>.</summary>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, SourceSpan Span, string Message)
{
    public string Code => Descriptor.Code;

    /// <summary>The descriptor's severity, unless the finding was demoted (see <see cref="AsWarning"/>).</summary>
    public DiagnosticSeverity Severity { get; init; } = Descriptor.Severity;

    /// <summary>The same finding as a warning, code and span kept: partial mode (<c>--allow-unsupported</c>)
    /// reports an unsupported construct this way where the output stands in for it.</summary>
    public Diagnostic AsWarning() => this with { Severity = DiagnosticSeverity.Warning };

    /// <summary>An error that partial mode may turn into a stand-in: a 1xxx (unsupported or undefined) error.</summary>
    public bool IsUnsupportedError => Severity == DiagnosticSeverity.Error && Code.StartsWith("PYCS1", StringComparison.Ordinal);

    public override string ToString() => $"{Span.StartLine}:{Span.StartColumn}: {Code}: {Message}";
}
