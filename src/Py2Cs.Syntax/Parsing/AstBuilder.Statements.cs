using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using Py2Cs.Syntax.Ast;
using Attribute = Py2Cs.Syntax.Ast.Attribute;
using static Py2Cs.Syntax.Parsing.PythonParser;

namespace Py2Cs.Syntax.Parsing;

// Statements: simple ones, assignments, and the compound statements with their blocks.
internal sealed partial class AstBuilder
{
    void AddStatement(StmtContext stmt, List<Stmt> into)
    {
        if (stmt.compound_stmt() is { } compound) into.Add(Compound(compound));
        else AddSimpleStatements(stmt.simple_stmts(), into);
    }

    void AddSimpleStatements(Simple_stmtsContext simple, List<Stmt> into)
    {
        foreach (var s in simple.simple_stmt()) into.Add(Simple(s));
    }

    ImmutableArray<Stmt> Block(BlockContext block)
    {
        var body = new List<Stmt>();
        if (block.simple_stmts() is { } simple) AddSimpleStatements(simple, body);
        else foreach (var stmt in block.stmt()) AddStatement(stmt, body);
        return [.. body];
    }

    // ---------------- simple statements ----------------

    Stmt Simple(Simple_stmtContext s)
    {
        var span = Span(s);
        switch (s.GetChild(0))
        {
            case Expr_stmtContext e: return ExpressionStatement(e);
            case Return_stmtContext r:
                return new Return(span, r.star_expressions() is { } value ? StarExpressions(value) : null);
            case Import_stmtContext i: return ImportStatement(i);
            case Raise_stmtContext r:
                var raised = r.expression();
                return new Raise(span, raised.Length > 0 ? Expression(raised[0]) : null, raised.Length > 1 ? Expression(raised[1]) : null);
            case Pass_stmtContext: return new Pass(span);
            case Break_stmtContext: return new Break(span);
            case Continue_stmtContext: return new Continue(span);
            case Del_stmtContext d: return new Delete(span, DeleteTargets(d.target_list()));
            case Assert_stmtContext a:
                var parts = a.expression();
                return new Assert(span, Expression(parts[0]), parts.Length > 1 ? Expression(parts[1]) : null);
            case Global_stmtContext g: return new Global(span, [.. g.name().Select(Id)]);
            case Nonlocal_stmtContext n: return new Nonlocal(span, [.. n.name().Select(Id)]);
            default: throw Error(s, "invalid syntax");
        }
    }

    Stmt ExpressionStatement(Expr_stmtContext s)
    {
        var span = Span(s);
        var rhs = s.rhs();
        if (s.annotation is { } annotation)
        {
            var target = Rhs(s.first);
            string? problem = target switch
            {
                Name or Attribute or Subscript => null,
                Ast.Tuple => "only single target (not tuple) can be annotated",
                Ast.List => "only single target (not list) can be annotated",
                _ => "illegal target for annotation",
            };
            if (problem is not null) throw Error(target.Span, problem);
            bool simple = target is Name && s.first.Start.Type != LPAR;
            return new AnnAssign(span, ToStore(target, TargetUse.Assign), Expression(annotation),
                s.annotated is { } annotated ? Rhs(annotated) : null, simple);
        }
        if (s.augassign() is { } aug)
        {
            var target = Rhs(s.first);
            if (target is not (Name or Attribute or Subscript))
                throw TargetError(target.Span, $"'{ExpressionKind(target)}' is an illegal expression for augmented assignment");
            return new AugAssign(span, ToStore(target, TargetUse.Assign), AugmentedOperator(aug), Rhs(s.augmented));
        }
        if (rhs.Length == 1)
        {
            return new ExprStmt(span, Rhs(rhs[0]));
        }
        var value = Rhs(rhs[^1]);
        var targets = ImmutableArray.CreateBuilder<Expr>(rhs.Length - 1);
        for (int i = 0; i < rhs.Length - 1; i++)
        {
            var target = Rhs(rhs[i]);
            // CPython suggests '==' only for `x = y` where both sides are simple operands (invalid_named_expression).
            bool suggestEquals = rhs.Length == 2 && IsOperand(target) && rhs[1].Start.Type is not (NOT or LAMBDA or YIELD or STAR)
                && target is not (Ast.List or Ast.Tuple or GeneratorExp or Constant { Kind: ConstantKind.Bool or ConstantKind.None });
            targets.Add(ToStore(target, suggestEquals ? TargetUse.SingleAssign : TargetUse.Assign));
        }
        return new Assign(span, targets.MoveToImmutable(), value);
    }

