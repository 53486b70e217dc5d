using Py2Cs.Compiler;
using Py2Cs.Semantics.Verdicts;
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
    bool ErrorIsTerminal = false,
    Func<SourceText, DynamicScopes, TranspileResult>? TranspileWith = null)
{
    /// <summary>Translates with the given scopes dynamic (the plain translation when none are, or when
    /// this environment cannot: a test's fake transpiler).</summary>
    public TranspileResult Translate(SourceText source, DynamicScopes dynamic) =>
        dynamic.IsEmpty || TranspileWith is null ? Transpile(source) : TranspileWith(source, dynamic);

    /// <summary>Translates and compiles with the safety net (the demotion step) where this environment can translate again.</summary>
    public BuildResult Build(SourceText source, DynamicScopes dynamic, CompileCache? cache) =>
        ProgramBuilder.Compile(source, Translate(source, dynamic), cache,
            TranspileWith is null ? null : scopes => TranspileWith(source, scopes), dynamic);
}
