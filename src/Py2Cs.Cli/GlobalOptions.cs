using System.CommandLine;
using Py2Cs.Semantics.Verdicts;

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

    /// <summary>For tests and diagnosis: translate every scope dynamically, as PY2CS_FORCE_DYNAMIC=1 does.</summary>
    public Option<bool> ForceDynamic { get; } = new("--force-dynamic")
    {
        Description = "Translate every variable, parameter, field and result as object (checks the typed path against the dynamic one)",
        Hidden = true,
        Recursive = true,
    };

    /// <summary>The environment variable the test harness sets to force every program dynamic.</summary>
    public const string ForceDynamicVariable = "PY2CS_FORCE_DYNAMIC";

    public DynamicScopes DynamicFor(ParseResult parsed) =>
        parsed.GetValue(ForceDynamic) || Environment.GetEnvironmentVariable(ForceDynamicVariable) == "1" ? DynamicScopes.Everything : DynamicScopes.None;

    public DiagnosticPrinter PrinterFor(ParseResult parsed, TextWriter error) =>
        new(error, parsed.GetValue(DiagnosticsFormat) == Tools ? Cli.DiagnosticsFormat.Tools : Cli.DiagnosticsFormat.People, parsed.GetValue(Verbose));
}
