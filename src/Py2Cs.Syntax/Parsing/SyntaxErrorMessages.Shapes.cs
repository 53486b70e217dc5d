using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using Antlr4.Runtime.Tree;
using Py2Cs.Syntax.Diagnostics;
using static Py2Cs.Syntax.Parsing.PythonParser;

namespace Py2Cs.Syntax.Parsing;

// Recognizing the shapes of broken code that CPython's invalid_* rules name: a forgotten comma, a
// Python 2 print, `f(a.b=1)`, a bad target before 'in', an annotation on something not assignable.
internal static partial class SyntaxErrorMessages
{
    /// <summary><c>f(x): int</c> or <c>a != b:</c>: only a name, attribute or subscript can be annotated, so
    /// CPython stops at the ':' (our grammar reads on into the annotation).</summary>
    static IToken? AnnotationOfNonTarget(RuleContext? context)
    {
        for (var c = context; c is not null; c = c.Parent)
        {
            if (c is not Expr_stmtContext statement) continue;
            if (statement.COLON() is not { } colon || statement.first is not { } target) return null;
            bool single = target.ChildCount == 1 && target.star_expressions() is { } list
                && list.star_expression().Length == 1 && list.COMMA().Length == 0 && list.star_expression(0).STAR() is null;
            return single && IsSingleTarget(target.star_expressions().star_expression(0)) ? null : colon.Symbol;
        }
        return null;
    }

    /// <summary>A name, attribute or subscript (or one in parentheses): an expression with no operator
    /// whose primary ends in a name, '.name' or '[...]'.</summary>
    static bool IsSingleTarget(ParserRuleContext expression)
    {
        ParserRuleContext node = expression;
        while (node is not PrimaryContext)
        {
            if (node.ChildCount != 1 || node.GetChild(0) is not ParserRuleContext only) return false;
            node = only;
        }
        var primary = (PrimaryContext)node;
        var trailers = primary.trailer();
        if (trailers.Length > 0) return trailers[^1] is not CallTrailerContext;
        return primary.atom() is NameAtomContext or ParenAtomContext;
    }

    static Target_listContext? TargetBeforeIn(RuleContext? context) => context switch
    {
        For_stmtContext f when f.IN() is null => f.target_list(),
        _ => null,
    };

    /// <summary><c>print "x"</c> and <c>exec "x"</c>: the Python 2 statements at the start of a statement.</summary>
    static IToken? LegacyStatement(IToken token, CommonTokenStream tokens)
    {
        if (token.TokenIndex < 1 || !StartsExpression(token.Type) || token.Type == LPAR) return null;
        IToken name = tokens.Get(token.TokenIndex - 1);
        if (name.Type != NAME || name.Text is not ("print" or "exec")) return null;
        int before = name.TokenIndex - 1;
        return before < 0 || tokens.Get(before).Type is NEWLINE or INDENT or DEDENT or SEMI ? name : null;
    }

    /// <summary>
    /// Two expressions side by side inside brackets (<c>f(a b)</c>, <c>[1, 2 3]</c>): CPython suggests a
    /// comma and points at the first of them. Returns that expression's first token.
    /// </summary>
    static IToken? ForgottenComma(IToken token, RuleContext? context, CommonTokenStream tokens)
    {
        if (!StartsExpression(token.Type) || BracketDepthBefore(token, tokens) == 0) return null;
        IToken? previous = token.TokenIndex > 0 ? tokens.Get(token.TokenIndex - 1) : null;
        if (previous is null || !EndsExpression(previous.Type)) return null;

        // The first expression is the outermost disjunction that ends just before the offending token.
        for (var ctx = context as ParserRuleContext; ctx is not null; ctx = ctx.Parent as ParserRuleContext)
        {
            if (LastDisjunctionEndingAt(ctx, previous) is { } disjunction)
            {
                if (disjunction.Parent is Comp_clauseContext) return null;
                // print "x" and exec "x" are the Python 2 statements, reported differently by CPython.
                if (disjunction.Start.Type == NAME && disjunction.Start.Text is "print" or "exec" && disjunction.Stop == disjunction.Start) return null;
                return disjunction.Start;
            }
        }
        return null;
    }

    static ParserRuleContext? LastDisjunctionEndingAt(ParserRuleContext ctx, IToken previous)
    {
        for (ParserRuleContext? node = ctx.ChildCount > 0 ? ctx.GetChild(ctx.ChildCount - 1) as ParserRuleContext : null;
             node is not null && node.Stop is not null && node.Stop.TokenIndex == previous.TokenIndex;
             node = node.ChildCount > 0 ? node.GetChild(node.ChildCount - 1) as ParserRuleContext : null)
        {
            // A target (`for 1 b`) is read by CPython as an expression too.
            if (node is DisjunctionContext || (node is Bitwise_orContext && node.Parent is Star_targetContext)) return node;
        }
        return null;
    }

    static int BracketDepthBefore(IToken token, CommonTokenStream tokens)
    {
        int depth = 0;
        for (int i = 0; i < token.TokenIndex; i++)
        {
            switch (tokens.Get(i).Type)
            {
                case LPAR or LSQB or LBRACE: depth++; break;
                case RPAR or RSQB or RBRACE: depth = Math.Max(0, depth - 1); break;
            }
        }
        return depth;
    }

    static bool StartsExpression(int type) => type is NAME or MATCH or CASE or NUMBER or STRING or LPAR or LSQB or LBRACE
        or TRUE or FALSE or NONE or ELLIPSIS or LAMBDA or AWAIT or TILDE;

    static bool EndsExpression(int type) => type is NAME or MATCH or CASE or NUMBER or STRING or RPAR or RSQB or RBRACE
        or TRUE or FALSE or NONE or ELLIPSIS;

    static bool InsideCallArguments(RuleContext? context)
    {
        for (var c = context; c is not null; c = c.Parent)
        {
            if (c is ArglistContext or CallTrailerContext) return true;
            if (c is AtomContext or StmtContext) return false;
        }
        return false;
    }

    /// <summary>The start of the argument holding <paramref name="equal"/>: just after the nearest
    /// unmatched '(' or the ',' before it at the same depth.</summary>
    static int? ArgumentStart(IToken equal, CommonTokenStream tokens)
    {
        int depth = 0;
        for (int i = equal.TokenIndex - 1; i >= 0; i--)
        {
            IToken t = tokens.Get(i);
            if (t.Type is RPAR or RSQB or RBRACE) depth++;
            else if (t.Type is LPAR or LSQB or LBRACE)
            {
                if (depth == 0) return tokens.Get(i + 1).StartIndex;
                depth--;
            }
            else if (t.Type == COMMA && depth == 0) return tokens.Get(i + 1).StartIndex;
        }
        return null;
    }

    // `f(a=b=c)`: the argument is already `a=`; CPython then reports plain invalid syntax.
    static bool StartsWithKeyword(int argumentStart, IToken equal, CommonTokenStream tokens)
    {
        for (int i = equal.TokenIndex - 1; i > 0; i--)
        {
            IToken t = tokens.Get(i);
            if (t.StartIndex < argumentStart) break;
            if (t.StartIndex == argumentStart) return t.Type is NAME or MATCH or CASE && tokens.Get(i + 1).Type == EQUAL && i + 1 != equal.TokenIndex;
        }
        return false;
    }
}
