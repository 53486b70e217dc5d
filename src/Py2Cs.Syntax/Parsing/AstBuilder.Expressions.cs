using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using Py2Cs.Syntax.Ast;
using Attribute = Py2Cs.Syntax.Ast.Attribute;
using static Py2Cs.Syntax.Parsing.PythonParser;

namespace Py2Cs.Syntax.Parsing;

// Expressions, from star_expressions down to atoms, and comprehensions.
internal sealed partial class AstBuilder
{
    Expr StarExpressions(Star_expressionsContext s)
    {
        var items = s.star_expression();
        if (items.Length == 1 && s.COMMA().Length == 0) return StarExpression(items[0]);
        return new Ast.Tuple(Span(s), [.. items.Select(StarExpression)], ExprContext.Load);
    }

    Expr StarExpression(Star_expressionContext s) =>
        s.STAR() is null ? Expression(s.expression()) : new Starred(Span(s), BitwiseOr(s.bitwise_or()), ExprContext.Load);

    Expr StarNamedExpression(Star_named_expressionContext s) =>
        s.STAR() is null ? NamedExpression(s.named_expression()) : new Starred(Span(s), BitwiseOr(s.bitwise_or()), ExprContext.Load);

    ImmutableArray<Expr> StarNamedExpressions(Star_named_expressionsContext s) =>
        [.. s.star_named_expression().Select(StarNamedExpression)];

    Expr NamedExpression(Named_expressionContext s)
    {
        if (s.COLONEQUAL() is null) return Expression(s.expression());
        var target = s.name();
        return new NamedExpr(Span(s), new Name(Span(target), Id(target), ExprContext.Store), Expression(s.expression()));
    }

    Expr Expression(ExpressionContext e)
    {
        if (e.lambdef() is { } lambda) return Lambda(lambda);
        var parts = e.disjunction();
        var body = Disjunction(parts[0]);
        if (parts.Length == 1) return body;
        return new IfExp(Span(e), Disjunction(parts[1]), body, Expression(e.expression()));
    }

    Expr Lambda(LambdefContext l)
    {
        var args = l.lambda_parameters() is { } p ? LambdaParameters(p) : Arguments.Empty(SpanOf(l.LAMBDA().Symbol.StopIndex + 1, l.COLON().Symbol.StartIndex));
        return new Lambda(Span(l), args, Expression(l.expression()));
    }

    Expr YieldExpression(Yield_exprContext y)
    {
        if (y.FROM() is not null) return new YieldFrom(Span(y), Expression(y.expression()));
        return new Yield(Span(y), y.star_expressions() is { } value ? StarExpressions(value) : null);
    }

    // Most expressions are a single atom under a dozen one-child levels of the grammar; each level
    // below goes straight to its only child rather than allocating its children's array and a
    // delegate (a tenth of the time of building the AST of the standard library).

    Expr Disjunction(DisjunctionContext d)
    {
        if (d.ChildCount == 1) return Conjunction((ConjunctionContext)d.GetChild(0));
        var parts = d.conjunction();
        if (parts.Length == 1) return Conjunction(parts[0]);
        return new BoolOp(Span(d), BoolOperator.Or, [.. parts.Select(Conjunction)]);
    }

    Expr Conjunction(ConjunctionContext c)
    {
        if (c.ChildCount == 1) return Inversion((InversionContext)c.GetChild(0));
        var parts = c.inversion();
        if (parts.Length == 1) return Inversion(parts[0]);
        return new BoolOp(Span(c), BoolOperator.And, [.. parts.Select(Inversion)]);
    }

    Expr Inversion(InversionContext i) =>
        i.NOT() is null ? Comparison(i.comparison()) : new UnaryOp(Span(i), UnaryOperator.Not, Inversion(i.inversion()));

    Expr Comparison(ComparisonContext c)
    {
        if (c.ChildCount == 1) return BitwiseOr((Bitwise_orContext)c.GetChild(0));
        var operands = c.bitwise_or();
        var left = BitwiseOr(operands[0]);
        if (operands.Length == 1) return left;
        var ops = c.comp_op().Select(CompareOp).ToImmutableArray();
        return new Compare(Span(c), left, ops, [.. operands.Skip(1).Select(BitwiseOr)]);
    }

    static CompareOperator CompareOp(Comp_opContext op) => op.Start.Type switch
    {
        EQEQUAL => CompareOperator.Eq,
        NOTEQUAL => CompareOperator.NotEq,
        LESS => CompareOperator.Lt,
        LESSEQUAL => CompareOperator.LtE,
        GREATER => CompareOperator.Gt,
        GREATEREQUAL => CompareOperator.GtE,
        IN => CompareOperator.In,
        NOT => CompareOperator.NotIn,
        _ => op.ChildCount == 2 ? CompareOperator.IsNot : CompareOperator.Is,
    };

