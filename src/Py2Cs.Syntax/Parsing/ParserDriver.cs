using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Misc;
using Py2Cs.Syntax.Diagnostics;
using static Py2Cs.Syntax.Parsing.PythonParser;

namespace Py2Cs.Syntax.Parsing;

/// <summary>A syntax error found by the lexer or parser; offsets into the parsed text, end exclusive.</summary>
internal sealed record ParseError(DiagnosticDescriptor Descriptor, int Start, int End, string Message)
{
    /// <summary>Offset of the token where the parser stopped.</summary>
    public int Trigger { get; init; } = Start;

    /// <summary>"unexpected indent" / "unexpected unindent": CPython reports these without looking further.</summary>
    public bool IndentKind { get; init; }

    public bool AtEndOfFile { get; init; }

    /// <summary>A plain "invalid syntax".</summary>
    public bool Generic { get; init; }

    /// <summary>The parser stopped at a token that can begin an expression, which CPython's second pass
    /// then reads on from (so it meets a tokenizer error in the next token).</summary>
    public bool AtExpressionStart { get; init; }
}

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
        int nul = text.IndexOf('\0');
        if (nul >= 0)
            return new Result(null, new ParseError(DiagnosticCodes.SyntaxError, nul, nul + 1, "source code cannot contain null bytes"), new CommonTokenStream(new PythonLexer(new AntlrInputStream(""))));

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
                parseError = SyntaxErrorMessages.Describe(cancelled.InnerException as RecognitionException, parser, tokens,
                    targets => AstBuilder.InvalidTarget(text, tokens, targets));
            }
        }

        var error = Choose(lexer, parseError, tokens);
        return new Result(error is null ? tree : null, error, tokens);
    }

    /// <summary>
    /// Which error to report, as CPython 3.11 decides (_PyPegen_set_syntax_error). A tokenizer error the
    /// parser reached first wins; so does one later on the same line, which CPython's second, more
    /// thorough parse reads. After a parse error CPython scans the rest of the file: the next tokenizer
    /// error replaces the parse error when it is raised at once (unterminated string, unmatched bracket,
    /// bad character or number), not when it waits for the parser (indentation, tabs, continuation).
    /// A bracket still open at the end replaces a parse error at the end of the file, or on a later
    /// line than the bracket. "unexpected indent" skips the scan.
    /// </summary>
    static ParseError? Choose(PythonLexer lexer, ParseError? parseError, CommonTokenStream tokens)
    {
        var errors = lexer.Errors.OrderBy(e => e.Trigger).ToList();

        // A character CPython's parser rejects as an ordinary token is the parse error if reached first.
        bool atStray = false;
        if (errors.FirstOrDefault(e => e.Kind == LexicalErrorKind.ParserOnly && (parseError is null || e.Trigger <= parseError.Trigger)) is { } stray)
        {
            parseError = FromLexer(stray) with { Generic = true };
            atStray = true;
        }
        if (parseError is null)
            return errors.Count == 0 ? null : FromLexer(errors[0]);

        var tokenizerErrors = errors.Where(e => e.Kind != LexicalErrorKind.ParserOnly).ToList();
        int failureLine = LineOf(tokens, parseError.Trigger);
        // CPython's second pass reads one token past the failure; a tokenizer error there is raised too.
        int lookahead = parseError.IndentKind || atStray || !parseError.AtExpressionStart ? parseError.Trigger : NextTokenStart(tokens, parseError.Trigger);
        if (tokenizerErrors.FirstOrDefault(e => e.Trigger <= lookahead) is { } reached)
            return FromLexer(reached);
        if (parseError.IndentKind) return parseError;
        if (lexer.UnclosedBracket is { } open && parseError.AtEndOfFile) return Unclosed(open);
        if (tokenizerErrors.FirstOrDefault() is { } later)
            return later.Kind == LexicalErrorKind.StopsScan ? parseError : FromLexer(later);
        if (lexer.UnclosedBracket is { } stillOpen && failureLine > LineOf(tokens, stillOpen.StartIndex))
            return Unclosed(stillOpen);
        return parseError;
    }

    static ParseError FromLexer(LexicalError e) => new(e.Descriptor, e.Start, e.End, e.Message) { Trigger = e.Trigger };

    static ParseError Unclosed(IToken open) =>
        new(DiagnosticCodes.SyntaxError, open.StartIndex, open.StopIndex + 1, $"'{open.Text}' was never closed");

    static int NextTokenStart(CommonTokenStream tokens, int offset)
    {
        for (int i = 0; i < tokens.Size; i++)
        {
            IToken t = tokens.Get(i);
            if (t.StartIndex > offset && t.Type is not (INDENT or DEDENT)) return t.StartIndex;
        }
        return int.MaxValue;
    }

    static int LineOf(CommonTokenStream tokens, int offset)
    {
        string text = tokens.TokenSource.InputStream is ICharStream chars && chars.Size > 0 ? chars.GetText(Interval.Of(0, chars.Size - 1)) : "";
        return SourceLines.LineAt(text, offset);
    }
}
