namespace Py2Cs.Emit.Layout;

/// <summary>
/// How many line breaks go between two adjacent tokens: 0 (same line), 1 (next line) or 2 (a blank
/// line between, after a member with a body). Braces of blocks and types get lines of their own;
/// initializers get a line per element unless they sit in an argument; <c>{ get; set; }</c> and
/// interpolation holes stay on one line.
/// </summary>
static class LineBreaks
{
    public static int Between(SyntaxToken current, SyntaxToken next)
    {
        if (next.IsKind(SyntaxKind.CloseBraceToken))
        {
            if (Initializers.IsInlineAccessorList(current.Parent?.Parent)) return 0;
            if (Initializers.IsMultiLine(next.Parent)) return 1;
        }
        switch (current.Kind())
        {
            case SyntaxKind.OpenBraceToken:
                return current.Parent is PropertyPatternClauseSyntax or InterpolationSyntax
                    || Initializers.IsInlineAccessorList(current.Parent) || Initializers.IsSingleLine(current.Parent) ? 0 : 1;
            case SyntaxKind.FinallyKeyword:
                return 1;
            case SyntaxKind.CloseBraceToken:
                return AfterCloseBrace(current, next);
            case SyntaxKind.CloseParenToken:
                if (current.Parent is PositionalPatternClauseSyntax) return 0;
                if (next.IsKind(SyntaxKind.OpenBraceToken) && Initializers.IsSingleLine(next.Parent)) return 0;
                // `if (c)` and kin: the embedded statement goes on the next line.
                return (current.Parent is StatementSyntax && next.Parent != current.Parent)
                    || next.Kind() is SyntaxKind.OpenBraceToken or SyntaxKind.WhereKeyword ? 1 : 0;
            case SyntaxKind.CloseBracketToken when current.Parent is AttributeListSyntax && current.Parent.Parent is not ParameterSyntax:
                return 1;
            case SyntaxKind.SemicolonToken:
                return AfterSemicolon(current, next);
            case SyntaxKind.CommaToken:
                if (Initializers.IsInitializer(current.Parent) && !Initializers.InSingleLineContext(next.Parent)) return 1;
                return current.Parent is EnumDeclarationSyntax or SwitchExpressionSyntax ? 1 : 0;
            case SyntaxKind.ElseKeyword:
                return next.IsKind(SyntaxKind.IfKeyword) ? 0 : 1;
            case SyntaxKind.ColonToken when current.Parent is LabeledStatementSyntax or SwitchLabelSyntax:
                return 1;
            case SyntaxKind.SwitchKeyword when current.Parent is SwitchExpressionSyntax:
                return 1;
        }
        if (StartsQueryClause(next)) return 1;
        return next.Kind() switch
        {
            SyntaxKind.OpenBraceToken => next.Parent is InterpolationSyntax or PropertyPatternClauseSyntax
                || Initializers.IsInlineAccessorList(next.Parent) || Initializers.IsSingleLine(next.Parent) ? 0 : 1,
            SyntaxKind.CloseBraceToken => next.Parent is InterpolationSyntax or PropertyPatternClauseSyntax
                || Initializers.IsSingleLine(next.Parent) ? 0 : 1,
            SyntaxKind.ElseKeyword or SyntaxKind.FinallyKeyword => 1,
            SyntaxKind.OpenBracketToken => next.Parent is AttributeListSyntax && next.Parent.Parent is not ParameterSyntax ? 1 : 0,
            SyntaxKind.WhereKeyword => current.Parent is TypeParameterListSyntax ? 1 : 0,
            _ => 0,
        };
    }

    /// <summary>Each clause of a query expression (<c>from</c>, <c>where</c>, <c>select</c>...) starts a line.</summary>
    public static bool StartsQueryClause(SyntaxToken next) => (next.Kind(), next.Parent) switch
    {
        (SyntaxKind.FromKeyword, FromClauseSyntax) or (SyntaxKind.LetKeyword, LetClauseSyntax)
            or (SyntaxKind.WhereKeyword, WhereClauseSyntax) or (SyntaxKind.JoinKeyword, JoinClauseSyntax)
            or (SyntaxKind.OrderByKeyword, OrderByClauseSyntax) or (SyntaxKind.SelectKeyword, SelectClauseSyntax)
            or (SyntaxKind.GroupKeyword, GroupClauseSyntax) => true,
        _ => false,
    };

    /// <summary>The query expression whose clause <paramref name="keyword"/> starts.</summary>
    public static QueryExpressionSyntax? QueryOf(SyntaxToken keyword)
    {
        for (var at = keyword.Parent?.Parent; at is not null; at = at.Parent)
            if (at is QueryExpressionSyntax query) return query;
            else if (at is not (QueryBodySyntax or QueryContinuationSyntax)) return null;
        return null;
    }

    static int AfterCloseBrace(SyntaxToken current, SyntaxToken next)
    {
        var parent = current.Parent;
        if (parent is SwitchExpressionSyntax or PropertyPatternClauseSyntax or InterpolationSyntax
            || parent?.Parent is AnonymousFunctionExpressionSyntax
            || parent is AccessorListSyntax { Parent: PropertyDeclarationSyntax { Initializer: not null } }
            || next.Kind() is SyntaxKind.CommaToken or SyntaxKind.SemicolonToken
            || next.Parent is MemberAccessExpressionSyntax or BracketedArgumentListSyntax
            || Initializers.IsSingleLine(parent))
            return 0;
        // One-line properties stay together.
        if (parent?.Parent is PropertyDeclarationSyntax property && IsOneLine(property) && next.Parent is PropertyDeclarationSyntax following && IsOneLine(following))
            return 1;
        return next.Kind() switch
        {
            SyntaxKind.EndOfFileToken or SyntaxKind.CloseBraceToken or SyntaxKind.CatchKeyword or SyntaxKind.FinallyKeyword or SyntaxKind.ElseKeyword => 1,
            SyntaxKind.WhileKeyword when next.Parent is DoStatementSyntax => 1,
            _ => 2,
        };
    }

    static int AfterSemicolon(SyntaxToken current, SyntaxToken next)
    {
        if (current.Parent is ForStatementSyntax) return 0;
        if (next.IsKind(SyntaxKind.CloseBraceToken)) return 1;
        if (current.Parent is UsingDirectiveSyntax) return next.Parent is UsingDirectiveSyntax ? 1 : 2;
        if (current.Parent is AccessorDeclarationSyntax && Initializers.IsInlineAccessorList(current.Parent.Parent)) return 0;
        if (current.Parent is PropertyDeclarationSyntax property)
            return IsOneLine(property) && next.Parent is PropertyDeclarationSyntax following && IsOneLine(following) ? 1 : 2;
        return 1;
    }

    static bool IsOneLine(PropertyDeclarationSyntax property) =>
        property.AccessorList is null || Initializers.IsInlineAccessorList(property.AccessorList);
}
