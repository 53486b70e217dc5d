using Py2Cs.Emit.Types;
using Py2Cs.Semantics.Library;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

sealed partial class BodyEmitter
{
    // async for TARGET in ITER: BODY [else: ORELSE]   becomes
    //   var iterator = ITER;                      (ITER.__aiter__() for a class that defines it)
    //   while (true)
    //   {
    //       T item;
    //       try { item = await iterator.__anext__(); }
    //       catch (StopAsyncIteration) { break; }
    //       TARGET = item; BODY
    //   }
    // which is what PEP 492 defines the statement to be; an else clause uses a "broke" flag, as a
    // plain for does (running out of items is not a break).
    IEnumerable<StatementSyntax> EmitAsyncFor(For f)
    {
        if (!IsAsync) { _module.Unsupported(f, "'async for' outside an async function"); return []; }
        var element = AsyncElementType(f.Iter);
        var iterable = AsyncIterator(f.Iter, statement: true);
        var result = new List<StatementSyntax>();
        var iterator = Temp("iterator");
        result.Add(VarDeclaration(iterator, iterable));
        var loop = new LoopContext { BrokeFlag = f.OrElse.Length > 0 ? Temp("broke") : null };
        var prologue = new List<StatementSyntax>();
        var variable = (DeclarationExpressionSyntax)ForTarget(f.Target, element, prologue);
        _loops.Push(loop);
        var body = EmitBlock(f.Body);
        _loops.Pop();
        if (loop.BrokeFlag is { } flag) result.Add(BoolLocal(flag));
        result.Add(AsyncForLoop(IdentifierName(iterator), element, variable, prologue.Concat(body), dynamic: !IsKnownAsyncIterable(TypeOf(f.Iter))));
        if (loop.BrokeFlag is { } f2)
            result.Add(IfStatement(PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, IdentifierName(f2)), Block(f.OrElse)));
        return result;
    }

    /// <summary>The while loop that pulls items with <c>await iterator.__anext__()</c> into
    /// <paramref name="variable"/> (<c>var x</c> or <c>var (a, b)</c>) and runs <paramref name="body"/>.</summary>
    StatementSyntax AsyncForLoop(ExpressionSyntax iterator, PyType element, DeclarationExpressionSyntax variable, IEnumerable<StatementSyntax> body, bool dynamic = false)
    {
        var statements = new List<StatementSyntax>();
        string item;
        if (variable.Designation is SingleVariableDesignationSyntax single) item = single.Identifier.ValueText;
        else item = Temp("item");
        statements.Add(LocalDeclarationStatement(VariableDeclaration(TypeMapper.Map(element))
            .WithVariables(SingletonSeparatedList(VariableDeclarator(Identifier(item))))));
        var next = AwaitExpression(dynamic
            ? Runtime(nameof(Py2Cs.Runtime.AsyncBuiltins), nameof(Py2Cs.Runtime.AsyncBuiltins.anext), iterator)
            : InvocationExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, iterator, IdentifierName("__anext__"))));
        statements.Add(TryStatement(
            SyntaxFactory.Block(ExpressionStatement(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, IdentifierName(item), next))),
            SingletonList(CatchClause().WithDeclaration(CatchDeclaration(IdentifierName("StopAsyncIteration"))).WithBlock(SyntaxFactory.Block(BreakStatement()))),
            null));
        if (variable.Designation is ParenthesizedVariableDesignationSyntax)
            statements.Add(ExpressionStatement(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, variable, IdentifierName(item))));
        statements.AddRange(body);
        return WhileStatement(LiteralExpression(SyntaxKind.TrueLiteralExpression), SyntaxFactory.Block(statements));
    }

    /// <summary>What <c>async for</c> binds for this iterable (the awaited result of <c>__anext__</c>).</summary>
    PyType AsyncElementType(Expr iter) => LibraryCatalog.AsyncElementOf(TypeOf(iter));

    /// <summary>The async iterator of an <c>async for</c> (or of <c>aiter()</c>): an async generator is its own;
    /// a program class or a runtime class (a stream) is asked with <c>__aiter__()</c>. Anything else is asked at
    /// run time, through the runtime's async-iteration protocol, which raises CPython's TypeError.</summary>
    ExpressionSyntax AsyncIterator(Expr iter, bool statement)
    {
        var type = TypeOf(iter);
        if (type is AsyncGeneratorType) return Expr(iter);
        if (IsKnownAsyncIterable(type))
            return InvocationExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, Operand(Expr(iter)), IdentifierName("__aiter__")));
        return Runtime(nameof(Py2Cs.Runtime.AsyncBuiltins),
            statement ? nameof(Py2Cs.Runtime.AsyncBuiltins.AsyncForIterator) : nameof(Py2Cs.Runtime.AsyncBuiltins.aiter), Expr(iter));
    }

    /// <summary>Whether the async iterator of a value of this type, and its <c>__anext__</c>, are known statically.</summary>
    static bool IsKnownAsyncIterable(PyType type) => type switch
    {
        AsyncGeneratorType => true,
        InstanceType it => it.Class.FindMethod("__aiter__") is { IsAsync: false, ReturnType: InstanceType iterator }
                           && iterator.Class.FindMethod("__anext__") is { IsAsync: true },
        LibraryInstanceType l => LibraryCatalog.AsyncIteratorOf(l) is not null,
        _ => false,
    };
}
