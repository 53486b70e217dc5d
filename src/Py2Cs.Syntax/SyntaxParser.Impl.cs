using Py2Cs.Syntax.Ast;
using Py2Cs.Syntax.Diagnostics;
using Py2Cs.Syntax.Parsing;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Syntax;

public static partial class SyntaxParser
{
    public static partial ParseResult Parse(SourceText source)
    {
        if (RefusedInput(source) is { } refused) return new ParseResult(null, [refused]);
        // Parsing and building the AST recurse once per nesting level; a thread with a large stack
        // lets deeply nested (but valid) code through, and PythonParserBase stops the absurd.
        try { return DeepStackThreads.Run(() => ParseOnThisThread(source)); }
        catch (Exception ex) { return InternalError(ex); }
    }

    static ParseResult ParseOnThisThread(SourceText source)
    {
        try
        {
            var run = ParserDriver.Run(source.Text, parser => parser.file_input());
            if (run.Error is { } error)
                return new ParseResult(null, [error.Descriptor.At(source.Span(error.Start, error.End), error.Message)]);
            var module = new AstBuilder(source, run.Tokens).BuildModule((PythonParser.File_inputContext)run.Tree!)
                with { Comments = KeptComments(source, ((PythonLexerBase)run.Tokens.TokenSource).Comments) };
            if (StaticBlockLimit.Check(source, module) is { } tooDeep) return new ParseResult(null, [tooDeep]);
            return new ParseResult(module, []);
        }
        catch (SyntaxErrorException syntaxError)
        {
            return new ParseResult(null, [syntaxError.Diagnostic]);
        }
        catch (SourceTooComplexException tooComplex)
        {
            return new ParseResult(null, [DiagnosticCodes.SyntaxError.At(source.Span(0, 0), tooComplex.Message)]);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return InternalError(ex);
        }
    }

    /// <summary>The comments people keep: a shebang (line 1) and a coding declaration (line 1 or 2)
    /// speak to the interpreter, not to readers of the C#.</summary>
    static ImmutableArray<Comment> KeptComments(SourceText source, List<LexedComment> comments) =>
    [
        .. comments
            .Select(c => new Comment(source.Span(c.Start, c.End), c.Text[1..], c.OwnLine) { AfterBlockHeader = c.AfterBlockHeader })
            .Where(c => !(c.Span.StartLine == 1 && c.Text.StartsWith('!')) && !(c.Span.StartLine <= 2 && CodingDeclaration.IsMatch(c.Text))),
    ];

    // PEP 263: a comment on line 1 or 2 matching this names the file's encoding.
    static readonly System.Text.RegularExpressions.Regex CodingDeclaration = new(@"coding[:=][ \t]*[-\w.]+");

    /// <summary>What CPython refuses before tokenizing: bytes it cannot decode.</summary>
    static Diagnostic? RefusedInput(SourceText source) =>
        source.DecodingError is { } bad ? DiagnosticCodes.SyntaxError.At(source.Span(bad.Offset, bad.Offset), bad.Message) : null;

    // Bad input must never crash the compiler; a bug in the front end becomes a diagnostic.
    static ParseResult InternalError(Exception ex) =>
        new(null, [DiagnosticCodes.InternalError.At(SourceSpan.None,
            $"internal error in the parser ({ex.GetType().Name}: {ex.Message}); please report it with the input file")]);
}
