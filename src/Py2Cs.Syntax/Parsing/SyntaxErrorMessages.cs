using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using Py2Cs.Syntax.Diagnostics;
using static Py2Cs.Syntax.Parsing.PythonParser;

namespace Py2Cs.Syntax.Parsing;

/// <summary>
/// Turns ANTLR's first recognition error into one message in CPython's words: "unexpected indent",
/// "expected an indented block after 'if' statement on line 3", "expected ':'", or "invalid syntax"
/// with what was found and, when it is short, what was expected.
/// </summary>
internal static class SyntaxErrorMessages
{
    public static ParseError Describe(RecognitionException? e, PythonParser parser, CommonTokenStream tokens)
    {
        IToken token = e?.OffendingToken ?? parser.CurrentToken;
        IntervalSet expected = Expected(e, parser);
        RuleContext? context = e?.Context ?? parser.Context;

        if (token.Type == INDENT)
        {
            // CPython points at the last character of the indentation.
            int at = Math.Max(token.StartIndex, token.StopIndex);
            return new ParseError(DiagnosticCodes.SyntaxError, at, at, "unexpected indent");
        }

        if (context is Try_stmtContext && expected.Contains(EXCEPT) && expected.Contains(FINALLY))
        {
            int at = PreviousTokenStart(tokens, token);
            return new ParseError(DiagnosticCodes.SyntaxError, at, at, "expected 'except' or 'finally' block");
        }

        if (expected.Contains(INDENT) && context is BlockContext block)
            return new ParseError(DiagnosticCodes.SyntaxError, token.StartIndex, token.StartIndex,
                $"expected an indented block after {Owner(block.Parent)}");
        if (expected.Contains(INDENT) && context is Match_stmtContext match)
            return new ParseError(DiagnosticCodes.SyntaxError, token.StartIndex, token.StartIndex,
                $"expected an indented block after 'match' statement on line {match.Start.Line}");

        if (expected.Contains(COLON) && IsHeader(context))
        {
            int at = PreviousTokenEnd(tokens, token);
            return new ParseError(DiagnosticCodes.SyntaxError, at, at, "expected ':'");
        }

        if (token.Type == DEDENT)
            return At(token, "unexpected unindent");

        string found = Describe(token);
        var names = expected.ToList().Where(t => t != TokenConstants.EOF || expected.Count == 1).Select(Describe).Distinct().ToList();
        string message = names.Count is > 0 and <= 3
            ? $"invalid syntax: found {found}, expected {string.Join(" or ", names)}"
            : $"invalid syntax: unexpected {found}";
        return At(token, message);
    }

    static IntervalSet Expected(RecognitionException? e, PythonParser parser)
    {
        try
        {
            return e?.GetExpectedTokens() ?? parser.GetExpectedTokens();
        }
        catch (ArgumentException)
        {
            return new IntervalSet();
        }
    }

    static ParseError At(IToken token, string message) =>
        new(DiagnosticCodes.SyntaxError, token.StartIndex, Math.Max(token.StartIndex, token.StopIndex + 1), message);

    static bool IsHeader(RuleContext? context) => context is If_stmtContext or Elif_clauseContext or Else_blockContext
        or While_stmtContext or For_stmtContext or With_stmtContext or Try_stmtContext or Except_clauseContext
        or Except_star_clauseContext or Finally_blockContext or Function_defContext or Class_defContext
        or Match_stmtContext or Case_blockContext or LambdefContext;

    static string Owner(RuleContext? owner)
    {
        int line = owner is ParserRuleContext p ? p.Start.Line : 0;
        string what = owner switch
        {
            If_stmtContext => "'if' statement",
            Elif_clauseContext => "'elif' statement",
            Else_blockContext => "'else' statement",
            While_stmtContext => "'while' statement",
            For_stmtContext => "'for' statement",
            With_stmtContext => "'with' statement",
            Try_stmtContext => "'try' statement",
            Except_clauseContext => "'except' statement",
            Except_star_clauseContext => "'except*' statement",
            Finally_blockContext => "'finally' statement",
            Function_defContext => "function definition",
            Class_defContext => "class definition",
            Case_blockContext => "'case' statement",
            _ => "statement",
        };
        return $"{what} on line {line}";
    }

    static int PreviousTokenEnd(CommonTokenStream tokens, IToken token)
    {
        for (int i = token.TokenIndex - 1; i >= 0; i--)
        {
            IToken previous = tokens.Get(i);
            if (previous.Type is not (INDENT or DEDENT)) return previous.StopIndex + 1;
        }
        return token.StartIndex;
    }

    static int PreviousTokenStart(CommonTokenStream tokens, IToken token)
    {
        for (int i = token.TokenIndex - 1; i >= 0; i--)
        {
            IToken previous = tokens.Get(i);
            if (previous.Type is not (INDENT or DEDENT)) return previous.StartIndex;
        }
        return token.StartIndex;
    }

    static string Describe(IToken token) => token.Type switch
    {
        TokenConstants.EOF => "end of file",
        NEWLINE => "end of line",
        INDENT => "indent",
        DEDENT => "unindent",
        NAME => $"name '{token.Text}'",
        NUMBER => $"number {token.Text}",
        STRING => "string literal",
        _ => $"'{token.Text}'",
    };

    static string Describe(int tokenType) => tokenType switch
    {
        TokenConstants.EOF => "end of file",
        NEWLINE => "end of line",
        INDENT => "an indented block",
        DEDENT => "unindent",
        NAME => "a name",
        NUMBER => "a number",
        STRING => "a string",
        _ => DefaultVocabulary.GetLiteralName(tokenType) ?? DefaultVocabulary.GetSymbolicName(tokenType) ?? "?",
    };
}