    // An expression CPython's bitwise_or rule covers: no comparison, not/and/or, conditional or lambda.
    static bool IsOperand(Expr e) =>
        e is not (Compare or BoolOp or UnaryOp { Op: UnaryOperator.Not } or IfExp or Ast.Lambda or NamedExpr or Yield or YieldFrom or Starred);

    Expr Rhs(RhsContext rhs) =>
        rhs.yield_expr() is { } y ? YieldExpression(y) : StarExpressions(rhs.star_expressions());

    static BinaryOperator AugmentedOperator(AugassignContext aug) => aug.Start.Type switch
    {
        PLUSEQUAL => BinaryOperator.Add,
        MINEQUAL => BinaryOperator.Sub,
        STAREQUAL => BinaryOperator.Mult,
        ATEQUAL => BinaryOperator.MatMult,
        SLASHEQUAL => BinaryOperator.Div,
        PERCENTEQUAL => BinaryOperator.Mod,
        AMPEREQUAL => BinaryOperator.BitAnd,
        VBAREQUAL => BinaryOperator.BitOr,
        CIRCUMFLEXEQUAL => BinaryOperator.BitXor,
        LEFTSHIFTEQUAL => BinaryOperator.LShift,
        RIGHTSHIFTEQUAL => BinaryOperator.RShift,
        DOUBLESTAREQUAL => BinaryOperator.Pow,
        _ => BinaryOperator.FloorDiv,
    };

    ImmutableArray<Expr> DeleteTargets(Target_listContext list)
    {
        // `del a, b` deletes two targets; `del (a, b)` deletes one tuple.
        return [.. list.star_target().Select(t => ToDelete(StarTarget(t)))];
    }

    Stmt ImportStatement(Import_stmtContext i)
    {
        var span = Span(i);
        if (i.import_name() is { } plain)
        {
            return new Import(span, [.. plain.dotted_as_name().Select(a =>
                new Alias(Span(a), DottedName(a.dotted_name()), a.name() is { } asName ? Id(asName) : null))]);
        }
        var from = i.import_from();
        int level = from.DOT().Length + 3 * from.ELLIPSIS().Length;
        string? module = from.dotted_name() is { } dotted ? DottedName(dotted) : null;
        var targets = from.import_targets();
        ImmutableArray<Alias> names = targets.STAR() is { } star
            ? [new Alias(Span(star), "*", null)]
            : [.. targets.import_as_name().Select(a => new Alias(Span(a), Id(a.name(0)), a.name().Length > 1 ? Id(a.name(1)) : null))];
        return new ImportFrom(span, module, names, level);
    }

    static string DottedName(Dotted_nameContext dotted) => string.Join('.', dotted.name().Select(Id));

    // ---------------- compound statements ----------------

    Stmt Compound(Compound_stmtContext c) => c.GetChild(0) switch
    {
        If_stmtContext s => IfStatement(s),
        While_stmtContext s => new While(Span(s), NamedExpression(s.named_expression()), Block(s.block()), ElseBlock(s.else_block())),
        For_stmtContext s => ForStatement(s, null),
        Try_stmtContext s => TryStatement(s),
        With_stmtContext s => WithStatement(s, null),
        Function_defContext s => FunctionDefinition(s, [], null),
        Class_defContext s => ClassDefinition(s, []),
        DecoratedContext s => Decorated(s),
        Async_stmtContext s => AsyncStatement(s),
        Match_stmtContext s => MatchStatement(s),
        _ => throw Error(c, "invalid syntax"),
    };

