using Antlr4.Runtime;
using Py2Cs.Syntax.Ast;
using Attribute = Py2Cs.Syntax.Ast.Attribute;
using static Py2Cs.Syntax.Parsing.PythonParser;

namespace Py2Cs.Syntax.Parsing;

// Call arguments and def/lambda parameters, with CPython's ordering rules.
internal sealed partial class AstBuilder
{
    (ImmutableArray<Expr> Args, ImmutableArray<Keyword> Keywords) ArgumentList(ArglistContext list)
    {
        var args = ImmutableArray.CreateBuilder<Expr>();
        var keywords = ImmutableArray.CreateBuilder<Keyword>();
        bool sawKeyword = false, sawDoubleStar = false;
        var items = list.argument();
        foreach (var argument in items)
        {
            switch (argument)
            {
                case KeywordArgumentContext k:
                    sawKeyword = true;
                    keywords.Add(new Keyword(Span(k), Id(k.name()), Expression(k.expression())));
                    break;
                case DoubleStarArgumentContext d:
                    sawDoubleStar = true;
                    keywords.Add(new Keyword(Span(d), null, Expression(d.expression())));
                    break;
                case StarArgumentContext s:
                    if (sawDoubleStar) throw Error(s, "iterable argument unpacking follows keyword argument unpacking");
                    args.Add(new Starred(Span(s), Expression(s.expression()), ExprContext.Load));
                    break;
                case PositionalArgumentContext p:
                    // CPython reports these where its parser stopped: the token after the arguments.
                    if (sawDoubleStar) throw Error(AfterArguments(list), "positional argument follows keyword argument unpacking");
                    if (sawKeyword) throw Error(AfterArguments(list), "positional argument follows keyword argument");
                    var value = NamedExpression(p.named_expression());
                    if (p.comp_for() is { } genFor)
                    {
                        if (items.Length > 1) throw Error(p, "Generator expression must be parenthesized");
                        // A lone generator argument borrows the call's parentheses, as in CPython.
                        IToken open = _tokens.Get(list.Start.TokenIndex - 1), close = _tokens.Get(list.Stop.TokenIndex + 1);
                        value = new GeneratorExp(Span(open, close), value, Comprehensions(genFor));
                    }
                    args.Add(value);
                    break;
            }
        }
        return (args.ToImmutable(), keywords.ToImmutable());
    }

    Text.SourceSpan AfterArguments(ArglistContext list)
    {
        IToken next = _tokens.Get(list.Stop.TokenIndex + 1);
        return SpanOf(next.StartIndex, next.StopIndex + 1);
    }

    Arguments Parameters(ParametersContext list)
    {
        var collector = new ParameterCollector(this);
        foreach (var p in list.parameter())
        {
            switch (p)
            {
                case SlashParamContext s: collector.Slash(s); break;
                case StarParamContext s:
                    collector.Star(s, s.name() is { } n ? new Arg(Span(n.Start, s), Id(n), s.star_expression() is { } starAnnotation ? StarExpression(starAnnotation) : null) : null);
                    break;
                case DoubleStarParamContext d:
                    collector.DoubleStar(d, new Arg(Span(d.name().Start, d), Id(d.name()), d.expression() is { } kwAnnotation ? Expression(kwAnnotation) : null));
                    break;
                case PlainParamContext plain:
                    var expressions = plain.expression();
                    Expr? annotation = plain.COLON() is not null ? Expression(expressions[0]) : null;
                    Expr? defaultValue = plain.EQUAL() is not null ? Expression(expressions[^1]) : null;
                    var end = plain.COLON() is not null ? (ParserRuleContext)expressions[0] : plain.name();
                    collector.Plain(plain, new Arg(Span(plain.name().Start, end), Id(plain.name()), annotation), defaultValue);
                    break;
            }
        }
        return collector.Finish(Span(list));
    }

    Arguments LambdaParameters(Lambda_parametersContext list)
    {
        var collector = new ParameterCollector(this);
        foreach (var p in list.lambda_parameter())
        {
            switch (p)
            {
                case LambdaSlashParamContext s: collector.Slash(s); break;
                case LambdaStarParamContext s:
                    collector.Star(s, s.name() is { } n ? new Arg(Span(n), Id(n), null) : null);
                    break;
                case LambdaDoubleStarParamContext d:
                    collector.DoubleStar(d, new Arg(Span(d.name()), Id(d.name()), null));
                    break;
                case LambdaPlainParamContext plain:
                    collector.Plain(plain, new Arg(Span(plain.name()), Id(plain.name()), null),
                        plain.expression() is { } value ? Expression(value) : null);
                    break;
            }
        }
        return collector.Finish(Span(list));
    }

    /// <summary>Sorts parameters into CPython's arguments fields and enforces their order.</summary>
    sealed class ParameterCollector(AstBuilder builder)
    {
        readonly List<Arg> _positional = [];
        readonly List<Arg> _posOnly = [];
        readonly List<Expr> _defaults = [];
        readonly List<Arg> _kwOnly = [];
        readonly List<Expr?> _kwDefaults = [];
        Arg? _varArg, _kwArg;
        bool _sawSlash, _sawStar;
        ParserRuleContext? _bareStar;

        public void Slash(ParserRuleContext at)
        {
            AfterKwArg(at);
            if (_sawSlash) throw builder.Error(at, "/ may appear only once");
            if (_sawStar) throw builder.Error(at, "/ must be ahead of *");
            if (_positional.Count == 0) throw builder.Error(at, "at least one argument must precede /");
            _sawSlash = true;
            _posOnly.AddRange(_positional);
            _positional.Clear();
        }

        public void Star(ParserRuleContext at, Arg? name)
        {
            AfterKwArg(at);
            if (_sawStar) throw builder.Error(at, "* argument may appear only once");
            _sawStar = true;
            _varArg = name;
            if (name is null) _bareStar = at;
        }

        public void DoubleStar(ParserRuleContext at, Arg arg)
        {
            AfterKwArg(at);
            _kwArg = arg;
        }

        public void Plain(ParserRuleContext at, Arg arg, Expr? defaultValue)
        {
            AfterKwArg(at);
            if (_sawStar)
            {
                _kwOnly.Add(arg);
                _kwDefaults.Add(defaultValue);
                return;
            }
            if (defaultValue is not null) _defaults.Add(defaultValue);
            else if (_defaults.Count > 0) throw builder.Error(at, "non-default argument follows default argument");
            _positional.Add(arg);
        }

        void AfterKwArg(ParserRuleContext at)
        {
            if (_kwArg is not null) throw builder.Error(at, "arguments cannot follow var-keyword argument");
        }

        public Arguments Finish(Text.SourceSpan span)
        {
            if (_bareStar is not null && _kwOnly.Count == 0) throw builder.Error(_bareStar, "named arguments must follow bare *");
            return new Arguments(span, [.. _posOnly], [.. _positional], _varArg, [.. _kwOnly], [.. _kwDefaults], _kwArg, [.. _defaults]);
        }
    }
}
