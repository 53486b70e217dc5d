using Py2Cs.Emit.Types;
using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Inference;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

sealed partial class BodyEmitter
{
    /// <summary>In an async generator body: the name of the yield channel the body awaits.</summary>
    string? _yieldChannel;

    // async def ticks(n):              static AsyncGenerator<long> ticks(long n)
    //     yield n                      {
    //                                      return new AsyncGenerator<long>(async y =>
    //                                      {
    //                                          await y.Yield(n);
    //                                      }, "ticks");
    //                                  }
    // (docs in Py2Cs.Runtime/Asyncio/AsyncGenerator.cs). With @asynccontextmanager the generator is
    // wrapped: return contextlib.asynccontextmanager(new AsyncGenerator<T>(...)).
    static bool IsAsyncContextManager(FunctionInfo f) => f.IsAsyncGenerator && TypeInferrer.IsDecorated(f, "asynccontextmanager");

    /// <summary>Reserves the yield channel's name before the body is emitted.</summary>
    void BeginAsyncGenerator(FunctionInfo f)
    {
        if (f.IsAsyncGenerator) _yieldChannel = Temp("y");
        else if (f.IsGenerator) _yieldChannel = Temp("g");
    }

    /// <summary>The method body that returns the generator whose coroutine runs <paramref name="statements"/>.</summary>
    BlockSyntax AsyncGeneratorBody(FunctionInfo f, List<StatementSyntax> statements)
    {
        var lambda = SimpleLambdaExpression(Parameter(Identifier(_yieldChannel!)))
            .WithAsyncKeyword(Token(SyntaxKind.AsyncKeyword))
            .WithBlock(SyntaxFactory.Block(statements));
        ExpressionSyntax generator = ObjectCreationExpression(TypeMapper.Map(new AsyncGeneratorType(f.YieldType)))
            .WithArgumentList(ArgumentList(SeparatedList([Argument(lambda),
                // The function's qualified name, which CPython copies onto each generator (__name__, __qualname__, repr).
                Argument(LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(f.QualName)))])));
        if (IsAsyncContextManager(f))
            generator = InvocationExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IdentifierName("contextlib"), IdentifierName("asynccontextmanager")))
                .WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(generator))));
        return SyntaxFactory.Block(ReturnStatement(generator));
    }

    static bool IsAsyncContextManagerDecorator(Expr d) => d is Name { Id: "asynccontextmanager" } or Attribute { Attr: "asynccontextmanager" };

    /// <summary>Checks a module-level or nested function's decorators against what the emitter lowers: only
    /// @asynccontextmanager on an async generator (any other decorator would be silently dropped).</summary>
    void CheckFunctionDecorators(FunctionInfo f)
    {
        if (f.DecoratorsApplied) return;
        foreach (var d in f.Node.DecoratorList)
        {
            if (!IsAsyncContextManagerDecorator(d))
                _module.Unsupported(d, "this decorator");
            else if (!f.IsAsyncGenerator)
                _module.Unsupported(d, "@asynccontextmanager on something that is not an async generator");
        }
    }

    // yield v   becomes   await y.Yield(v)   (its value is what asend passed in, else null)
    ExpressionSyntax YieldValue(Yield y)
    {
        if (_function is { IsGenerator: true, IsAsyncGenerator: false } && _yieldChannel is not null) return GeneratorYieldValue(y);
        if (_function is not { IsAsyncGenerator: true } f || _yieldChannel is null) return Unsupported(y);
        var value = y.Value is null ? LiteralExpression(SyntaxKind.NullLiteralExpression) : ExprAs(y.Value, f.YieldType);
        return AwaitExpression(InvocationExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression,
            IdentifierName(_yieldChannel), IdentifierName("Yield"))).WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(value)))));
    }
}
