using Py2Cs.Semantics.Binding;

namespace Py2Cs.Emit;

// class Html:
//     class Tag: ...        becomes   [PyQualName("Html.Tag")] public class Tag ...
// A class nested in a class body is declared beside the outer class in C#, so the runtime reads its
// __qualname__ from the attribute (a top-level class's is its name).
sealed partial class BodyEmitter
{
    string? NestedQualName(ClassInfo cls)
    {
        var outer = _model.Tables.Classes.Values.FirstOrDefault(o => o.Node.Body.Any(s => ReferenceEquals(s, cls.Node)));
        if (outer is null) return null;
        return (NestedQualName(outer) ?? outer.Name) + "." + cls.Name;
    }

    static AttributeListSyntax QualNameAttribute(string qualName) =>
        AttributeList(SingletonSeparatedList(SyntaxFactory.Attribute(IdentifierName("PyQualName")).WithArgumentList(AttributeArgumentList(
            SingletonSeparatedList(AttributeArgument(LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(qualName))))))));
}
