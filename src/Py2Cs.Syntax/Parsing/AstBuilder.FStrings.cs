using Antlr4.Runtime;
using Py2Cs.Syntax.Ast;
using Attribute = Py2Cs.Syntax.Ast.Attribute;
using static Py2Cs.Syntax.Parsing.PythonParser;

namespace Py2Cs.Syntax.Parsing;

// f-strings (3.11: a whole STRING token): literal text, {{ and }}, and replacement fields
// {expr[=][!conv][:spec]} whose expressions are parsed with the same grammar, recursively.
internal sealed partial class AstBuilder
{
    /// <summary>Reads literal text and fields from <paramref name="i"/>; inside a format spec, stops at its closing brace.</summary>
    void ParseFStringContent(IToken token, StringLiteral literal, ref int i, StringParts parts, bool inSpec, int nesting)
    {
        string text = TextOf(token);
        int end = literal.BodyEnd;
        while (i < end)
        {
            char c = text[i];
            if (c == '{')
            {
                if (!inSpec && i + 1 < end && text[i + 1] == '{')
                {
                    parts.Literal.Append('{');
                    i += 2;
                    continue;
                }
                i++;
                parts.Add(ReplacementField(token, literal, ref i, parts, nesting));
                continue;
            }
            if (c == '}')
            {
                if (inSpec) return;
                if (i + 1 < end && text[i + 1] == '}')
                {
                    parts.Literal.Append('}');
                    i += 2;
                    continue;
                }
                throw FStringError(token, "f-string: single '}' is not allowed");
            }
            if (c == '\\' && !literal.IsRaw && i + 1 < end && text[i + 1] is '{' or '}')
            {
                // "\{" is a backslash followed by a field, not an escape.
                parts.Literal.Append('\\');
                i++;
                continue;
            }
            i = DecodeTextChar(token, literal, i, end, parts.Literal);
        }
        if (inSpec) throw FStringError(token, "f-string: expecting '}'");
    }

    FormattedValue ReplacementField(IToken token, StringLiteral literal, ref int i, StringParts parts, int nesting)
    {
        string text = TextOf(token);
        int end = literal.BodyEnd;
        int fieldStart = i - 1, exprStart = i;
        if (nesting >= 2) throw FStringError(token, "f-string: expressions nested too deeply");

        int j = FindExpressionEnd(token, i, end);
        string expressionText = text[exprStart..j];
        if (string.IsNullOrWhiteSpace(expressionText))
            throw FStringError(token, "f-string: empty expression not allowed");

        string? debugText = null;
        if (text[j] == '=')
        {
            j++;
            while (j < end && char.IsWhiteSpace(text[j])) j++;
            debugText = text[exprStart..j];
        }

        char? conversion = null;
        if (j < end && text[j] == '!')
        {
            j++;
            if (j >= end || text[j] is not ('s' or 'r' or 'a'))
                throw FStringError(token, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            conversion = text[j++];
        }

        JoinedStr? spec = null;
        if (j < end && text[j] == ':')
        {
            j++;
            int specStart = j;
            var specParts = new StringParts(SpanOf(token.StartIndex + specStart, token.StartIndex + specStart));
            ParseFStringContent(token, literal, ref j, specParts, inSpec: true, nesting + 1);
            spec = new JoinedStr(SpanOf(token.StartIndex + specStart, token.StartIndex + j), specParts.Finish());
        }

        if (j >= end || text[j] != '}') throw FStringError(token, "f-string: expecting '}'");
        j++;
        i = j;

        var value = FieldExpression(token.StartIndex + exprStart, expressionText);
        if (debugText is not null)
        {
            parts.Literal.Append(debugText);
            if (conversion is null && spec is null) conversion = 'r';
        }
        return new FormattedValue(SpanOf(token.StartIndex + fieldStart, token.StartIndex + j), value, conversion, spec);
    }

    /// <summary>Where the expression of a field ends: a top-level '}', '!', ':' or '=' outside brackets and strings.</summary>
    int FindExpressionEnd(IToken token, int i, int end)
    {
        string text = TextOf(token);
        int depth = 0;
        for (int j = i; j < end; j++)
        {
            char c = text[j];
            switch (c)
            {
                case '\\':
                    throw FStringError(token, "f-string expression part cannot include a backslash");
                case '#':
                    throw FStringError(token, "f-string expression part cannot include '#'");
                case '\'' or '"':
                    bool triple = j + 2 < end && text[j + 1] == c && text[j + 2] == c;
                    string close = triple ? new string(c, 3) : c.ToString();
                    int after = text.IndexOf(close, j + close.Length, end - (j + close.Length), StringComparison.Ordinal);
                    if (after < 0) throw FStringError(token, "f-string: unterminated string");
                    j = after + close.Length - 1;
                    continue;
                case '(' or '[' or '{':
                    depth++;
                    continue;
                case ')' or ']':
                    if (depth == 0) throw FStringError(token, $"f-string: unmatched '{c}'");
                    depth--;
                    continue;
                case '}':
                    if (depth == 0) return j;
                    depth--;
                    continue;
            }
            if (depth > 0) continue;
            char next = j + 1 < end ? text[j + 1] : '\0';
            char previous = j > i ? text[j - 1] : '\0';
            if (c == '!' && next != '=') return j;
            if (c == ':') return j;
            if (c == '=' && next != '=' && previous is not ('=' or '!' or '<' or '>')) return j;
        }
        throw FStringError(token, "f-string: expecting '}'");
    }

    // CPython 3.11 reports errors found while splitting an f-string at the end of the string token.
    SyntaxErrorException FStringError(IToken token, string message) =>
        Error(SpanOf(token.StopIndex + 1, token.StopIndex + 1), message);

    /// <summary>Parses a field's expression as CPython 3.11 does: as "(" + text + ")".</summary>
    Expr FieldExpression(int relativeStart, string expressionText)
    {
        int absoluteStart = relativeStart + _offsetDelta;
        var run = ParserDriver.Run("(" + expressionText + ")", p => p.fstring_expr());
        if (run.Error is { } error)
        {
            int at = absoluteStart - 1 + Math.Clamp(error.Start, 0, expressionText.Length + 1);
            throw new SyntaxErrorException(Diagnostics.DiagnosticCodes.SyntaxError.At(_source.Span(at, at + Math.Max(0, error.End - error.Start)), "f-string: " + error.Message));
        }
        var tree = (Fstring_exprContext)run.Tree!;
        var builder = new AstBuilder(_source, run.Tokens, absoluteStart - 1);
        return tree.yield_expr() is { } y ? builder.YieldExpression(y) : builder.StarExpressions(tree.star_expressions());
    }
}
