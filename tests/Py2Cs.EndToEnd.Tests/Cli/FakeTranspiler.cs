using Py2Cs.Compiler;
using Py2Cs.Syntax.Diagnostics;
using Py2Cs.Syntax.Text;

namespace Py2Cs.EndToEnd.Tests.Cli;

/// <summary>
/// Stands in for the real pipeline in the CLI's own tests, so they test the CLI alone: a source
/// containing <c>$$</c> has a syntax error there; one containing <c>CRASH</c> makes py2cs throw;
/// anything else becomes a small C# text that names the file and echoes the source's first line.
/// </summary>
static class FakeTranspiler
{
    public static TranspileResult Transpile(SourceText source)
    {
        if (source.Text.Contains("CRASH"))
            throw new InvalidOperationException("simulated bug");
        int error = source.Text.IndexOf("$$", StringComparison.Ordinal);
        if (error >= 0)
            return new TranspileResult(null, [DiagnosticCodes.SyntaxError.At(source.Span(error, error + 2), "invalid syntax")]);
        return new TranspileResult($"// from {Path.GetFileName(source.Path)}: {source.Line(1)}\nstatic class Program {{ }}\n", []);
    }
}
