using Py2Cs.Cli;
using Py2Cs.Compiler;
using Py2Cs.Semantics.Verdicts;
using Py2Cs.Syntax.Text;

namespace Py2Cs.EndToEnd.Tests.Cli;

sealed record CliOutcome(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs the CLI in process with captured streams and the fake transpiler.</summary>
static class CliHarness
{
    public static CliOutcome Run(params string[] args) => Run(FakeTranspiler.Transpile, stdin: "", args);

    public static CliOutcome Run(Func<SourceText, TranspileResult> transpile, string stdin, params string[] args) =>
        Run(transpile, transpileWith: null, stdin, args);

    /// <summary>With <paramref name="transpileWith"/>: the translation a command asks for with some scopes dynamic.</summary>
    public static CliOutcome Run(Func<SourceText, TranspileResult> transpile, Func<SourceText, DynamicScopes, TranspileResult>? transpileWith, string stdin, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var env = new CliEnvironment(new StringReader(stdin), stdout, stderr, transpile, () => null, TranspileWith: transpileWith);
        int exit = new CliApp(env).Run(args);
        return new CliOutcome(exit, stdout.ToString(), stderr.ToString());
    }
}
