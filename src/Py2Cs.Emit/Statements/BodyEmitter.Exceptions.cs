using Py2Cs.Emit.Naming;
using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Library;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

sealed partial class BodyEmitter
{
    // try: body / except E as e: handler / else: orelse / finally: final
    // becomes
    //   var completed = false;
    //   try { try { body; completed = true; } catch (E e) { handler } if (completed) { orelse } }
    //   finally { final }
    // (the flag and the outer try appear only when there is an else or a finally).
    IEnumerable<StatementSyntax> EmitTry(Try t)
    {
        string? completed = t.OrElse.Length > 0 ? Temp("completed") : null;
        bool guardsImports = CatchesModuleNotFound(t);
        if (guardsImports) _importGuards++;
        var body = EmitBlock(t.Body);
        if (guardsImports) _importGuards--;
        if (completed is not null)
            body.Add(ExpressionStatement(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, IdentifierName(completed), LiteralExpression(SyntaxKind.TrueLiteralExpression))));
        var catches = t.IsStar ? [EmitStarHandlers(t.Handlers)] : t.Handlers.Select(EmitHandler).ToList();
        var result = new List<StatementSyntax>();
        if (completed is not null) result.Add(BoolLocal(completed));

        StatementSyntax inner = catches.Count > 0
            ? TryStatement(SyntaxFactory.Block(body), List(catches), null)
            : SyntaxFactory.Block(body);
        var tryBlock = new List<StatementSyntax> { inner };
        if (completed is not null) tryBlock.Add(IfStatement(IdentifierName(completed), Block(t.OrElse)));

