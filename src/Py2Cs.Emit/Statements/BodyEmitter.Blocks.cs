using Py2Cs.Emit.Naming;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

sealed partial class BodyEmitter
{
    /// <summary>Emits a block; module-level functions and classes go to <paramref name="members"/>.</summary>
    public List<StatementSyntax> EmitBlock(ImmutableArray<Stmt> body, List<MemberDeclarationSyntax>? members = null)
    {
        var result = new List<StatementSyntax>();
        var carried = new List<Syntax.Ast.Comment>();   // comments of statements that emitted nothing
        // The dangling comments of an enclosing block's earlier statements are not this block's to place.
        var outerDangling = _dangling.ToList();
        _dangling.Clear();
        foreach (var stmt in body)
        {
            int statementsBefore = result.Count, membersBefore = members?.Count ?? 0;
            EmitInto(stmt, result, members);
            CarryComments(stmt, result, statementsBefore, members, membersBefore, carried);
            // After the import of a missing optional module, which raises, the rest of the try body is never reached.
            if (stmt is Import or ImportFrom && result.Count > statementsBefore && result[^1] is ThrowStatementSyntax) break;
        }
        if (carried.Count > 0)
        {
            if (result.Count > 0) result[^1] = _module.Trivia.Decorate(result[^1], d => d.After.AddRange(carried));
            else if (members is { Count: > 0 }) members[^1] = _module.Trivia.Decorate(members[^1], d => d.After.AddRange(carried));
            else outerDangling.AddRange(carried);
        }
        _dangling.Clear();
        _dangling.AddRange(outerDangling);
        return result;
    }

    void EmitInto(Stmt stmt, List<StatementSyntax> result, List<MemberDeclarationSyntax>? members)
    {
        int mark = _module.DiagnosticMark, before = result.Count;
        EmitMembersOrStatement(stmt, result, members);
        // Partial mode: what a module-level def or class could not translate at its own level (a
        // decorator, a class-body statement, a dataclass option) raises where the statement runs.
        if (_module.StandInSince(mark) is { } what) result.Insert(before, ThrowStatement(Raising(what)));
    }

    void EmitMembersOrStatement(Stmt stmt, List<StatementSyntax> result, List<MemberDeclarationSyntax>? members)
    {
        if (members is not null && stmt is FunctionDef { DecoratorList.Length: > 0 } d && _model.FunctionOf(d) is { DecoratorsApplied: true } decorated)
        {
            result.Add(EmitDecoratedModuleFunction(decorated, members));
            return;
        }
        if (members is not null && stmt is FunctionDef f) { members.Add(EmitMethod(_model.FunctionOf(f))); return; }
        if (members is not null && stmt is ClassDef c)
        {
            members.Add(EmitClass(_model.ClassOf(c)));
            members.AddRange(NestedClasses(c));
            result.AddRange(ClassStatementEffects(_model.ClassOf(c)));
            return;
        }
        if (stmt is Assign a && _moduleInitializers.ContainsValue(a)) return;
        var saved = _pending;
        _pending = new List<StatementSyntax>();
        var emitted = _module.AllowUnsupported ? StandInFor(stmt) : EmitStatement(stmt);
        result.AddRange(_pending);
        result.AddRange(emitted);
        _pending = saved;
    }

    BlockSyntax Block(ImmutableArray<Stmt> body)
    {
        int before = _dangling.Count;
        var block = SyntaxFactory.Block(EmitBlock(body));
        if (_dangling.Count == before) return block;
        var dangling = _dangling.Skip(before).ToList();
        _dangling.RemoveRange(before, dangling.Count);
        return _module.Trivia.Decorate(block, d => d.Closing.AddRange(dangling));
    }

    /// <summary>A statement the emitter has written elsewhere: <c>Base.__init__(self, ...)</c> as the constructor's base initializer.</summary>
    Stmt? _skippedStatement;

    IEnumerable<StatementSyntax> EmitStatement(Stmt stmt)
    {
        if (ReferenceEquals(stmt, _skippedStatement)) return [];
        switch (stmt)
        {
            case ExprStmt e: return EmitExpressionStatement(e);
            case Assign a: return EmitAssign(a);
            case AugAssign a: return EmitAugAssign(a);
            case AnnAssign a: return a.Value is null ? [] : EmitAssignTo(a.Target, a.Value, a);
            case Return r: return [EmitReturn(r)];
            case If i: return [EmitIf(i)];
            case While w: return EmitWhile(w);
            case For f: return EmitFor(f);
            case Break b: return [EmitBreak(b)];
            case Continue: return [ContinueStatement()];
            case Pass: return [];
            case Raise r: return [EmitRaise(r)];
            case Try t: return EmitTry(t);
            case With w: return EmitWith(w);
            case Assert a: return [EmitAssert(a)];
            case FunctionDef f when _model.FunctionOf(f).DecoratorsApplied: return EmitDecoratedLocalFunction(_model.FunctionOf(f));
            case FunctionDef f: return [EmitLocalFunction(_model.FunctionOf(f))];
            case Import or ImportFrom: return EmitImport(stmt);
            case Global or Nonlocal: return [];
            case Delete d: return EmitDelete(d);
            case ClassDef c when _model.ClassOf(c).IsHoistedLocal: return HoistedClassStatement(_model.ClassOf(c));
            case ClassDef c: _module.Unsupported(c, "a class defined inside a function that reads the function's locals"); return [];
            case Match m: return EmitMatch(m);
            default: _module.Unsupported(stmt, stmt.GetType().Name); return [];
        }
    }

