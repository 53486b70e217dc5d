using Antlr4.Runtime;
using Py2Cs.Syntax.Ast;
using Attribute = Py2Cs.Syntax.Ast.Attribute;
using static Py2Cs.Syntax.Parsing.PythonParser;

namespace Py2Cs.Syntax.Parsing;

// match statements and their patterns (PEP 634).
internal sealed partial class AstBuilder
{
    Stmt MatchStatement(Match_stmtContext m)
    {
        var subjectCtx = m.subject_expr();
        Expr subject;
        if (subjectCtx.COMMA() is null) subject = NamedExpression(subjectCtx.named_expression());
        else
        {
            var elts = new List<Expr> { StarNamedExpression(subjectCtx.star_named_expression()) };
            if (subjectCtx.star_named_expressions() is { } rest) elts.AddRange(StarNamedExpressions(rest));
            subject = new Ast.Tuple(Span(subjectCtx), [.. elts], ExprContext.Load);
        }
        var cases = m.case_block().Select(c => new MatchCase(Span(c), TopPatterns(c.patterns()),
            c.named_expression() is { } guard ? NamedExpression(guard) : null, Block(c.block())));
        return new Match(Span(m), subject, [.. cases]);
    }

    /// <summary><c>case a, *b:</c> is an open sequence; a single pattern without comma is itself.</summary>
    Pattern TopPatterns(PatternsContext p)
    {
        var items = p.maybe_star_pattern();
        if (items.Length == 1 && p.COMMA().Length == 0)
        {
            if (items[0].STAR() is not null) throw Error(items[0], "invalid syntax");
            return PatternOf(items[0].pattern());
        }
        return new MatchSequence(Span(p), [.. items.Select(MaybeStar)]);
    }

    Pattern MaybeStar(Maybe_star_patternContext m)
    {
        if (m.STAR() is null) return PatternOf(m.pattern());
        string id = Id(m.name());
        return new MatchStar(Span(m), id == "_" ? null : id);
    }

    Pattern PatternOf(PatternContext p)
    {
        var inner = OrPattern(p.or_pattern());
        if (p.AS() is null) return inner;
        string name = Id(p.name());
        if (name == "_") throw Error(p.name(), "cannot use '_' as a target");
        return new MatchAs(Span(p), inner, name);
    }

    Pattern OrPattern(Or_patternContext o)
    {
        var alternatives = o.closed_pattern();
        if (alternatives.Length == 1) return ClosedPattern(alternatives[0]);
        return new MatchOr(Span(o), [.. alternatives.Select(ClosedPattern)]);
    }

    Pattern ClosedPattern(Closed_patternContext c)
    {
        var span = Span(c);
        switch (c)
        {
            case LiteralPatternContext l:
                return LiteralPattern(l.literal_pattern());
            case NamePatternContext n:
                var names = n.name_or_attr().name();
                if (n.LPAR() is null)
                {
                    if (names.Length == 1)
                    {
                        string id = Id(names[0]);
                        return id == "_" ? new MatchAs(span, null, null) : new MatchAs(span, null, id);
                    }
                    return new MatchValue(span, NameOrAttribute(n.name_or_attr()));
                }
                return ClassPattern(n, span);
            case ParenPatternContext p:
                if (p.patterns() is not { } inside) return new MatchSequence(span, []);
                var items = inside.maybe_star_pattern();
                if (items.Length == 1 && inside.COMMA().Length == 0 && items[0].STAR() is null) return PatternOf(items[0].pattern());
                return new MatchSequence(span, [.. items.Select(MaybeStar)]);
            case ListPatternContext l:
                return new MatchSequence(span, l.patterns() is { } elems ? [.. elems.maybe_star_pattern().Select(MaybeStar)] : []);
            case MappingPatternContext m:
                return MappingPattern(m, span);
        }
        throw Error(c, "invalid syntax");
    }

