using Py2Cs.Semantics.Binding;

namespace Py2Cs.Emit;

// An `async def` becomes a method (or local function) that carries [PythonFunction("qualname", line)]:
// the runtime reads it for CPython's coroutine and task reprs
// (`coro=<boom() done, defined at prog.py:4>`) and for the coroutine's __qualname__.
sealed partial class BodyEmitter
{
    static SyntaxList<AttributeListSyntax> PythonFunctionAttributes(FunctionInfo f)
    {
        if (!f.IsAsync || f.IsGenerator) return default;
        var attribute = SyntaxFactory.Attribute(IdentifierName(nameof(global::Py2Cs.Runtime.PythonFunctionAttribute).Replace("Attribute", "")))
            .WithArgumentList(AttributeArgumentList(SeparatedList([
                AttributeArgument(LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(f.QualName))),
                AttributeArgument(LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(f.Node.Span.StartLine))),
            ])));
        return SingletonList(AttributeList(SingletonSeparatedList(attribute)));
    }
}
