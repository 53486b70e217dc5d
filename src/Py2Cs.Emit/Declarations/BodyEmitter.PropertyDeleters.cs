using Py2Cs.Semantics.Binding;

namespace Py2Cs.Emit;

sealed partial class BodyEmitter
{
    /// <summary>
    /// <c>@x.deleter def x(self)</c>: a C# property has no delete accessor, so the deleter becomes a method of
    /// the name <see cref="Py2Cs.Runtime.PropertyDeleters.MethodName"/> gives, which <c>Py.DelAttr</c> finds for <c>del obj.x</c>.
    /// </summary>
    MethodDeclarationSyntax PropertyDeleter(FunctionInfo deleter)
    {
        var (parameters, body) = EmitSignatureAndBody(deleter, skipSelf: true);
        return MethodDeclaration(ReturnTypeOf(deleter), Identifier(Py2Cs.Runtime.PropertyDeleters.MethodName(deleter.Name)))
            .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword)))
            .WithParameterList(parameters)
            .WithBody(body);
    }
}
