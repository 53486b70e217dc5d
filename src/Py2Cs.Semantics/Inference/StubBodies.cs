using Py2Cs.Syntax.Ast;

namespace Py2Cs.Semantics.Inference;

/// <summary>
/// A body that only stands in for one defined elsewhere: a docstring, <c>...</c>, <c>pass</c> or a
/// <c>raise</c> (a Protocol method, an abstract method, <c>raise NotImplementedError</c>). Its falling
/// off the end says nothing about what the function returns: its annotation does.
/// </summary>
static class StubBodies
{
    public static bool IsStub(FunctionDef f) => f.Body.All(s => s switch
    {
        Pass or Raise => true,
        ExprStmt { Value: Constant { Kind: ConstantKind.Ellipsis or ConstantKind.Str } } => true,
        _ => false,
    });
}