        if (t.FinalBody.Length > 0)
            result.Add(TryStatement(SyntaxFactory.Block(Flatten(tryBlock)), List<CatchClauseSyntax>(), FinallyClause(Block(t.FinalBody))));
        else result.AddRange(Flatten(tryBlock));
        return result;
    }

    // except* A as eg: h1 / except* B: h2   becomes one catch clause:
    //   catch (BaseException exc) {
    //       var star = new ExceptStar(exc);
    //       var match = star.match(typeof(A));
    //       if (match is not null) { try { eg = match; h1 } catch (System.Exception raised) { star.raised_in_handler(raised, match); } }
    //       var match2 = star.match(typeof(B)); ...
    //       star.reraise_unhandled();   // the unhandled rest with what the handlers raised, grouped as CPython groups them
    //   }
    // ExceptStar splits the group as CPython does (a naked exception is wrapped when it matches).
    CatchClauseSyntax EmitStarHandlers(ImmutableArray<ExceptHandler> handlers)
    {
        var exc = Temp("exc");
        var star = Temp("star");
        var statements = new List<StatementSyntax>
        {
            VarDeclaration(star, ObjectCreationExpression(IdentifierName("ExceptStar")).WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(IdentifierName(exc)))))),
        };
        foreach (var h in handlers)
        {
            var match = Temp("match");
            ExpressionSyntax condition = h.Type is Tuple tuple
                ? SimpleLambdaExpression(Parameter(Identifier("e")), IsPatternExpression(IdentifierName("e"),
                    tuple.Elts.Select(e => (PatternSyntax)TypePattern(ExceptionTypeSyntax(e, ExceptionClassOf(e)))).Aggregate((l, r) => BinaryPattern(SyntaxKind.OrPattern, l, r))))
                : TypeOfExpression(h.Type is null ? IdentifierName("BaseException") : ExceptionTypeSyntax(h.Type, ExceptionClassOf(h.Type)));
            statements.Add(VarDeclaration(match, InvocationExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IdentifierName(star), IdentifierName("match")))
                .WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(condition))))));
            var body = new List<StatementSyntax>();
            if (h.Name is not null)
            {
                var symbol = _scope.Local(h.Name) ?? _scope.Module.Local(h.Name);
                // The handled part is an ExceptionGroup (a BaseExceptionGroup only for BaseExceptions, which except* of Exception types never matches).
                var group = CastExpression(IdentifierName("ExceptionGroup"), IdentifierName(match));
                if (symbol is not null && StrategyOf(symbol) == LocalStrategy.ScopedByConstruct)
                    body.Add(VarDeclaration(CSharpNames.Escape(h.Name), group));
                else
                    body.Add(ExpressionStatement(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, CSharpNames.Id(h.Name), group)));
            }
            // The group handled is the implicit context of what the handler raises; what it raises
            // waits for the other handlers and is grouped with the unhandled rest at the end.
            _handledExceptions.Push(match);
            body.AddRange(EmitBlock(h.Body));
            _handledExceptions.Pop();
            var raised = Temp("raised");
            var collect = CatchClause().WithDeclaration(CatchDeclaration(SyntaxFactory.QualifiedName(IdentifierName("System"), IdentifierName("Exception")), Identifier(raised)))
                .WithBlock(SyntaxFactory.Block(ExpressionStatement(InvocationExpression(
                    MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IdentifierName(star), IdentifierName("raised_in_handler")),
                    ArgumentList(SeparatedList([Argument(IdentifierName(raised)), Argument(IdentifierName(match))]))))));
            var guarded = TryStatement(SyntaxFactory.Block(body), SingletonList(collect), null);
            statements.Add(IfStatement(IsPatternExpression(IdentifierName(match), UnaryPattern(ConstantPattern(LiteralExpression(SyntaxKind.NullLiteralExpression)))), SyntaxFactory.Block(guarded)));
        }
        statements.Add(ExpressionStatement(InvocationExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IdentifierName(star), IdentifierName("reraise_unhandled")))));
        return CatchClause().WithDeclaration(CatchDeclaration(IdentifierName("BaseException"), Identifier(exc))).WithBlock(SyntaxFactory.Block(statements));
    }

    static IEnumerable<StatementSyntax> Flatten(List<StatementSyntax> statements) =>
        statements.SelectMany(s => s is BlockSyntax b ? b.Statements : (IEnumerable<StatementSyntax>)[s]);

    CatchClauseSyntax EmitHandler(ExceptHandler h)
    {
        // A class with subclasses that are not C# subclasses of it (BaseExceptionGroup for ExceptionGroup) is not
        // static: the catch takes every exception and asks the runtime's Python subclass test, as a dynamic type does.
        bool dynamicType = h.Type is not null && !IsStaticExceptionType(h.Type);
        var (type, filterTypes) = dynamicType ? (IdentifierName("BaseException"), null) : CatchType(h.Type);
        string? variable = null;
        var prologue = new List<StatementSyntax>();
        if (h.Name is not null)
        {
            var symbol = _scope.Local(h.Name) ?? _scope.Module.Local(h.Name);
            // `except E as e: pass` never reads e: a catch without a name (C# warns about an unused one).
            if (symbol is not null && StrategyOf(symbol) == LocalStrategy.ScopedByConstruct && !IsReadIn(symbol, h))
                variable = filterTypes is not null || dynamicType ? Temp("exc") : null;   // a filter names the exception
            else if (symbol is not null && StrategyOf(symbol) == LocalStrategy.ScopedByConstruct) variable = h.Name;
            else
            {
                variable = Temp("exc");
                if (symbol is not null)
                    prologue.Add(ExpressionStatement(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, CSharpNames.Id(h.Name), IdentifierName(variable))));
            }
        }
        else if (filterTypes is not null || dynamicType || RaisesNewException(h.Body)) variable = Temp("exc");
        // A handler inside another handler: what it catches was raised while the outer exception was being
        // handled, which CPython records as its __context__ (a KeyError from d["x"] inside `except ZeroDivisionError`).
        if (_handledExceptions.Count > 0 && _handledExceptions.Peek() is { } outer)
        {
            variable ??= Temp("exc");
            prologue.Insert(0, ExpressionStatement(Runtime("Py", "WithContext", IdentifierName(CSharpNames.Escape(variable)), IdentifierName(CSharpNames.Escape(outer)))));
        }
        var declaration = CatchDeclaration(type);
        if (variable is not null) declaration = declaration.WithIdentifier(CSharpNames.Token(variable));
        _handledExceptions.Push(variable);
        var handlerBody = EmitBlock(h.Body);
        _handledExceptions.Pop();
        var clause = CatchClause().WithDeclaration(declaration).WithBlock(SyntaxFactory.Block(prologue.Concat(handlerBody)));
        if (dynamicType) clause = clause.WithFilter(CatchFilterClause(DynamicExceptionMatch(IdentifierName(CSharpNames.Escape(variable!)), h.Type!)));
        if (filterTypes is not null && variable is not null)
        {
            ExpressionSyntax test = IsPatternExpression(IdentifierName(CSharpNames.Escape(variable)), TypePattern(filterTypes[0]));
            PatternSyntax pattern = TypePattern(filterTypes[0]);
            foreach (var ft in filterTypes.Skip(1)) pattern = BinaryPattern(SyntaxKind.OrPattern, pattern, TypePattern(ft));
            clause = clause.WithFilter(CatchFilterClause(IsPatternExpression(IdentifierName(CSharpNames.Escape(variable)), pattern)));
        }
        return clause;
    }

    bool IsReadIn(Symbol symbol, ExceptHandler handler) =>
        (_module.NameUses.GetValueOrDefault(symbol) ?? []).Any(u => u is Name { Ctx: ExprContext.Load } && Within(u, handler));

    /// <summary>The C# catch type for an except clause's type expression, and for a tuple of types
    /// the individual types (the catch then takes their common base and filters).</summary>
    (TypeSyntax Type, List<TypeSyntax>? Filter) CatchType(Expr? type)
    {
        if (type is null) return (IdentifierName("BaseException"), null);
        if (type is Tuple tuple)
        {
            var classes = tuple.Elts.Select(e => ExceptionClassOf(e)).ToList();
            var names = tuple.Elts.Select((e, i) => ExceptionTypeSyntax(e, classes[i])).ToList();
            var common = CommonExceptionBase(classes);
            return (common, names);
        }
        return (ExceptionTypeSyntax(type, ExceptionClassOf(type)), null);
    }

    object? ExceptionClassOf(Expr e) => TypeOf(e) switch
    {
        LibraryClassType l => l.Class,
        ClassRefType c => c.Class,
        _ => null,
    };

    TypeSyntax ExceptionTypeSyntax(Expr e, object? cls)
    {
        switch (cls)
        {
            case LibraryClass l: return CSharpNames.Qualified(l.CSharpName);
            case ClassInfo c: return CSharpNames.Id(c.Name);
            default:
                _module.Unsupported(e, "an except clause whose exception type is not a known class");
                return IdentifierName("BaseException");
        }
    }

    TypeSyntax CommonExceptionBase(List<object?> classes)
    {
        LibraryClass? LibraryRoot(object? c) => c switch
        {
            LibraryClass l => l,
            ClassInfo ci => ci.SelfAndBases().Select(x => x.LibraryBase).LastOrDefault(x => x is not null),
            _ => null,
        };
        var roots = classes.Select(LibraryRoot).ToList();
        if (roots.Any(r => r is null)) return IdentifierName("BaseException");
        for (var candidate = roots[0]; candidate is not null; candidate = candidate.Base)
            if (roots.All(r => r!.IsSubclassOf(candidate))) return CSharpNames.Qualified(candidate.CSharpName);
        return IdentifierName("BaseException");
    }

    StatementSyntax EmitRaise(Raise r)
    {
        if (r.Exc is null) return ThrowStatement();
        var exc = ExceptionValue(r.Exc);
        if (r.Cause is not null)
        {
            var cause = r.Cause is Constant { Kind: ConstantKind.None } ? null : ExceptionValue(r.Cause);
            if (exc is ObjectCreationExpressionSyntax creation)
            {
                var inits = new List<ExpressionSyntax>();
                if (cause is not null) inits.Add(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, IdentifierName("__cause__"), cause));
                inits.Add(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, IdentifierName("__suppress_context__"), LiteralExpression(SyntaxKind.TrueLiteralExpression)));
                exc = creation.WithInitializer(InitializerExpression(SyntaxKind.ObjectInitializerExpression, SeparatedList(inits)));
            }
            else exc = Runtime("Py", "WithCause", exc, cause ?? LiteralExpression(SyntaxKind.NullLiteralExpression));
        }
        return ThrowStatement(WithImplicitContext(exc));
    }

    /// <summary><c>raise X</c> accepts a class (instantiated with no arguments) or an instance.</summary>
    ExpressionSyntax ExceptionValue(Expr e)
    {
        switch (TypeOf(e))
        {
            case LibraryClassType l:
                return ObjectCreationExpression(CSharpNames.Qualified(l.Class.CSharpName)).WithArgumentList(ArgumentList());
            case ClassRefType c:
                return ObjectCreationExpression(CSharpNames.Id(c.Class.Name)).WithArgumentList(ArgumentList());
            case LibraryInstanceType { Class.IsException: true }:
            case InstanceType { Class.IsException: true }:
                return Expr(e);
            default:
                return Runtime("Py", "AsException", Expr(e));
        }
    }
}
