namespace Py2Cs.Emit.Layout;

/// <summary>
/// Whether a space goes between two tokens on one line, the way C# is usually written: around
/// binary and assignment operators, <c>=&gt;</c> and the conditional operator, after commas and
/// colons, between words, after a keyword (but <c>this.</c>, <c>new()</c>, <c>typeof(</c>), inside
/// one-line initializers and accessor lists; nowhere else.
/// </summary>
static class Spacing
{
    public static bool Needed(SyntaxToken token, SyntaxToken next)
    {
        if (token.Parent is not { } parent || next.Parent is not { } nextParent) return false;
        var kind = token.Kind();
        var nextKind = next.Kind();

        if (Initializers.IsInlineAccessorList(nextParent) || Initializers.IsInlineAccessorList(nextParent.Parent))
            return nextKind != SyntaxKind.SemicolonToken;
        if (parent is AssignmentExpressionSyntax && IsAssignmentOperator(kind) || nextParent is AssignmentExpressionSyntax && IsAssignmentOperator(nextKind)
            || parent is BinaryExpressionSyntax && IsBinaryOperator(kind) || nextParent is BinaryExpressionSyntax && IsBinaryOperator(nextKind))
            return true;
        if (kind == SyntaxKind.GreaterThanToken && parent is TypeArgumentListSyntax && !SyntaxFacts.IsPunctuation(nextKind)) return true;
        // `f(a, b)`, but `typeof(PyDict<,>)`, `new int[,]`.
        if (kind == SyntaxKind.CommaToken)
            return nextKind is not (SyntaxKind.CommaToken or SyntaxKind.GreaterThanToken or SyntaxKind.CloseBracketToken) && parent is not EnumDeclarationSyntax;
        if (kind == SyntaxKind.SemicolonToken) return nextKind is not (SyntaxKind.SemicolonToken or SyntaxKind.CloseParenToken);
        if (nextKind == SyntaxKind.SwitchKeyword && nextParent is SwitchExpressionSyntax) return true;
        if (kind == SyntaxKind.QuestionToken)
        {
            if (parent is ConditionalExpressionSyntax) return true;
            // `object? x`, but `object?)`, `object?[]`, `PyList<object?>`.
            if (parent is NullableTypeSyntax) return IsWord(nextKind);
        }
        if (kind == SyntaxKind.ColonToken) return parent is not (InterpolationFormatClauseSyntax or XmlPrefixSyntax);
        if (nextKind == SyntaxKind.ColonToken && nextParent is BaseListSyntax or TypeParameterConstraintClauseSyntax or ConstructorInitializerSyntax)
            return true;
        if (kind == SyntaxKind.CloseBracketToken && IsWord(nextKind)) return true;
        // `(a) is null`, `catch (E e) when`, `} select`; but a cast hugs what it casts: `(long)x`.
        if (kind is SyntaxKind.CloseParenToken or SyntaxKind.CloseBraceToken && IsWord(nextKind) && parent is not (CastExpressionSyntax or InterpolationSyntax)) return true;
        // `null!`, `i++`: a postfix operator hugs its operand.
        if (nextParent is PostfixUnaryExpressionSyntax && nextKind is SyntaxKind.ExclamationToken or SyntaxKind.PlusPlusToken or SyntaxKind.MinusMinusToken)
            return false;
        // `var (a, b) in pairs`
        if (nextKind == SyntaxKind.OpenParenToken && nextParent is ParenthesizedVariableDesignationSyntax) return true;
        if (nextKind is SyntaxKind.QuestionToken or SyntaxKind.ColonToken && nextParent is ConditionalExpressionSyntax) return true;
        if (kind == SyntaxKind.EqualsToken || nextKind == SyntaxKind.EqualsToken) return true;
        if (kind == SyntaxKind.EqualsGreaterThanToken || nextKind == SyntaxKind.EqualsGreaterThanToken) return true;
        // `[.. items]`: a spread element, as the IDE writes it.
        if (kind == SyntaxKind.DotDotToken && parent is SpreadElementSyntax) return true;
        if (Initializers.IsSingleLine(nextParent) && nextKind is SyntaxKind.OpenBraceToken or SyntaxKind.CloseBraceToken
            || Initializers.IsSingleLine(parent) && kind == SyntaxKind.OpenBraceToken)
            return true;
        if (IsKeyword(kind) && KeywordWantsSpaceBefore(kind, next)) return true;
        if (IsWord(kind) && IsWord(nextKind)) return true;
        if (token.Span.Length > 1 && next.Span.Length > 1 && token.Text[^1] == next.Text[0] && token.Text[^1] is '+' or '-' or '<' or ':' or '?' or '=' or '"')
            return true;
        if (parent is RelationalPatternSyntax) return true;
        if (nextKind is SyntaxKind.AndKeyword or SyntaxKind.OrKeyword || kind is SyntaxKind.AndKeyword or SyntaxKind.OrKeyword or SyntaxKind.NotKeyword)
            return true;
        return PatternNeedsSpace(token, next);
    }

