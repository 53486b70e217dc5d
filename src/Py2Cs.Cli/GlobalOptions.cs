using System.CommandLine;
using Py2Cs.Semantics.Verdicts;

namespace Py2Cs.Cli;

/// <summary>Options every command accepts, before or after the command name.</summary>
sealed class GlobalOptions
{
    // The names, and FormatNamed below, instead of a Dictionary<string, DiagnosticsFormat>: every command
    // builds these options, and a framework dictionary of one of our enums is JIT-compiled (15 methods)
    // where a switch is in the CLI's ReadyToRun image (bench/README.md, session 12).
    static readonly string[] s_formatNames = ["people", "tools", "json", "sarif"];

    static DiagnosticsFormat FormatNamed(string name) => name switch
    {
        "people" => Cli.DiagnosticsFormat.People,
        "tools" => Cli.DiagnosticsFormat.Tools,
        "json" => Cli.DiagnosticsFormat.Json,
        "sarif" => Cli.DiagnosticsFormat.Sarif,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "the parser accepts only the names above"),
    };

    public GlobalOptions() => DiagnosticsFormat.AcceptOnlyFromAmong(s_formatNames);

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

    /// <summary>For tests and diagnosis: translate every scope dynamically, as PY2CS_FORCE_DYNAMIC=1 does.</summary>
    public Option<bool> ForceDynamic { get; } = new("--force-dynamic")
    {
        Description = "Translate every variable, parameter, field and result as object (checks the typed path against the dynamic one)",
        Hidden = true,
        Recursive = true,
    };

    public const string LineDirectivesName = "--line-directives";

    /// <summary>Read by Program.cs before parsing, since the translation delegate is built there.</summary>
    public Option<bool> LineDirectives { get; } = new(LineDirectivesName)
    {
        Description = "Write #line directives so that C# compiler errors and stack traces name the .py file and line",
        Recursive = true,
    };

    public const string AllowUnsupportedName = "--allow-unsupported";

    /// <summary>Partial mode, for convert, check and run. Read by Program.cs before parsing, since the
    /// translation delegate is built there.</summary>
    public Option<bool> AllowUnsupported { get; } = new(AllowUnsupportedName)
    {
        Description = "Convert a file even where it uses a module or construct py2cs does not translate: that spot raises "
            + "NotImplementedError when reached, and each one is a warning (default: refuse the file with an error)",
        Recursive = true,
    };

    /// <summary>The environment variable the test harness sets to force every program dynamic.</summary>
    public const string ForceDynamicVariable = "PY2CS_FORCE_DYNAMIC";

    public DynamicScopes DynamicFor(ParseResult parsed) =>
        parsed.GetValue(ForceDynamic) || Environment.GetEnvironmentVariable(ForceDynamicVariable) == "1" ? DynamicScopes.Everything : DynamicScopes.None;

    public Option<string?> DiagnosticsFormat { get; } = new("--diagnostics-format")
    {
        Description = "people: file:line:col, the source line and a caret (default on a terminal); "
            + "tools: file(line,col): error CODE: message (default otherwise); "
            + "json: one array of diagnostics; sarif: a SARIF 2.1.0 log for code scanning",
        Recursive = true,
    };

    public DiagnosticsFormat FormatFor(ParseResult parsed, CliEnvironment env) =>
        parsed.GetValue(DiagnosticsFormat) is { } name ? FormatNamed(name)
        : env.ErrorIsTerminal ? Cli.DiagnosticsFormat.People : Cli.DiagnosticsFormat.Tools;

    public DiagnosticReport ReportFor(ParseResult parsed, CliEnvironment env) =>
        DiagnosticReport.For(FormatFor(parsed, env), env.Error, parsed.GetValue(Verbose));
}