    Expr BitwiseOr(Bitwise_orContext c) =>
        c.ChildCount == 1 ? BitwiseXor((Bitwise_xorContext)c.GetChild(0)) : LeftAssociative(c, x => BitwiseXor((Bitwise_xorContext)x));
    Expr BitwiseXor(Bitwise_xorContext c) =>
        c.ChildCount == 1 ? BitwiseAnd((Bitwise_andContext)c.GetChild(0)) : LeftAssociative(c, x => BitwiseAnd((Bitwise_andContext)x));
    Expr BitwiseAnd(Bitwise_andContext c) =>
        c.ChildCount == 1 ? Shift((Shift_exprContext)c.GetChild(0)) : LeftAssociative(c, x => Shift((Shift_exprContext)x));
    Expr Shift(Shift_exprContext c) =>
        c.ChildCount == 1 ? Sum((SumContext)c.GetChild(0)) : LeftAssociative(c, x => Sum((SumContext)x));
    Expr Sum(SumContext c) =>
        c.ChildCount == 1 ? Term((TermContext)c.GetChild(0)) : LeftAssociative(c, x => Term((TermContext)x));
    Expr Term(TermContext c) =>
        c.ChildCount == 1 ? Factor((FactorContext)c.GetChild(0)) : LeftAssociative(c, x => Factor((FactorContext)x));

    /// <summary>operand (op operand)* folded to the left, as CPython's left-recursive rules do.</summary>
    Expr LeftAssociative(ParserRuleContext c, Func<ParserRuleContext, Expr> operand)
    {
        var first = (ParserRuleContext)c.GetChild(0);
        var result = operand(first);
        for (int i = 1; i + 1 < c.ChildCount; i += 2)
        {
            var op = ((ITerminalNode)c.GetChild(i)).Symbol.Type;
            var rightContext = (ParserRuleContext)c.GetChild(i + 1);
            var right = operand(rightContext);
            // The span runs to the end of the right operand's text, closing parenthesis included.
            result = new BinOp(Span(first.Start, rightContext), result, BinaryOp(op), right);
        }
        return result;
    }

    static BinaryOperator BinaryOp(int tokenType) => tokenType switch
    {
        VBAR => BinaryOperator.BitOr,
        CIRCUMFLEX => BinaryOperator.BitXor,
        AMPER => BinaryOperator.BitAnd,
        LEFTSHIFT => BinaryOperator.LShift,
        RIGHTSHIFT => BinaryOperator.RShift,
        PLUS => BinaryOperator.Add,
        MINUS => BinaryOperator.Sub,
        STAR => BinaryOperator.Mult,
        SLASH => BinaryOperator.Div,
        DOUBLESLASH => BinaryOperator.FloorDiv,
        PERCENT => BinaryOperator.Mod,
        AT => BinaryOperator.MatMult,
        _ => BinaryOperator.Pow,
    };

    Expr Factor(FactorContext f)
    {
        if (f.power() is { } power) return Power(power);
        var op = f.Start.Type switch { PLUS => UnaryOperator.UAdd, MINUS => UnaryOperator.USub, _ => UnaryOperator.Invert };
        return new UnaryOp(Span(f), op, Factor(f.factor()));
    }

    Expr Power(PowerContext p)
    {
        var left = AwaitPrimary(p.await_primary());
        if (p.factor() is not { } exponent) return left;
        return new BinOp(Span(p), left, BinaryOperator.Pow, Factor(exponent));
    }

    Expr AwaitPrimary(Await_primaryContext a)
    {
        var value = Primary(a.primary());
        return a.AWAIT() is null ? value : new Await(Span(a), value);
    }

    Expr Primary(PrimaryContext p)
    {
        var atomCtx = p.atom();
        var result = Atom(atomCtx);
        if (p.ChildCount == 1) return result;
        int start = atomCtx.Start.StartIndex;
        foreach (var trailer in p.trailer())
        {
            var span = SpanOf(start, trailer.Stop.StopIndex + 1);
            switch (trailer)
            {
                case AttributeTrailerContext a:
                    result = new Attribute(span, result, Id(a.name()), ExprContext.Load);
                    break;
                case CallTrailerContext c:
                    var (args, keywords) = c.arglist() is { } list ? ArgumentList(list) : ([], []);
                    result = new Call(span, result, args, keywords);
                    break;
                case SubscriptTrailerContext s:
                    result = new Subscript(span, result, Slices(s.slices()), ExprContext.Load);
                    break;
            }
        }
        return result;
    }

    Expr Slices(SlicesContext s)
    {
        var items = s.slice_item();
        // A lone starred item is still a tuple: x[*a] subscripts with (*a,).
        if (items.Length == 1 && s.COMMA().Length == 0 && items[0] is not StarredSliceContext) return SliceItem(items[0]);
        return new Ast.Tuple(Span(s), [.. items.Select(SliceItem)], ExprContext.Load);
    }

