using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using Antlr4.Runtime.Tree;
using Py2Cs.Syntax.Diagnostics;
using static Py2Cs.Syntax.Parsing.PythonParser;

namespace Py2Cs.Syntax.Parsing;

/// <summary>
/// Turns ANTLR's first recognition error into one message in CPython's words and at CPython's place:
/// "unexpected indent", "expected an indented block after 'if' statement on line 3", "expected ':'",
/// "invalid syntax. Perhaps you forgot a comma?", ... or "invalid syntax" with what was found and,
/// when it is short, what was expected.
/// </summary>
internal static partial class SyntaxErrorMessages
{
    public static ParseError Describe(RecognitionException? e, PythonParser parser, CommonTokenStream tokens,
        Func<Target_listContext, ParseError?> invalidTarget)
    {
        IToken token = e?.OffendingToken ?? parser.CurrentToken;
        IntervalSet expected = Expected(e, parser);
        RuleContext? context = e?.Context ?? parser.Context;
        string text = tokens.TokenSource.InputStream is ICharStream chars && chars.Size > 0 ? chars.GetText(Interval.Of(0, chars.Size - 1)) : "";
        var at = new Locator(token, tokens, text);

        ParseError Error(int offset, string message, bool indentKind = false) =>
            new(DiagnosticCodes.SyntaxError, offset, offset, message)
            {
                Trigger = token.StartIndex, IndentKind = indentKind, AtEndOfFile = token.StartIndex >= text.Length,
                AtExpressionStart = StartsExpression(token.Type),
            };

        if (token.Type == INDENT)
            return Error(Math.Max(token.StartIndex, token.StopIndex), "unexpected indent", indentKind: true);

        if (expected.Contains(INDENT) && context is BlockContext block)
            return Error(at.Token(), $"expected an indented block after {Owner(block.Parent, text)}");
        if (expected.Contains(INDENT) && context is Match_stmtContext match)
            return Error(at.Token(), $"expected an indented block after 'match' statement on line {SourceLines.LineAt(text, match.Start.StartIndex)}");

        // Full-context prediction can fail at the try statement while reading a broken except/finally header.
        if (context is Try_stmtContext && e is NoViableAltException { StartToken.Type: EXCEPT or FINALLY } header)
        {
            if (token.Type == NEWLINE || header.StartToken.Type == FINALLY) return Error(at.Token(), "expected ':'");
        }
        else if (context is Try_stmtContext && expected.Contains(EXCEPT) && expected.Contains(FINALLY))
            return Error(at.Token(), "expected 'except' or 'finally' block");

        // `for f() x` (a statement, not a comprehension): CPython names the bad target before complaining about the missing 'in'.
        if (expected.Contains(IN) && TargetBeforeIn(context) is { } targets && invalidTarget(targets) is { } bad)
            return bad;

        // CPython's forced tokens (&&':') complain about any token; its invalid_*_stmt rules only about a line end.
        if (expected.Contains(COLON) && (IsForcedColon(context) || (token.Type == NEWLINE && IsHeader(context))))
            return Error(at.Token(), "expected ':'");
        if (context is Function_defContext && expected.Contains(LPAR))
            return Error(at.Token(), "expected '('");

        if (token.Type == DEDENT)
            return Error(at.Token(), "unexpected unindent", indentKind: true);

        // After a key: value pair, a key without ':' (CPython's invalid_kvpair), pointed at the key's last character.
        if (context is Dict_itemContext && expected.Contains(COLON) && context.Parent is DictDisplayContext display
            && display.dict_item().Length > 1 && token.TokenIndex > 0)
            return Error(tokens.Get(token.TokenIndex - 1).StopIndex, "':' expected after dictionary key");

        if (AnnotationOfNonTarget(context) is { } colon)
            return Error(colon.StartIndex, "invalid syntax") with { Generic = true };

        if (LegacyStatement(token, tokens) is { } legacy)
            return Error(legacy.StartIndex, $"Missing parentheses in call to '{legacy.Text}'. Did you mean {legacy.Text}(...)?");

        if (ForgottenComma(token, context, tokens) is { } first)
            return Error(first.StartIndex, "invalid syntax. Perhaps you forgot a comma?");

        if (token.Type == EQUAL && InsideCallArguments(context) && ArgumentStart(token, tokens) is { } argumentStart
            && argumentStart < token.StartIndex && !StartsWithKeyword(argumentStart, token, tokens))
            return Error(argumentStart, "expression cannot contain assignment, perhaps you meant \"==\"?");

        if (context is ExpressionContext conditional && token.Type != COLON
            && ((expected.Contains(ELSE) && conditional.IF() is not null) || (e is NoViableAltException { StartToken.Type: IF })))
            return Error(conditional.Start.StartIndex, "expected 'else' after 'if' expression");

        string found = Describe(token);
        var names = expected.ToList().Where(t => t != TokenConstants.EOF || expected.Count == 1).Select(Describe).Distinct().ToList();
        string message = names.Count is > 0 and <= 3
            ? $"invalid syntax: found {found}, expected {string.Join(" or ", names)}"
            : $"invalid syntax: unexpected {found}";
        return Error(at.Token(), message) with { End = Math.Max(at.Token(), token.StopIndex + 1), Generic = true };
    }

    /// <summary>Where CPython puts an error "at" a token.</summary>
    readonly struct Locator(IToken token, CommonTokenStream tokens, string text)
    {
        public int Token()
        {
            if (token.StartIndex >= text.Length && token.Type != NEWLINE && PreviousNewlineStart() is { } lastLineEnd)
                return lastLineEnd;
            switch (token.Type)
            {
                case DEDENT:
                    // CPython has no position for a DEDENT and reports the tokenizer's column: the
                    // indentation width of the line (1-based column = width; 0 cannot be shown).
                    return token.Column > 0 ? token.StartIndex - 1 : token.StartIndex;
                case NEWLINE:
                    // CPython's NEWLINE starts at a trailing comment when the line has one.
                    int previousEnd = PreviousEnd();
                    int hash = previousEnd >= 0 && token.StartIndex > previousEnd ? text.IndexOf('#', previousEnd, token.StartIndex - previousEnd) : -1;
                    return hash >= 0 ? hash : token.StartIndex;
                default:
                    return token.StartIndex;
            }
        }

        int? PreviousNewlineStart()
        {
            for (int i = token.TokenIndex - 1; i >= 0; i--)
            {
                IToken previous = tokens.Get(i);
                if (previous.Type is INDENT or DEDENT) continue;
                return previous.Type == NEWLINE ? previous.StartIndex : null;
            }
            return null;
        }

        int PreviousEnd()
        {
            for (int i = token.TokenIndex - 1; i >= 0; i--)
            {
                IToken previous = tokens.Get(i);
                if (previous.Type is not (INDENT or DEDENT)) return previous.StopIndex + 1;
            }
            return -1;
        }
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

    static bool IsForcedColon(RuleContext? context) =>
        context is Function_defContext or Try_stmtContext or Finally_blockContext or Else_blockContext;

    static bool IsHeader(RuleContext? context) => context is If_stmtContext or Elif_clauseContext
        or While_stmtContext or For_stmtContext or With_stmtContext or Except_clauseContext
        or Except_star_clauseContext or Class_defContext or Match_stmtContext or Case_blockContext;

    static string Owner(RuleContext? owner, string text)
    {
        int line = owner is ParserRuleContext p ? SourceLines.LineAt(text, p.Start.StartIndex) : 0;
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
