using System.CommandLine;

namespace Py2Cs.Cli;

/// <summary>Options every command accepts, before or after the command name.</summary>
sealed class GlobalOptions
{
    static readonly Dictionary<string, DiagnosticsFormat> s_formats = new()
    {
        ["people"] = Cli.DiagnosticsFormat.People,
        ["tools"] = Cli.DiagnosticsFormat.Tools,
        ["json"] = Cli.DiagnosticsFormat.Json,
        ["sarif"] = Cli.DiagnosticsFormat.Sarif,
    };

    public GlobalOptions() => DiagnosticsFormat.AcceptOnlyFromAmong([.. s_formats.Keys]);

    public Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Say what py2cs does with each file; show stack traces of internal errors",
        Recursive = true,
    };

    public Option<bool> Quiet { get; } = new("--quiet", "-q")
    {
        Description = "Print only errors: no per-file lines, no summary, no progress bar",
        Recursive = true,
    };

    public Option<string?> DiagnosticsFormat { get; } = new("--diagnostics-format")
    {
        Description = "people: file:line:col, the source line and a caret (default on a terminal); "
            + "tools: file(line,col): error CODE: message (default otherwise); "
            + "json: one array of diagnostics; sarif: a SARIF 2.1.0 log for code scanning",
        Recursive = true,
    };

    public DiagnosticsFormat FormatFor(ParseResult parsed, CliEnvironment env) =>
        parsed.GetValue(DiagnosticsFormat) is { } name ? s_formats[name]
        : env.ErrorIsTerminal ? Cli.DiagnosticsFormat.People : Cli.DiagnosticsFormat.Tools;

    public DiagnosticReport ReportFor(ParseResult parsed, CliEnvironment env) =>
        DiagnosticReport.For(FormatFor(parsed, env), env.Error, parsed.GetValue(Verbose));
}
