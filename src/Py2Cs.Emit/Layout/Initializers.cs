namespace Py2Cs.Emit.Layout;

/// <summary>
/// Whether an initializer (<c>{ ... }</c> after <c>new X()</c>) is written on one line: inside an
/// argument, an attribute argument or an interpolation hole it is (such initializers are small), as
/// part of a statement or member it gets a line per element.
/// </summary>
static class Initializers
{
    /// <summary>True when <paramref name="node"/> sits in an argument before any enclosing statement or member.</summary>
    public static bool InSingleLineContext(SyntaxNode? node)
    {
        for (var at = node?.Parent; at is not null; at = at.Parent)
        {
            if (at is InterpolationSyntax or AttributeArgumentSyntax or ArgumentSyntax) return true;
            if (at is StatementSyntax or MemberDeclarationSyntax) return false;
        }
        return false;
    }

    public static bool IsInitializer(SyntaxNode? node) => node is InitializerExpressionSyntax or AnonymousObjectCreationExpressionSyntax;

    public static bool IsSingleLine(SyntaxNode? node) => IsInitializer(node) && InSingleLineContext(node);

    public static bool IsMultiLine(SyntaxNode? node) => IsInitializer(node) && !InSingleLineContext(node);

    /// <summary><c>{ get; set; }</c>: an accessor list written on one line.</summary>
    public static bool IsInlineAccessorList(SyntaxNode? node) =>
        node is AccessorListSyntax list && list.Accessors.All(a => a.Body is null);
}