    Expr SliceItem(Slice_itemContext item)
    {
        switch (item)
        {
            case StarredSliceContext st:
                return new Starred(Span(st), BitwiseOr(st.bitwise_or()), ExprContext.Load);
            case PlainSliceContext plain:
                return NamedExpression(plain.named_expression());
        }
        // lower? ':' upper? (':' step?)?: which expression is which depends on the colons before it.
        Expr? lower = null, upper = null, step = null;
        int colons = 0;
        foreach (var child in ((ProperSliceContext)item).children)
        {
            if (child is ITerminalNode) { colons++; continue; }
            var e = Expression((ExpressionContext)child);
            if (colons == 0) lower = e; else if (colons == 1) upper = e; else step = e;
        }
        return new Slice(Span(item), lower, upper, step);
    }

    Expr Atom(AtomContext atom)
    {
        var span = Span(atom);
        switch (atom)
        {
            case NameAtomContext n: return LoadName(n.name());
            case TrueAtomContext: return new Constant(span, ConstantKind.Bool, true);
            case FalseAtomContext: return new Constant(span, ConstantKind.Bool, false);
            case NoneAtomContext: return new Constant(span, ConstantKind.None, null);
            case EllipsisAtomContext: return new Constant(span, ConstantKind.Ellipsis, null);
            case NumberAtomContext number: return Number(number.NUMBER().Symbol);
            case StringAtomContext s: return Strings(s.strings());
            case YieldAtomContext y: return YieldExpression(y.yield_expr());
            case ParenAtomContext p: return Parenthesized(p, span);
            case ListAtomContext l:
                if (l.comp_for() is { } listFor)
                    return new ListComp(span, NoStar(StarNamedExpression(l.star_named_expression())), Comprehensions(listFor));
                return new Ast.List(span, l.star_named_expressions() is { } elts ? StarNamedExpressions(elts) : [], ExprContext.Load);
            case BraceAtomContext b: return Braces(b, span);
        }
        throw Error(atom, "invalid syntax");
    }

    Expr Parenthesized(ParenAtomContext p, Text.SourceSpan span)
    {
        if (p.comp_for() is { } genFor)
            return new GeneratorExp(span, NoStar(StarNamedExpression(p.star_named_expression())), Comprehensions(genFor));
        if (p.star_named_expressions() is not { } list) return new Ast.Tuple(span, [], ExprContext.Load);
        var elts = StarNamedExpressions(list);
        if (elts.Length == 1 && list.COMMA().Length == 0)
        {
            // A parenthesized expression is the expression itself, with its own span.
            if (elts[0] is Starred s) throw Error(s.Span, "cannot use starred expression here");
            return elts[0];
        }
        return new Ast.Tuple(span, elts, ExprContext.Load);
    }

    Expr NoStar(Expr e) =>
        e is Starred s ? throw Error(s.Span, "iterable unpacking cannot be used in comprehension") : e;

    Expr Braces(BraceAtomContext b, Text.SourceSpan span)
    {
        switch (b.dict_or_set())
        {
            case null:
                return new Dict(span, [], []);
            case DictCompContext dc:
                var item = dc.dict_item();
                if (item.DOUBLESTAR() is not null) throw Error(item, "dict unpacking cannot be used in dict comprehension");
                return new DictComp(span, Expression(item.expression(0)), Expression(item.expression(1)), Comprehensions(dc.comp_for()));
            case DictDisplayContext dd:
                var keys = ImmutableArray.CreateBuilder<Expr?>();
                var values = ImmutableArray.CreateBuilder<Expr>();
                foreach (var pair in dd.dict_item())
                {
                    if (pair.DOUBLESTAR() is not null)
                    {
                        keys.Add(null);
                        values.Add(BitwiseOr(pair.bitwise_or()));
                    }
                    else
                    {
                        keys.Add(Expression(pair.expression(0)));
                        values.Add(Expression(pair.expression(1)));
                    }
                }
                return new Dict(span, keys.ToImmutable(), values.ToImmutable());
            case SetCompContext sc:
                return new SetComp(span, NoStar(StarNamedExpression(sc.star_named_expression())), Comprehensions(sc.comp_for()));
            case SetDisplayContext sd:
                return new Set(span, StarNamedExpressions(sd.star_named_expressions()));
        }
        throw Error(b, "invalid syntax");
    }

    ImmutableArray<Comprehension> Comprehensions(Comp_forContext c) =>
        [.. c.comp_clause().Select(clause =>
        {
            var conditions = clause.disjunction();
            return new Comprehension(Span(clause), ToStore(TargetList(clause.target_list()), TargetUse.Comprehension),
                Disjunction(conditions[0]), [.. conditions.Skip(1).Select(Disjunction)], clause.ASYNC() is not null);
        })];
}
