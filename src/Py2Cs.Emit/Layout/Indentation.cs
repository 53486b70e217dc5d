namespace Py2Cs.Emit.Layout;

/// <summary>How deep a node is indented, from its parent's depth: members, statements, switch
/// sections and query expressions one level deeper than what contains them, the rest at their
/// parent's level.</summary>
static class Indentation
{
    /// <param name="lineDepth">The depth of the line being written when the node starts: a lambda's
    /// block is indented from the line its <c>=&gt;</c> is on, not from the lambda's place in the tree.</param>
    public static int Of(SyntaxNode node, int parentDepth, int lineDepth)
    {
        var parent = node.Parent;
        switch (parent)
        {
            case null or CompilationUnitSyntax: return 0;
            case GlobalStatementSyntax or FileScopedNamespaceDeclarationSyntax: return parentDepth;
            case ElseClauseSyntax when node is IfStatementSyntax: return parentDepth;
            case AnonymousFunctionExpressionSyntax when node is BlockSyntax: return lineDepth;
            case BlockSyntax: return parentDepth + 1;
        }
        if ((parent is InitializerExpressionSyntax or AnonymousObjectMemberDeclaratorSyntax) && !Initializers.InSingleLineContext(parent))
            return parentDepth + 1;
        return node switch
        {
            // using (a) using (b) body: a chain of using statements shares one level.
            UsingStatementSyntax when parent is UsingStatementSyntax => parentDepth,
            StatementSyntax and not BlockSyntax => parentDepth + 1,
            MemberDeclarationSyntax or AccessorDeclarationSyntax or TypeParameterConstraintClauseSyntax or SwitchSectionSyntax
                or SwitchExpressionArmSyntax or UsingDirectiveSyntax or ExternAliasDirectiveSyntax or QueryExpressionSyntax
                or QueryContinuationSyntax => parentDepth + 1,
            _ => parentDepth,
        };
    }
}
