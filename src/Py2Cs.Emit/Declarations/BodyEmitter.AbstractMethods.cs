using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

/// <summary>
/// <c>@abstractmethod def m(self)</c> becomes the method with <c>[AbstractMethod]</c>: the runtime's
/// <c>abc.ABC</c> constructor finds the marked methods a class leaves undefined and raises CPython's
/// TypeError. The body is kept (a subclass may call it through super()).
/// </summary>
sealed partial class BodyEmitter
{
    static bool IsAbstractMethodDecorator(Expr d) => d is Name { Id: "abstractmethod" } or Attribute { Attr: "abstractmethod" };

    static MethodDeclarationSyntax MarkAbstract(MethodDeclarationSyntax method, Semantics.Binding.FunctionInfo f) =>
        f.Node.DecoratorList.Any(IsAbstractMethodDecorator) ? method.AddAttributeLists(AbstractMethodAttributeList()) : method;

    /// <summary><c>[AbstractMethod]</c>, on a method or on an abstract @property.</summary>
    static AttributeListSyntax AbstractMethodAttributeList() =>
        AttributeList(SingletonSeparatedList(SyntaxFactory.Attribute(IdentifierName(nameof(global::Py2Cs.Runtime.AbstractMethodAttribute).Replace("Attribute", "")))));
}
