using Py2Cs.Emit.Naming;
using Py2Cs.Emit.Types;
using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Library;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

sealed partial class BodyEmitter
{
    // async with EXPR as target: body   becomes
    //   var manager = EXPR;
    //   var target = await manager.__aenter__();
    //   var failed = false;
    //   try { body }
    //   catch (BaseException exc) { failed = true; if (!await manager.__aexit__(exc.GetType(), exc, null)) throw; }
    //   finally { if (!failed) await manager.__aexit__(null, null, null); }
    // which is Python's own definition of the statement (PEP 492); the sync form drops the awaits.
    IEnumerable<StatementSyntax> EmitWith(With w) => EmitWithItems(w, 0);

    IEnumerable<StatementSyntax> EmitWithItems(With w, int index)
    {
        if (index == w.Items.Length) return EmitBlock(w.Body);
        var item = w.Items[index];
        var managerType = TypeOf(item.ContextExpr);
        string enter = w.IsAsync ? "__aenter__" : "__enter__", exit = w.IsAsync ? "__aexit__" : "__exit__";
        var manager = Temp("manager");
        var failed = Temp("failed");
        var exc = Temp("exc");
        var result = new List<StatementSyntax> { VarDeclaration(manager, Expr(item.ContextExpr)) };

        // A manager whose type is not known statically (a file from open()) is asked by name at run time.
        bool dynamic = managerType is not (InstanceType or LibraryInstanceType);
        ExpressionSyntax Call(string method, params ExpressionSyntax[] args)
        {
            // def __aexit__(self, *exc): the three values it is called with are its *args tuple.
            if (!dynamic && managerType is InstanceType it && it.Class.FindMethod(method) is { Node.Args.VarArg: not null } variadic)
            {
                int fixedCount = Math.Max(0, variadic.Node.Args.PosOnlyArgs.Length + variadic.Node.Args.Args.Length - 1);
                args = [.. args.Take(fixedCount), ObjectCreationExpression(IdentifierName(nameof(Py2Cs.Runtime.PyTuple))).WithArgumentList(ArgumentList(SeparatedList(
                    args.Skip(fixedCount).Select(a => Argument(CastExpression(TypeMapper.ObjectSyntax, a))))))];
            }
            ExpressionSyntax call = dynamic
                ? Runtime("Py", "CallMethod", [IdentifierName(manager), StringLit(method), .. args.Select(a => a is LiteralExpressionSyntax ? CastExpression(TypeMapper.ObjectSyntax, a) : a)])
                : InvocationExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IdentifierName(manager), IdentifierName(method)))
                    .WithArgumentList(ArgumentList(SeparatedList(args.Select(Argument))));
            if (w.IsAsync && dynamic) call = Runtime(nameof(Py2Cs.Runtime.AsyncBuiltins), nameof(Py2Cs.Runtime.AsyncBuiltins.Await), call);
            return w.IsAsync ? AwaitExpression(call) : call;
        }

        var entered = Call(enter);
        // __enter__ returning self, on a subclass's instance: the C# method is typed by the class defining it.
        if (managerType is InstanceType self && self.Class.FindMethod(enter) is { ReturnType: InstanceType defined } m && defined != self && EnterType(managerType, w.IsAsync) == self)
            entered = Cast(entered, self);
        if (item.OptionalVars is null) result.Add(ExpressionStatement(entered));
        else if (item.OptionalVars is Name n && _model.SymbolOf(n) is { } s && StrategyOf(s) == LocalStrategy.ScopedByConstruct)
        {
            _usedNames.Add(n.Id);
            result.Add(LocalDeclarationStatement(VariableDeclaration(IdentifierName("var")).WithVariables(SingletonSeparatedList(
                VariableDeclarator(CSharpNames.Token(n.Id)).WithInitializer(EqualsValueClause(entered))))));
        }
        else result.AddRange(AssignTargetFrom(item.OptionalVars, entered, EnterType(managerType, w.IsAsync)));

        var body = EmitWithItems(w, index + 1).ToList();
        var exitResult = ExitResultType(managerType, w.IsAsync);
        var exitWithError = Call(exit, InvocationExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IdentifierName(exc), IdentifierName("GetType"))),
            IdentifierName(exc), LiteralExpression(SyntaxKind.NullLiteralExpression));
        var setFailed = ExpressionStatement(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, IdentifierName(failed), LiteralExpression(SyntaxKind.TrueLiteralExpression)));
        StatementSyntax handle = exitResult switch
        {
            PrimitiveType { Kind: Primitive.None } => SyntaxFactory.Block(ExpressionStatement(exitWithError), ThrowStatement()),
            PrimitiveType { Kind: Primitive.Bool } => IfStatement(PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, Parenthesize(exitWithError)), ThrowStatement()),
            _ => IfStatement(PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, Runtime("Py", "Truthy", exitWithError)), ThrowStatement()),
        };
        var catchBlock = SyntaxFactory.Block(Flatten([setFailed, handle]));
        var normalExit = IfStatement(PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, IdentifierName(failed)), ExpressionStatement(Call(exit,
            LiteralExpression(SyntaxKind.NullLiteralExpression), LiteralExpression(SyntaxKind.NullLiteralExpression), LiteralExpression(SyntaxKind.NullLiteralExpression))));
        result.Add(BoolLocal(failed));
        result.Add(TryStatement(SyntaxFactory.Block(body),
            SingletonList(CatchClause().WithDeclaration(CatchDeclaration(IdentifierName("BaseException"), Identifier(exc))).WithBlock(catchBlock)),
            FinallyClause(SyntaxFactory.Block(normalExit))));
        return item.OptionalVars is null ? result : [SyntaxFactory.Block(result)];
    }

    static PyType EnterType(PyType manager, bool isAsync) => manager switch
    {
        InstanceType it when it.Class.FindMethod(isAsync ? "__aenter__" : "__enter__") is { } m => Semantics.Inference.ReturnsSelf.ResultOn(it, m),
        LibraryInstanceType l when isAsync => LibraryCatalog.AsyncEnterResult(l) ?? PyType.Object,
        LibraryInstanceType l => LibraryCatalog.EnterResult(l) ?? PyType.Object,
        _ => PyType.Object,
    };

    /// <summary>What <c>__exit__</c>/<c>__aexit__</c> returns: None for most program classes, bool for the runtime's managers.</summary>
    static PyType ExitResultType(PyType manager, bool isAsync) => manager switch
    {
        InstanceType it when it.Class.FindMethod(isAsync ? "__aexit__" : "__exit__") is { } m => m.ReturnType,
        _ => PyType.Object,
    };
}
