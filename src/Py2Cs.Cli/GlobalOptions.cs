using System.CommandLine;

namespace Py2Cs.Cli;

/// <summary>Options every command accepts, before or after the command name.</summary>
sealed class GlobalOptions
{
    const string People = "people", Tools = "tools";

    public GlobalOptions() => DiagnosticsFormat.AcceptOnlyFromAmong(People, Tools);

    public Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Show stack traces of internal errors and what py2cs is doing",
        Recursive = true,
    };

    public Option<string> DiagnosticsFormat { get; } = new("--diagnostics-format")
    {
        Description = "people: file:line:col, the source line and a caret; tools: file(line,col): error CODE: message",
        DefaultValueFactory = _ => People,
        Recursive = true,
    };

    public DiagnosticPrinter PrinterFor(ParseResult parsed, TextWriter error) =>
        new(error, parsed.GetValue(DiagnosticsFormat) == Tools ? Cli.DiagnosticsFormat.Tools : Cli.DiagnosticsFormat.People, parsed.GetValue(Verbose));
}