    ImmutableArray<Stmt> ElseBlock(Else_blockContext? e) => e is null ? [] : Block(e.block());

    Stmt IfStatement(If_stmtContext s)
    {
        // Build from the last elif outwards: each elif is an If alone in the previous OrElse.
        var orElse = ElseBlock(s.else_block());
        var elifs = s.elif_clause();
        for (int i = elifs.Length - 1; i >= 0; i--)
        {
            var e = elifs[i];
            orElse = [new If(Span(e.Start, s), NamedExpression(e.named_expression()), Block(e.block()), orElse)];
        }
        return new If(Span(s), NamedExpression(s.named_expression()), Block(s.block()), orElse);
    }

    Stmt ForStatement(For_stmtContext s, IToken? asyncToken)
    {
        var span = asyncToken is null ? Span(s) : Span(asyncToken, s);
        var target = ToStore(TargetList(s.target_list()), TargetUse.For);
        return new For(span, target, StarExpressions(s.star_expressions()), Block(s.block()), ElseBlock(s.else_block()), asyncToken is not null);
    }

    Stmt WithStatement(With_stmtContext s, IToken? asyncToken)
    {
        var span = asyncToken is null ? Span(s) : Span(asyncToken, s);
        var items = s.with_item().Select(item => new WithItem(Span(item), Expression(item.expression()),
            item.star_target() is { } target ? ToStore(StarTarget(target), TargetUse.With) : null));
        return new With(span, [.. items], Block(s.block()), asyncToken is not null);
    }

    Stmt TryStatement(Try_stmtContext s)
    {
        var handlers = new List<ExceptHandler>();
        foreach (var h in s.except_clause())
        {
            handlers.Add(new ExceptHandler(Span(h), h.expression() is { } type ? Expression(type) : null,
                h.name() is { } name ? Id(name) : null, Block(h.block())));
        }
        foreach (var h in s.except_star_clause())
        {
            handlers.Add(new ExceptHandler(Span(h), Expression(h.expression()), h.name() is { } name ? Id(name) : null, Block(h.block())));
        }
        var finalBody = s.finally_block() is { } f ? Block(f.block()) : [];
        return new Try(Span(s), Block(s.block()), [.. handlers], ElseBlock(s.else_block()), finalBody, s.except_star_clause().Length > 0);
    }

    Stmt Decorated(DecoratedContext d)
    {
        var decorators = d.decorator().Select(x => NamedExpression(x.named_expression())).ToImmutableArray();
        if (d.class_def() is { } c) return ClassDefinition(c, decorators);
        if (d.function_def() is { } f) return FunctionDefinition(f, decorators, null);
        var async = d.async_function_def();
        return FunctionDefinition(async.function_def(), decorators, async.ASYNC().Symbol);
    }

    Stmt AsyncStatement(Async_stmtContext s)
    {
        IToken asyncToken = s.ASYNC().Symbol;
        if (s.function_def() is { } f) return FunctionDefinition(f, [], asyncToken);
        if (s.with_stmt() is { } w) return WithStatement(w, asyncToken);
        return ForStatement(s.for_stmt(), asyncToken);
    }

    Stmt FunctionDefinition(Function_defContext f, ImmutableArray<Expr> decorators, IToken? asyncToken)
    {
        var span = asyncToken is null ? Span(f) : Span(asyncToken, f);
        var args = f.parameters() is { } p ? Parameters(p) : Arguments.Empty(SpanOf(f.LPAR().Symbol.StopIndex + 1, f.RPAR().Symbol.StartIndex));
        return new FunctionDef(span, Id(f.name()), args, Block(f.block()), decorators,
            f.expression() is { } returns ? Expression(returns) : null, asyncToken is not null);
    }

    Stmt ClassDefinition(Class_defContext c, ImmutableArray<Expr> decorators)
    {
        var (bases, keywords) = c.arglist() is { } args ? ArgumentList(args) : ([], []);
        return new ClassDef(Span(c), Id(c.name()), bases, keywords, Block(c.block()), decorators);
    }
}
