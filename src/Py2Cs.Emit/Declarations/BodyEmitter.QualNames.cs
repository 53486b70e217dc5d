using Py2Cs.Semantics.Binding;

namespace Py2Cs.Emit;

// class Html:
//     class Tag: ...        becomes   [PyQualName("Html.Tag")] public class Tag ...
// A class nested in a class body is declared beside the outer class in C#, so the runtime reads its
// __qualname__ from the attribute (a top-level class's is its name; a class hoisted out of a function is main.<locals>.Node).
sealed partial class BodyEmitter
{
    string? NestedQualName(ClassInfo cls)
    {
        var parts = new List<string> { cls.Name };
        for (var scope = cls.Body.Parent!; scope.Kind != ScopeKind.Module; scope = scope.Parent!)
        {
            if (scope.Kind == ScopeKind.Class && scope.Class is { } outer) parts.Add(outer.Name);
            else if (scope.Kind == ScopeKind.Function && scope.Function is { } function) parts.Add(function.Name + ".<locals>");
        }
        if (parts.Count == 1) return null;
        parts.Reverse();
        return string.Join(".", parts);
    }

    static AttributeListSyntax QualNameAttribute(string qualName) =>
        AttributeList(SingletonSeparatedList(SyntaxFactory.Attribute(IdentifierName("PyQualName")).WithArgumentList(AttributeArgumentList(
            SingletonSeparatedList(AttributeArgument(LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(qualName))))))));
}