    /// <summary>A keyword is followed by a space except before punctuation that hugs it:
    /// <c>this.x</c>, <c>default:</c>, <c>int?</c>, <c>string[]</c>, <c>new()</c>, <c>typeof(</c>.</summary>
    static bool KeywordWantsSpaceBefore(SyntaxKind keyword, SyntaxToken next) => next.Kind() switch
    {
        SyntaxKind.ColonToken or SyntaxKind.DotToken or SyntaxKind.QuestionToken or SyntaxKind.SemicolonToken
            or SyntaxKind.OpenBracketToken or SyntaxKind.CloseBracketToken or SyntaxKind.CloseParenToken or SyntaxKind.CloseBraceToken
            or SyntaxKind.ColonColonToken or SyntaxKind.GreaterThanToken or SyntaxKind.CommaToken => false,
        SyntaxKind.OpenParenToken => next.Parent is TupleTypeSyntax || keyword is not (SyntaxKind.TypeOfKeyword or SyntaxKind.DefaultKeyword
            or SyntaxKind.NewKeyword or SyntaxKind.BaseKeyword or SyntaxKind.ThisKeyword or SyntaxKind.CheckedKeyword
            or SyntaxKind.UncheckedKeyword or SyntaxKind.SizeOfKeyword or SyntaxKind.ArgListKeyword),
        _ => true,
    };

    /// <summary><c>x is Point { X: 0 } p</c>: spaces inside a property pattern's braces and around it.</summary>
    static bool PatternNeedsSpace(SyntaxToken token, SyntaxToken next)
    {
        if (token.Parent is PropertyPatternClauseSyntax || next.Parent is PropertyPatternClauseSyntax)
        {
            var clause = (token.Parent as PropertyPatternClauseSyntax ?? next.Parent as PropertyPatternClauseSyntax)!;
            if (token.IsKind(SyntaxKind.OpenBraceToken) && token.Parent == clause || next.IsKind(SyntaxKind.CloseBraceToken) && next.Parent == clause) return true;
            if (clause.Parent is RecursivePatternSyntax recursive)
            {
                if (next.IsKind(SyntaxKind.OpenBraceToken) && next.Parent == clause) return recursive.Type is not null || recursive.PositionalPatternClause is not null;
                if (token.IsKind(SyntaxKind.CloseBraceToken) && token.Parent == clause) return recursive.Designation is not null;
            }
        }
        if (token.IsKind(SyntaxKind.CloseParenToken) && token.Parent is PositionalPatternClauseSyntax { Parent: RecursivePatternSyntax positional })
            return positional.PropertyPatternClause is null && positional.Designation is not null;
        if (next.IsKind(SyntaxKind.OpenBracketToken) && next.Parent is ListPatternSyntax) return true;
        if (token.IsKind(SyntaxKind.CloseBracketToken) && token.Parent is ListPatternSyntax list) return list.Designation is not null;
        return false;
    }

    static bool IsAssignmentOperator(SyntaxKind kind) => SyntaxFacts.GetAssignmentExpression(kind) != SyntaxKind.None;

    static bool IsBinaryOperator(SyntaxKind kind) =>
        kind is not (SyntaxKind.DotToken or SyntaxKind.MinusGreaterThanToken) && SyntaxFacts.GetBinaryExpression(kind) != SyntaxKind.None;

    static bool IsKeyword(SyntaxKind kind) => SyntaxFacts.IsKeywordKind(kind);

    /// <summary>Tokens two of which in a row need a space to stay apart: names, keywords, literals.</summary>
    static bool IsWord(SyntaxKind kind) =>
        kind is SyntaxKind.IdentifierToken or SyntaxKind.NumericLiteralToken or SyntaxKind.StringLiteralToken or SyntaxKind.CharacterLiteralToken
            or SyntaxKind.InterpolatedStringEndToken or SyntaxKind.InterpolatedRawStringEndToken or SyntaxKind.SingleLineRawStringLiteralToken
            or SyntaxKind.MultiLineRawStringLiteralToken or SyntaxKind.Utf8StringLiteralToken
        || SyntaxFacts.IsKeywordKind(kind);
}
