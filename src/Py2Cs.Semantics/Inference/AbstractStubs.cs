using Py2Cs.Syntax.Ast;

namespace Py2Cs.Semantics.Inference;

/// <summary>
/// <c>@abstractmethod def area(self) -> float: ...</c> (or a docstring, or <c>pass</c>): a declaration whose
/// body only stands in for the subclasses' overrides. Falling off its end is not a return of None that the
/// result type must hold: the overrides give the values, and the C# override needs the same result type.
/// </summary>
public static class AbstractStubs
{
    public static bool IsAbstractStub(FunctionDef f) =>
        f.DecoratorList.Any(d => d is Name { Id: "abstractmethod" } or Attribute { Attr: "abstractmethod" })
        && f.Body.All(s => s is Pass or ExprStmt { Value: Constant });
}
