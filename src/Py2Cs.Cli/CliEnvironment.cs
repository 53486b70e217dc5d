using Py2Cs.Compiler;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Cli;

/// <summary>What the commands talk to. The real one uses the console and the real pipeline; tests
/// substitute writers and a fake transpiler to check the CLI's own behaviour in process.
/// <paramref name="ErrorIsTerminal"/> picks the default diagnostics format and allows a progress bar.</summary>
sealed record CliEnvironment(
    TextReader In,
    TextWriter Out,
    TextWriter Error,
    Func<SourceText, TranspileResult> Transpile,
    Func<CompileCache?> DefaultCache,
    bool ErrorIsTerminal = false);
