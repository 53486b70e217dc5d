namespace Py2Cs.Emit;

/// <summary>Builds C# operator expressions with only the parentheses C#'s precedence needs.</summary>
static class Precedence
{
    public static BinaryExpressionSyntax Binary(SyntaxKind kind, ExpressionSyntax left, ExpressionSyntax right)
    {
        int p = Of(kind);
        return BinaryExpression(kind, Wrap(left, p, rightSide: false), Wrap(right, p, rightSide: true));
    }

    static ExpressionSyntax Wrap(ExpressionSyntax e, int parent, bool rightSide)
    {
        int child = e switch
        {
            BinaryExpressionSyntax b => Of(b.Kind()),
            IsPatternExpressionSyntax => 10,
            ConditionalExpressionSyntax => 2,
            AssignmentExpressionSyntax or LambdaExpressionSyntax or QueryExpressionSyntax => 1,
            _ => 100,
        };
        return child < parent || child == parent && rightSide ? ParenthesizedExpression(e) : e;
    }

    static int Of(SyntaxKind kind) => kind switch
    {
        SyntaxKind.MultiplyExpression or SyntaxKind.DivideExpression or SyntaxKind.ModuloExpression => 13,
        SyntaxKind.AddExpression or SyntaxKind.SubtractExpression => 12,
        SyntaxKind.LeftShiftExpression or SyntaxKind.RightShiftExpression => 11,
        SyntaxKind.LessThanExpression or SyntaxKind.GreaterThanExpression or SyntaxKind.LessThanOrEqualExpression
            or SyntaxKind.GreaterThanOrEqualExpression or SyntaxKind.IsExpression or SyntaxKind.AsExpression => 10,
        SyntaxKind.EqualsExpression or SyntaxKind.NotEqualsExpression => 9,
        SyntaxKind.BitwiseAndExpression => 8,
        SyntaxKind.ExclusiveOrExpression => 7,
        SyntaxKind.BitwiseOrExpression => 6,
        SyntaxKind.LogicalAndExpression => 5,
        SyntaxKind.LogicalOrExpression => 4,
        SyntaxKind.CoalesceExpression => 3,
        _ => 0,
    };
}
