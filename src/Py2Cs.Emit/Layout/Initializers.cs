namespace Py2Cs.Emit.Layout;

/// <summary>
/// Whether an initializer (<c>{ ... }</c> after <c>new X()</c>) is written on one line: inside an
/// argument, an attribute argument or an interpolation hole it is (such initializers are small), as
/// part of a statement or member it gets a line per element.
/// </summary>
static class Initializers
{
    /// <summary>True when <paramref name="node"/> sits in an argument, or in the parenthesised header of a
    /// statement (<c>foreach (var x in new[] { 1, 2 })</c>), before any enclosing statement or member.</summary>
    public static bool InSingleLineContext(SyntaxNode? node)
    {
        for (SyntaxNode? child = node, at = node?.Parent; at is not null; child = at, at = at.Parent)
        {
            if (at is InterpolationSyntax or AttributeArgumentSyntax or ArgumentSyntax) return true;
            if (at is StatementSyntax) return IsHeader(at, child);
            if (at is MemberDeclarationSyntax) return false;
        }
        return false;
    }

    // A statement's header sits between parentheses on the statement's first line; a line break per
    // element there would leave the closing parenthesis alone on a line.
    static bool IsHeader(SyntaxNode statement, SyntaxNode? child) => statement switch
    {
        ForEachStatementSyntax f => child == f.Expression,
        ForEachVariableStatementSyntax f => child == f.Expression,
        IfStatementSyntax i => child == i.Condition,
        WhileStatementSyntax w => child == w.Condition,
        SwitchStatementSyntax s => child == s.Expression,
        UsingStatementSyntax u => child == u.Expression,
        LockStatementSyntax l => child == l.Expression,
        _ => false,
    };

    public static bool IsInitializer(SyntaxNode? node) => node is InitializerExpressionSyntax or AnonymousObjectCreationExpressionSyntax;

    public static bool IsSingleLine(SyntaxNode? node) => IsInitializer(node) && InSingleLineContext(node);

    public static bool IsMultiLine(SyntaxNode? node) => IsInitializer(node) && !InSingleLineContext(node);

    /// <summary><c>{ get; set; }</c>: an accessor list written on one line.</summary>
    public static bool IsInlineAccessorList(SyntaxNode? node) =>
        node is AccessorListSyntax list && list.Accessors.All(a => a.Body is null);
}
