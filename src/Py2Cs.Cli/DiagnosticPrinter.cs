using Py2Cs.Syntax.Diagnostics;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Cli;

/// <summary>Writes diagnostics to stderr in the chosen format.</summary>
sealed class DiagnosticPrinter(TextWriter error, DiagnosticsFormat format, bool verbose)
{
    public void Print(IEnumerable<Diagnostic> diagnostics, SourceText source, Exception? internalException = null)
    {
        foreach (var d in diagnostics)
        {
            if (format == DiagnosticsFormat.Tools)
                error.Write(DiagnosticFormatter.ForTools(d, source.Path) + "\n");
            else if (IsAboutWholeFile(d))
                // No place in the .py to point at: a caret under line 1 would mislead.
                error.Write($"{source.Path}:{d.Span.StartLine}:{d.Span.StartColumn}: error {d.Code}: {d.Message}\n");
            else
                error.Write(DiagnosticFormatter.ForPeople(d, source));
        }
        if (verbose && internalException is not null)
            error.Write(internalException + "\n");
    }

    static bool IsAboutWholeFile(Diagnostic d) =>
        d.Descriptor == DiagnosticCodes.InternalError || d.Descriptor == DiagnosticCodes.EmitFailed;
}
