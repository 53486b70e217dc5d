using Py2Cs.Emit.Types;
using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Types;

namespace Py2Cs.Emit;

// A generator function becomes a method that returns a Python generator object (the runtime's
// PyGenerator) over a C# iterator local function holding the body:
//     static PyGenerator<object?> evens(long limit)
//     {
//         return new PyGenerator<object?>("evens", generator());
//         IEnumerable<object?> generator() { ...the body, yield return... }
//     }
// A bare C# iterator is not a Python generator: next(g) after storing it, or list(g) after a
// next(g), would start it over (GetEnumerator hands out a fresh copy) where Python continues it.
sealed partial class BodyEmitter
{
    static TypeSyntax GeneratorObjectType =>
        GenericName(Identifier(nameof(Py2Cs.Runtime.PyGenerator<object>)))
            .WithTypeArgumentList(TypeArgumentList(SingletonSeparatedList(GeneratorItemType)));

    static TypeSyntax GeneratorItemType => TypeMapper.ObjectSyntax;

    BlockSyntax GeneratorBody(FunctionInfo f, List<StatementSyntax> statements)
    {
        string bodyName = _usedNames.Contains("generator") ? "generator_" : "generator";
        _usedNames.Add(bodyName);
        var iterator = LocalFunctionStatement(TypeMapper.Map(new IterableType(PyType.Object)), Identifier(bodyName))
            .WithBody(SyntaxFactory.Block(statements));
        var make = ObjectCreationExpression(GeneratorObjectType)
            .WithArgumentList(ArgumentList(SeparatedList([
                Argument(StringLit(QualifiedName(f))),
                Argument(InvocationExpression(IdentifierName(bodyName))),
            ])));
        return SyntaxFactory.Block(ReturnStatement(make), iterator);
    }
}
