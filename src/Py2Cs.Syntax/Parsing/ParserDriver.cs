using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Misc;
using Py2Cs.Syntax.Diagnostics;
using static Py2Cs.Syntax.Parsing.PythonParser;

namespace Py2Cs.Syntax.Parsing;

/// <summary>A syntax error found by the lexer or parser; offsets into the parsed text, end exclusive.</summary>
internal sealed record ParseError(DiagnosticDescriptor Descriptor, int Start, int End, string Message);

/// <summary>
/// Runs the lexer and parser over a text with one entry rule. Fast path first: SLL prediction with an
/// error strategy that bails out at the first problem; only a failure re-parses with full LL (the
/// exact algorithm) to find the real error. No ANTLR listener prints anything.
/// </summary>
internal static class ParserDriver
{
    public sealed record Result(ParserRuleContext? Tree, ParseError? Error, ITokenStream Tokens);

    public static Result Run(string text, Func<PythonParser, ParserRuleContext> rule)
    {
        var lexer = new PythonLexer(new AntlrInputStream(text));
        lexer.RemoveErrorListeners();
        var tokens = new CommonTokenStream(lexer);
        tokens.Fill();

        var parser = new PythonParser(tokens);
        parser.RemoveErrorListeners();
        parser.ErrorHandler = new BailErrorStrategy();
        parser.Interpreter.PredictionMode = PredictionMode.SLL;

        ParserRuleContext? tree = null;
        ParseError? parseError = null;
        try
        {
            tree = rule(parser);
        }
        catch (ParseCanceledException)
        {
            tokens.Seek(0);
            parser.Reset();
            parser.Interpreter.PredictionMode = PredictionMode.LL;
            try
            {
                tree = rule(parser);
            }
            catch (ParseCanceledException cancelled)
            {
                tree = null;
                parseError = SyntaxErrorMessages.Describe(cancelled.InnerException as RecognitionException, parser, tokens);
            }
        }

        var error = Choose(lexer, parseError, tokens);
        return new Result(error is null ? tree : null, error, tokens);
    }

    /// <summary>
    /// Which error to report, as CPython 3.11 decides: a tokenizer error wins wherever it is (CPython
    /// tokenizes the rest of the file after a parse error to look for one); a bracket never closed
    /// wins over a parse error on a later line; otherwise the parse error.
    /// </summary>
    static ParseError? Choose(PythonLexer lexer, ParseError? parseError, CommonTokenStream tokens)
    {
        if (lexer.Errors.OrderBy(e => e.Start).FirstOrDefault() is { } lexical)
            return new ParseError(lexical.Descriptor, lexical.Start, lexical.End, lexical.Message);
        if (parseError is null) return null;
        if (lexer.UnclosedBracket is { } open && LineOf(tokens, parseError.Start) > open.Line)
            return new ParseError(DiagnosticCodes.SyntaxError, open.StartIndex, open.StopIndex + 1, $"'{open.Text}' was never closed");
        return parseError;
    }

    static int LineOf(CommonTokenStream tokens, int offset)
    {
        string text = tokens.TokenSource.InputStream is ICharStream chars && chars.Size > 0
            ? chars.GetText(Interval.Of(0, Math.Min(offset, chars.Size) - 1))
            : "";
        int line = 1;
        foreach (char c in text) if (c == '\n') line++;
        return line;
    }
}
