using Py2Cs.Syntax.Diagnostics;
using Py2Cs.Syntax.Parsing;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Syntax;

public static partial class SyntaxParser
{
    public static partial ParseResult Parse(SourceText source)
    {
        try
        {
            var run = ParserDriver.Run(source.Text, parser => parser.file_input());
            if (run.Error is { } error)
                return new ParseResult(null, [error.Descriptor.At(source.Span(error.Start, error.End), error.Message)]);
            var module = new AstBuilder(source, run.Tokens).BuildModule((PythonParser.File_inputContext)run.Tree!);
            return new ParseResult(module, []);
        }
        catch (SyntaxErrorException syntaxError)
        {
            return new ParseResult(null, [syntaxError.Diagnostic]);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Bad input must never crash the compiler; a bug in the front end becomes a diagnostic.
            return new ParseResult(null, [DiagnosticCodes.InternalError.At(SourceSpan.None,
                $"internal error in the parser ({ex.GetType().Name}: {ex.Message}); please report it with the input file")]);
        }
    }
}
