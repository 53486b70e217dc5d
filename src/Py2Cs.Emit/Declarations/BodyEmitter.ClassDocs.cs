using Py2Cs.Syntax.Ast;
using Py2Cs.Semantics.Binding;

namespace Py2Cs.Emit;

// class Limiter:
//     """Leaky rate limiter."""     becomes   [PyDoc("Leaky rate limiter.")] public class Limiter ...
// when the program reads __doc__ anywhere (Limiter.__doc__, getattr(obj, "__doc__")): the runtime answers
// a class's __doc__ from the attribute. Programs that never read it keep their C# free of the copy.
sealed partial class BodyEmitter
{
    AttributeListSyntax? DocAttribute(ClassInfo cls) =>
        _module.ReadsDocstrings && cls.Node.Docstring is { } doc
            ? AttributeList(SingletonSeparatedList(SyntaxFactory.Attribute(IdentifierName("PyDoc")).WithArgumentList(AttributeArgumentList(
                SingletonSeparatedList(AttributeArgument(LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(doc))))))))
            : null;
}