    IEnumerable<StatementSyntax> EmitImport(Stmt stmt)
    {
        // Imports bind names the emitter resolves statically; only unknown modules need a word.
        var modules = stmt switch
        {
            Import i => i.Names.Select(n => (n.Name, (Node)n)),
            ImportFrom f => [(f.Module ?? "", (Node)f)],
            _ => [],
        };
        foreach (var (name, node) in modules)
            if (!Semantics.Library.LibraryCatalog.Instance.IsModule(name) && !IgnoredModules.Contains(name))
            {
                if (MissingModule(name) is { } raise)
                {
                    _module.Report(Syntax.Diagnostics.DiagnosticCodes.OptionalModuleMissing, node.Span,
                        $"module '{name}' is not available to translated programs: this import raises ModuleNotFoundError, as CPython's does where the module is not installed, and the except clause runs");
                    return [raise];
                }
                _module.ReportTolerated(Syntax.Diagnostics.DiagnosticCodes.UnsupportedModule, node.Span,
                    $"module '{name}' is not supported yet; the supported modules are listed in the README");
            }
        return [];
    }

    static readonly HashSet<string> IgnoredModules = ["__future__", "typing"];

    IEnumerable<StatementSyntax> EmitExpressionStatement(ExprStmt e)
    {
        if (e.Value is Constant) return [];           // docstrings and bare literals do nothing
        if (e.Value is Yield y) return [ExpressionStatement(YieldValue(y))];
        if (e.Value is YieldFrom yf) return [ExpressionStatement(GeneratorYieldFrom(yf))];
        var expr = DiscardedExpr(e.Value);
        // An unawaited task is fire-and-forget: say so (C# warns otherwise, and for create_task
        // the runtime then logs an unretrieved exception right away, as CPython does).
        if (e.Value is Call call && LibraryFunctionOf(call) is { UnusedResultCall: { } forget })
            return [ExpressionStatement(InvocationExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, expr, IdentifierName(forget))))];
        if (TypeOf(e.Value) is CoroutineType && e.Value is Call && expr is not AwaitExpressionSyntax)
            return [ExpressionStatement(NeverAwaited(expr, e.Value.Span))];
        if (TypeOf(e.Value) is TaskType or FutureType or CoroutineType && expr is not AwaitExpressionSyntax) return [Discard(expr)];
        if (expr is InvocationExpressionSyntax or AwaitExpressionSyntax or AssignmentExpressionSyntax or ObjectCreationExpressionSyntax)
            return [ExpressionStatement(expr)];
        // C# allows only some expressions as statements: evaluate the rest for their effects.
        return [Discard(expr)];
    }

    /// <summary>A coroutine call used as a statement is dropped unawaited: the runtime warns as CPython does
    /// when the coroutine dies, naming the line and its source text.</summary>
    ExpressionSyntax NeverAwaited(ExpressionSyntax coroutine, Py2Cs.Syntax.Text.SourceSpan span) =>
        InvocationExpression(
            MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IdentifierName("Py"), IdentifierName("NeverAwaited")),
            ArgumentList(SeparatedList([
                Argument(coroutine),
                Argument(LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(span.StartLine))),
                Argument(LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(_module.Source.Line(span.StartLine).Trim()))),
            ])));

    static StatementSyntax Discard(ExpressionSyntax expr) =>
        ExpressionStatement(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, IdentifierName("_"), expr));

    StatementSyntax EmitIf(If i)
    {
        var statement = IfStatement(Condition(i.Test), Block(i.Body));
        if (i.OrElse.Length == 1 && i.OrElse[0] is If elif)
            return statement.WithElse(ElseClause(EmitIfNested(elif)));
        if (i.OrElse.Length > 0) return statement.WithElse(ElseClause(Block(i.OrElse)));
        return statement;
    }

    /// <summary>An elif: its condition's pending statements must stay inside the else branch, and they
    /// and the nested if map to the elif's own line (not the first if's) for #line directives.</summary>
    StatementSyntax EmitIfNested(If elif)
    {
        var saved = _pending;
        _pending = new List<StatementSyntax>();
        var statement = EmitIf(elif);
        var pending = _pending;
        _pending = saved;
        int line = elif.Span.StartLine;
        statement = _module.Trivia.Decorate(statement, d => d.Line ??= line);
        for (int i = 0; i < pending.Count; i++) pending[i] = _module.Trivia.Decorate(pending[i], d => d.Line ??= line);
        return pending.Count == 0 ? statement : SyntaxFactory.Block(pending.Append(statement));
    }

    StatementSyntax EmitAssert(Assert a)
    {
        var args = a.Msg is null ? ArgumentList() : ArgumentList(SingletonSeparatedList(Argument(Expr(a.Msg))));
        return IfStatement(PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, Parenthesize(Condition(a.Test))),
            ThrowStatement(ObjectCreationExpression(IdentifierName("AssertionError")).WithArgumentList(args)));
    }

    StatementSyntax EmitReturn(Return r)
    {
        var fn = _function;
        if (fn is null) { _module.Unsupported(r, "'return' outside a function"); return EmptyStatement(); }
        // In an async generator `return` ends the body's coroutine (the lambda): StopAsyncIteration follows.
        if (fn.IsAsyncGenerator) return ReturnStatement();
        if (fn.IsGenerator) return GeneratorReturn(r);
        var result = DeclaredResultOf(fn);
        if (result is PrimitiveType { Kind: Primitive.None } || IsVoid(fn))
        {
            if (r.Value is null or Constant { Kind: ConstantKind.None }) return ReturnStatement();
            // `return f()` in a function that returns None: evaluate, then return.
            return SyntaxFactory.Block(ExpressionStatement(DiscardedExpr(r.Value)), ReturnStatement());
        }
        if (r.Value is null) return ReturnStatement(LiteralExpression(SyntaxKind.NullLiteralExpression));
        return ReturnStatement(ExprAs(r.Value, result));   // displays take the declared return type's element types
    }

    /// <summary>The type the C# method declares for its result: a runtime virtual (__str__, __repr__) is a string
    /// even where the inferred result is wider (a dynamic method), so its returns are converted to it.</summary>
    static PyType DeclaredResultOf(Semantics.Binding.FunctionInfo f) =>
        f.Class is not null && RuntimeVirtuals.Contains(f.Name) ? PyType.Str : f.ReturnType;

    static bool IsVoid(Semantics.Binding.FunctionInfo f) => f.ReturnType is PrimitiveType { Kind: Primitive.None };

    StatementSyntax EmitBreak(Break b)
    {
        if (_loops.Count > 0 && _loops.Peek().BrokeFlag is { } flag)
            return SyntaxFactory.Block(
                ExpressionStatement(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, IdentifierName(flag), LiteralExpression(SyntaxKind.TrueLiteralExpression))),
                BreakStatement());
        return BreakStatement();
    }

    IEnumerable<StatementSyntax> EmitWhile(While w)
    {
        var loop = new LoopContext { BrokeFlag = w.OrElse.Length > 0 ? Temp("broke") : null };
        var cond = ConditionWithPending(w.Test, out var condPending);
        _loops.Push(loop);
        var body = Block(w.Body);
        _loops.Pop();
        var result = new List<StatementSyntax>();
        if (loop.BrokeFlag is { } flag) result.Add(BoolLocal(flag));
        if (condPending.Count == 0) result.Add(WhileStatement(cond, body));
        else
        {
            // Conditions that need statements first: while (true) { pre; if (!cond) break; body }
            var inner = new List<StatementSyntax>(condPending)
            {
                IfStatement(PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, Parenthesize(cond)), BreakStatement()),
            };
            inner.AddRange(body.Statements);
            result.Add(WhileStatement(LiteralExpression(SyntaxKind.TrueLiteralExpression), SyntaxFactory.Block(inner)));
        }
        if (loop.BrokeFlag is { } f2)
            result.Add(IfStatement(PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, IdentifierName(f2)), Block(w.OrElse)));
        return result;
    }

    ExpressionSyntax ConditionWithPending(Expr test, out List<StatementSyntax> pending)
    {
        var saved = _pending;
        _pending = new List<StatementSyntax>();
        var cond = Condition(test);
        pending = _pending;
        _pending = saved;
        return cond;
    }

    static LocalDeclarationStatementSyntax BoolLocal(string name) =>
        LocalDeclarationStatement(VariableDeclaration(IdentifierName("var"))
            .WithVariables(SingletonSeparatedList(VariableDeclarator(Identifier(name))
                .WithInitializer(EqualsValueClause(LiteralExpression(SyntaxKind.FalseLiteralExpression))))));

    static ExpressionSyntax Parenthesize(ExpressionSyntax e) =>
        e is IdentifierNameSyntax or InvocationExpressionSyntax or MemberAccessExpressionSyntax or LiteralExpressionSyntax or ParenthesizedExpressionSyntax
            ? e : ParenthesizedExpression(e);
}
