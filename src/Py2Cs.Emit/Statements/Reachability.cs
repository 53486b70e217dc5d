namespace Py2Cs.Emit;

/// <summary>
/// C#'s own rule for "the end of this block is reachable", approximated on the statements we
/// emit. Python lets a function fall off its end (returning None) where C# demands a return; a
/// return added where C# considers the end unreachable would be a warning, so both sides follow
/// C#'s definition, not Python's.
/// </summary>
static class Reachability
{
    public static bool EndReachable(IEnumerable<StatementSyntax> statements)
    {
        foreach (var s in statements)
            if (!EndReachable(s)) return false;
        return true;
    }

    public static bool EndReachable(StatementSyntax s) => s switch
    {
        ReturnStatementSyntax or ThrowStatementSyntax => false,
        YieldStatementSyntax y => !y.IsKind(SyntaxKind.YieldBreakStatement),
        BlockSyntax b => EndReachable(b.Statements),
        IfStatementSyntax i => i.Else is null || EndReachable(i.Statement) || EndReachable(i.Else.Statement),
        WhileStatementSyntax w => !IsTrue(w.Condition) || ContainsBreak(w.Statement),
        TryStatementSyntax t => (t.Finally is null || EndReachable(t.Finally.Block))
            && (EndReachable(t.Block) || t.Catches.Any(c => EndReachable(c.Block))),
        _ => true,
    };

    static bool IsTrue(ExpressionSyntax e) => e.IsKind(SyntaxKind.TrueLiteralExpression);

    /// <summary>A break that leaves this loop (not one of an inner loop).</summary>
    static bool ContainsBreak(SyntaxNode node) => node.DescendantNodesAndSelf(n => n == node || n is not (WhileStatementSyntax or ForEachStatementSyntax or ForEachVariableStatementSyntax or ForStatementSyntax or DoStatementSyntax or SwitchStatementSyntax or LocalFunctionStatementSyntax or LambdaExpressionSyntax))
        .OfType<BreakStatementSyntax>().Any();
}
