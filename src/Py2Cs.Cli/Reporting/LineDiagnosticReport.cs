using Py2Cs.Syntax.Diagnostics;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Cli;

/// <summary>The <c>people</c> and <c>tools</c> formats: each diagnostic written as it comes.</summary>
sealed class LineDiagnosticReport(TextWriter error, DiagnosticsFormat format, bool verbose) : DiagnosticReport
{
    public override void Diagnostics(IReadOnlyList<Diagnostic> diagnostics, SourceText source, Exception? internalException = null)
    {
        foreach (var d in diagnostics)
        {
            if (format == DiagnosticsFormat.Tools)
                error.Write(DiagnosticFormatter.ForTools(d, source.Path) + "\n");
            else if (DiagnosticFacts.IsAboutWholeFile(d))
                // No place in the .py to point at: a caret under line 1 would mislead.
                error.Write($"{source.Path}:{d.Span.StartLine}:{d.Span.StartColumn}: error {d.Code}: {d.Message}\n");
            else
                error.Write(DiagnosticFormatter.ForPeople(d, source));
        }
        if (verbose && internalException is not null)
            error.Write(internalException + "\n");
    }

    public override void FileProblem(string path, string message) => error.Write($"py2cs: error: {message}\n");
}
