using Py2Cs.Emit;
using Py2Cs.Syntax;
using Py2Cs.Syntax.Diagnostics;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Compiler;

/// <summary>Python source to C# text: parse, stop on syntax errors, else translate.</summary>
public static class Transpiler
{
    public static TranspileResult Transpile(SourceText source, TranslationOptions? options = null)
    {
        string stage = "parse";
        try
        {
            ParseResult parsed = SyntaxParser.Parse(source);
            // Later passes would only report consequences of the syntax error, so stop here.
            if (parsed.HasErrors || parsed.Module is null)
                return new TranspileResult(null, parsed.Diagnostics);

            stage = "translate";
            TranslationResult translated = Translator.Translate(parsed.Module, source, options);
            if (translated.CSharp is null && !translated.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
                throw new InvalidOperationException("the translator returned no C# and no error");
            return new TranspileResult(translated.CSharp, parsed.Diagnostics.AddRange(translated.Diagnostics));
        }
        catch (Exception e)
        {
            // A crash in py2cs is our bug, never the user's: report it as a diagnostic so every
            // caller (CLI, tests, batch conversion) goes on with the next file.
            return new TranspileResult(null, [InternalError.During(stage, e)]) { InternalException = e };
        }
    }
}
