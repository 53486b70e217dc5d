using System.Text.Json.Nodes;
using Py2Cs.Syntax.Diagnostics;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Cli;

/// <summary>
/// The <c>sarif</c> format: one SARIF 2.1.0 log for code scanning (GitHub, Azure DevOps, IDEs).
/// Every catalogue entry is a rule (id = the PYCS code, name = its catalogue name, the title as
/// description), so rule ids are as stable as the codes. Results point at the .py with a path
/// relative to the current folder (uriBaseId %SRCROOT%); columns count code points, as Python's do.
/// py2cs's own errors about files are tool execution notifications, not results.
/// </summary>
sealed class SarifDiagnosticReport(TextWriter error) : DiagnosticReport
{
    const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    const string SourceRoot = "%SRCROOT%";

    readonly JsonArray _results = [];
    readonly JsonArray _notifications = [];

    public override bool IsDocument => true;

    public override void Diagnostics(IReadOnlyList<Diagnostic> diagnostics, SourceText source, Exception? internalException = null)
    {
        lock (_results)
            foreach (var d in diagnostics)
                _results.Add(Result(d, source.Path));
    }

    public override void FileProblem(string path, string message)
    {
        lock (_results)
            _notifications.Add(new JsonObject
            {
                ["level"] = "error",
                ["message"] = Text(message),
                ["locations"] = new JsonArray(new JsonObject { ["physicalLocation"] = new JsonObject { ["artifactLocation"] = Artifact(path) } }),
            });
    }

    public override void Complete()
    {
        var log = new JsonObject
        {
            ["$schema"] = SchemaUri,
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject { ["driver"] = Driver() },
                ["originalUriBaseIds"] = new JsonObject
                {
                    [SourceRoot] = new JsonObject { ["uri"] = new Uri(Path.TrimEndingDirectorySeparator(Environment.CurrentDirectory) + Path.DirectorySeparatorChar).AbsoluteUri },
                },
                ["columnKind"] = "unicodeCodePoints",
                ["invocations"] = new JsonArray(new JsonObject
                {
                    ["executionSuccessful"] = _notifications.Count == 0,
                    ["toolExecutionNotifications"] = _notifications,
                }),
                ["results"] = _results,
            }),
        };
        error.Write(log.ToJsonString(ReportJson.Options) + "\n");
    }

    static JsonObject Driver()
    {
        var rules = new JsonArray();
        foreach (var (name, descriptor) in DiagnosticFacts.Catalogue)
        {
            rules.Add(new JsonObject
            {
                ["id"] = descriptor.Code,
                ["name"] = name,
                ["shortDescription"] = Text(descriptor.Title),
                ["fullDescription"] = Text($"{descriptor.Code}: {descriptor.Title}. {RangeMeaning(descriptor.Code)}"),
                ["defaultConfiguration"] = new JsonObject { ["level"] = DiagnosticFacts.SeverityName(descriptor.Severity) },
            });
        }
        return new JsonObject
        {
            ["name"] = "py2cs",
            ["version"] = typeof(SarifDiagnosticReport).Assembly.GetName().Version?.ToString(3) ?? "0.0.0",
            ["rules"] = rules,
        };
    }

    static string RangeMeaning(string code) => code[4] switch
    {
        '0' => "The Python source is not valid Python 3.11; fix it as CPython's error would ask.",
        '1' => "The program uses a construct, module or name that py2cs does not translate yet; nothing is generated for the file.",
        '2' => "The C# py2cs generated does not compile: a bug in py2cs, worth reporting with the program.",
        '9' => "py2cs failed on the program: a bug in py2cs, worth reporting with the program.",
        _ => "A py2cs diagnostic.",
    };

    static JsonObject Result(Diagnostic d, string path)
    {
        var physical = new JsonObject { ["artifactLocation"] = Artifact(path) };
        if (!DiagnosticFacts.IsAboutWholeFile(d))
        {
            physical["region"] = new JsonObject
            {
                ["startLine"] = d.Span.StartLine,
                ["startColumn"] = d.Span.StartColumn,
                ["endLine"] = d.Span.EndLine,
                ["endColumn"] = Math.Max(d.Span.EndColumn, d.Span.StartLine == d.Span.EndLine ? d.Span.StartColumn + 1 : 1),
            };
        }
        return new JsonObject
        {
            ["ruleId"] = d.Code,
            ["ruleIndex"] = RuleIndex(d.Code),
            ["level"] = DiagnosticFacts.SeverityName(d.Severity),
            ["message"] = Text(d.Message),
            ["locations"] = new JsonArray(new JsonObject { ["physicalLocation"] = physical }),
        };
    }

    static int RuleIndex(string code)
    {
        for (int i = 0; i < DiagnosticFacts.Catalogue.Count; i++)
            if (DiagnosticFacts.Catalogue[i].Descriptor.Code == code) return i;
        return -1;
    }

    static JsonObject Artifact(string path) => new()
    {
        ["uri"] = Uri.EscapeDataString(ReportPaths.Relative(path)).Replace("%2F", "/"),
        ["uriBaseId"] = SourceRoot,
    };

    static JsonObject Text(string text) => new() { ["text"] = text };
}
