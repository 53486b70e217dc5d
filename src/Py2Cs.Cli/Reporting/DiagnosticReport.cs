using Py2Cs.Syntax.Diagnostics;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Cli;

/// <summary>
/// Where a command's findings go: diagnostics about sources, and py2cs's own errors about files
/// (a refusal, a folder that cannot be written). Line formats print as they come; document
/// formats (JSON, SARIF) collect everything and write one document when the command ends, so that
/// stderr then holds that document alone.
/// </summary>
abstract class DiagnosticReport
{
    /// <summary>True when stderr carries one document: progress lines and summaries stay off it.</summary>
    public virtual bool IsDocument => false;

    public abstract void Diagnostics(IReadOnlyList<Diagnostic> diagnostics, SourceText source, Exception? internalException = null);

    /// <summary>A problem with a file rather than with its code (a refusal to overwrite, an I/O error).</summary>
    public abstract void FileProblem(string path, string message);

    /// <summary>Writes the document of a document format; nothing for line formats.</summary>
    public virtual void Complete() { }

    public static DiagnosticReport For(DiagnosticsFormat format, TextWriter error, bool verbose) => format switch
    {
        DiagnosticsFormat.Json => new JsonDiagnosticReport(error),
        DiagnosticsFormat.Sarif => new SarifDiagnosticReport(error),
        _ => new LineDiagnosticReport(error, format, verbose),
    };
}
