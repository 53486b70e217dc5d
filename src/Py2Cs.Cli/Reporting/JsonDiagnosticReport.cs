using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Py2Cs.Syntax.Diagnostics;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Cli;

/// <summary>
/// The <c>json</c> format: one array, one object per finding, in the order the command met them.
/// Field names are a contract: file (relative to the current folder), line, column, endLine,
/// endColumn (1-based; null when the finding is about the whole file), severity (error, warning),
/// code (PYCS0001...; null for py2cs's own errors about a file, such as a refused overwrite), message.
/// </summary>
sealed class JsonDiagnosticReport(TextWriter error) : DiagnosticReport
{
    readonly List<JsonDiagnostic> _entries = [];

    public override bool IsDocument => true;

    public override void Diagnostics(IReadOnlyList<Diagnostic> diagnostics, SourceText source, Exception? internalException = null)
    {
        string file = ReportPaths.Relative(source.Path);
        lock (_entries)
        {
            foreach (var d in diagnostics)
            {
                bool placed = !DiagnosticFacts.IsAboutWholeFile(d);
                _entries.Add(new JsonDiagnostic(file,
                    placed ? d.Span.StartLine : null, placed ? d.Span.StartColumn : null,
                    placed ? d.Span.EndLine : null, placed ? d.Span.EndColumn : null,
                    DiagnosticFacts.SeverityName(d.Severity), d.Code, d.Message));
            }
        }
    }

    public override void FileProblem(string path, string message)
    {
        lock (_entries)
            _entries.Add(new JsonDiagnostic(ReportPaths.Relative(path), null, null, null, null, "error", null, message));
    }

    public override void Complete() => error.Write(JsonSerializer.Serialize(_entries, ReportJson.Options) + "\n");
}

sealed record JsonDiagnostic(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("line")] int? Line,
    [property: JsonPropertyName("column")] int? Column,
    [property: JsonPropertyName("endLine")] int? EndLine,
    [property: JsonPropertyName("endColumn")] int? EndColumn,
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("code")] string? Code,
    [property: JsonPropertyName("message")] string Message);

[JsonSerializable(typeof(List<JsonDiagnostic>))]
sealed partial class JsonReportContext : JsonSerializerContext;

/// <summary>How the JSON and SARIF documents are written: indented, non-ASCII and '&lt;' kept as they are.</summary>
static class ReportJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = JsonReportContext.Default,
    };
}
