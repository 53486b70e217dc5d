using Py2Cs.Emit.Types;
using Py2Cs.Semantics.Library;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

sealed partial class BodyEmitter
{
    // anext(it)            becomes  it.__anext__()
    // anext(it, default)   becomes  an async lambda called at once (Python evaluates both arguments
    //                               before the step, and the default's type may differ from the items'):
    //   ((Func<Coroutine<T>>)(async () => { var i = it; var d = default;
    //       try { return await i.__anext__(); } catch (StopAsyncIteration) { return d; } }))()
    // aiter(it)            becomes  it (an async generator) or it.__aiter__() (a program class)
    // Of a value not known to be an async iterator, both become AsyncBuiltins.anext(it[, default]) /
    // AsyncBuiltins.aiter(it): the runtime's protocol, with CPython's TypeErrors.
    ExpressionSyntax AnextCall(Call c)
    {
        if (c.Keywords.Length > 0 || c.Args.Length is < 1 or > 2 || c.Args.Any(a => a is Starred)) return UnsupportedCall(c, "this form of anext()");
        var source = c.Args[0];
        // A value not known to be an async iterator: the runtime's protocol asks it for __anext__.
        if (TypeOf(source) is not (AsyncGeneratorType or InstanceType))
            return Runtime(nameof(Py2Cs.Runtime.AsyncBuiltins), nameof(Py2Cs.Runtime.AsyncBuiltins.anext), [.. c.Args.Select(DynamicArgument)]);
        var element = LibraryCatalog.AsyncElementOf(TypeOf(source));
        ExpressionSyntax Next(ExpressionSyntax iterator) =>
            InvocationExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, Operand(iterator), IdentifierName("__anext__")));
        if (c.Args.Length == 1) return Next(Expr(source));

        var result = TypeOf(c) is CoroutineType { Result: var r } ? r : PyType.Object;
        string iterator = Temp("iterator"), fallback = Temp("fallback");
        var body = SyntaxFactory.Block(
            VarDeclaration(iterator, Expr(source)),
            VarDeclaration(fallback, ExprAs(c.Args[1], result), TypeMapper.Map(result)),
            TryStatement(
                SyntaxFactory.Block(ReturnStatement(Coerce(AwaitExpression(Next(IdentifierName(iterator))), element, result))),
                SingletonList(CatchClause().WithDeclaration(CatchDeclaration(IdentifierName("StopAsyncIteration")))
                    .WithBlock(SyntaxFactory.Block(ReturnStatement(IdentifierName(fallback))))),
                null));
        var lambda = ParenthesizedLambdaExpression().WithAsyncKeyword(Token(SyntaxKind.AsyncKeyword)).WithBlock(body);
        var delegateType = GenericName(Identifier("Func")).WithTypeArgumentList(TypeArgumentList(SingletonSeparatedList(TypeMapper.Map(new CoroutineType(result)))));
        return InvocationExpression(ParenthesizedExpression(CastExpression(delegateType, ParenthesizedExpression(lambda))));
    }

    ExpressionSyntax AiterCall(Call c)
    {
        if (c.Keywords.Length > 0 || c.Args.Length != 1 || c.Args[0] is Starred) return UnsupportedCall(c, "this form of aiter()");
        return AsyncIterator(c.Args[0], statement: false);
    }

    /// <summary>A method of an async generator object: __anext__, asend, athrow, aclose, __aiter__.</summary>
    ExpressionSyntax AsyncGeneratorMethodCall(Call c, Attribute attr)
    {
        if (c.Keywords.Length > 0 || c.Args.Any(a => a is Starred)) return UnsupportedCall(c, "this call form");
        return InvocationExpression(Member(Expr(attr.Value), attr.Attr)).WithArgumentList(ArgumentList(SeparatedList(c.Args.Select(a => Argument(Expr(a))))));
    }

    ExpressionSyntax UnsupportedCall(Call c, string what)
    {
        _module.Unsupported(c, what);
        return LiteralExpression(SyntaxKind.NullLiteralExpression);
    }
}