    Pattern ClassPattern(NamePatternContext n, Text.SourceSpan span)
    {
        var positional = ImmutableArray.CreateBuilder<Pattern>();
        var attrs = ImmutableArray.CreateBuilder<string>();
        var keywordPatterns = ImmutableArray.CreateBuilder<Pattern>();
        foreach (var arg in n.pattern_args()?.pattern_arg() ?? [])
        {
            if (arg.EQUAL() is not null)
            {
                attrs.Add(Id(arg.name()));
                keywordPatterns.Add(PatternOf(arg.pattern()));
            }
            else
            {
                if (attrs.Count > 0) throw Error(arg, "positional patterns follow keyword patterns");
                positional.Add(PatternOf(arg.pattern()));
            }
        }
        return new MatchClass(span, NameOrAttribute(n.name_or_attr()), positional.ToImmutable(), attrs.ToImmutable(), keywordPatterns.ToImmutable());
    }

    Pattern MappingPattern(MappingPatternContext m, Text.SourceSpan span)
    {
        var keys = ImmutableArray.CreateBuilder<Expr>();
        var patterns = ImmutableArray.CreateBuilder<Pattern>();
        string? rest = null;
        var items = m.mapping_item();
        for (int i = 0; i < items.Length; i++)
        {
            var item = items[i];
            if (item.DOUBLESTAR() is not null)
            {
                if (i != items.Length - 1) throw Error(item, "invalid syntax");
                rest = Id(item.name());
                continue;
            }
            if (item.literal_pattern() is { } literal) keys.Add(LiteralValue(literal));
            else
            {
                var attr = item.name_or_attr();
                if (attr.name().Length == 1) throw Error(attr, "invalid syntax");
                keys.Add(NameOrAttribute(attr));
            }
            patterns.Add(PatternOf(item.pattern()));
        }
        return new MatchMapping(span, keys.ToImmutable(), patterns.ToImmutable(), rest);
    }

    Expr NameOrAttribute(Name_or_attrContext n)
    {
        var names = n.name();
        Expr result = LoadName(names[0]);
        for (int i = 1; i < names.Length; i++)
            result = new Attribute(SpanOf(names[0].Start.StartIndex, names[i].Stop.StopIndex + 1), result, Id(names[i]), ExprContext.Load);
        return result;
    }

    Pattern LiteralPattern(Literal_patternContext l)
    {
        var span = Span(l);
        if (l.NONE() is not null) return new MatchSingleton(span, null);
        if (l.TRUE() is not null) return new MatchSingleton(span, true);
        if (l.FALSE() is not null) return new MatchSingleton(span, false);
        return new MatchValue(span, LiteralValue(l));
    }

    /// <summary>A literal pattern or mapping key as the expression CPython stores for it.</summary>
    Expr LiteralValue(Literal_patternContext l)
    {
        var span = Span(l);
        if (l.NONE() is not null) return new Constant(span, ConstantKind.None, null);
        if (l.TRUE() is not null) return new Constant(span, ConstantKind.Bool, true);
        if (l.FALSE() is not null) return new Constant(span, ConstantKind.Bool, false);
        if (l.strings() is { } strings)
        {
            var value = Strings(strings);
            if (value is JoinedStr) throw Error(strings, "patterns may only match literals and attribute lookups");
            return value;
        }
        var signed = l.signed_number();
        var real = SignedNumber(signed);
        if (l.NUMBER() is not { } imagToken) return real;
        if (real is Constant { Kind: ConstantKind.Complex } or UnaryOp { Operand: Constant { Kind: ConstantKind.Complex } })
            throw Error(signed, "real number required in complex literal");
        var imag = Number(imagToken.Symbol);
        if (imag is not Constant { Kind: ConstantKind.Complex }) throw Error(imag.Span, "imaginary number required in complex literal");
        var op = l.PLUS() is not null ? BinaryOperator.Add : BinaryOperator.Sub;
        return new BinOp(span, real, op, imag);
    }

    Expr SignedNumber(Signed_numberContext s)
    {
        var number = Number(s.NUMBER().Symbol);
        return s.MINUS() is null ? number : new UnaryOp(Span(s), UnaryOperator.USub, number);
    }
}
