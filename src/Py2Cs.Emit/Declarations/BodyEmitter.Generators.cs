using Py2Cs.Emit.Types;
using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// A generator function becomes a method that returns a Python generator object (the runtime's
// PyGenerator) whose body is an async lambda awaiting its yield channel at each yield:
//     def evens(limit):                    static PyGenerator<object?> evens(long limit)
//         for i in range(limit):           {
//             if i % 2 == 0:                   return new PyGenerator<object?>("evens", async g =>
//                 got = yield i                {
//         return "done"                            for (long i = 0; i < limit; i++)
//                                                      if (i % 2 == 0) { var got = await g.Yield(i); }
//                                                  g.Return("done");
//                                              });
//                                          }
// `yield from it` is `await g.YieldFrom(it)` (its value is the inner generator's return value).
// The lambda is a resumable body (runtime Generators/GeneratorBody.cs), not a task: nothing runs
// before the first next(), and await is allowed where C#'s `yield return` is not (try/catch), so
// send(), throw() and close() reach the paused yield exactly as in Python.
sealed partial class BodyEmitter
{
    static TypeSyntax GeneratorObjectType =>
        GenericName(Identifier(nameof(Py2Cs.Runtime.PyGenerator<object>)))
            .WithTypeArgumentList(TypeArgumentList(SingletonSeparatedList(GeneratorItemType)));

    static TypeSyntax GeneratorItemType => TypeMapper.ObjectSyntax;

    BlockSyntax GeneratorBody(FunctionInfo f, List<StatementSyntax> statements)
    {
        var lambda = SimpleLambdaExpression(Parameter(Identifier(_yieldChannel!)))
            .WithAsyncKeyword(Token(SyntaxKind.AsyncKeyword))
            .WithBlock(SyntaxFactory.Block(statements));
        var make = ObjectCreationExpression(GeneratorObjectType)
            .WithArgumentList(ArgumentList(SeparatedList([Argument(StringLit(QualifiedName(f))), Argument(lambda)])));
        return SyntaxFactory.Block(ReturnStatement(make));
    }

    // yield v   becomes   await g.Yield(v)   (its value is what send() passed, else None)
    ExpressionSyntax GeneratorYieldValue(Yield y) =>
        AwaitExpression(InvocationExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression,
            IdentifierName(_yieldChannel!), IdentifierName("Yield"))).WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(
                y.Value is null ? LiteralExpression(SyntaxKind.NullLiteralExpression) : ExprAs(y.Value, PyType.Object))))));

    // yield from it   becomes   await g.YieldFrom(it)   (its value is the inner generator's return value)
    ExpressionSyntax GeneratorYieldFrom(YieldFrom y)
    {
        if (_function is not { IsGenerator: true, IsAsyncGenerator: false } || _yieldChannel is null) return Unsupported(y);
        return AwaitExpression(InvocationExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression,
            IdentifierName(_yieldChannel), IdentifierName("YieldFrom"))).WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(
                ExprAs(y.Value, PyType.Object))))));
    }

    // return v   becomes   { g.Return(v); return; }   (StopIteration.value)
    StatementSyntax GeneratorReturn(Return r)
    {
        if (r.Value is null or Constant { Kind: ConstantKind.None }) return ReturnStatement();
        var record = ExpressionStatement(InvocationExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression,
            IdentifierName(_yieldChannel!), IdentifierName("Return"))).WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(
                ExprAs(r.Value, PyType.Object))))));
        return SyntaxFactory.Block(record, ReturnStatement());
    }
}
