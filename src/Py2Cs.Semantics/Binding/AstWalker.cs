using Py2Cs.Syntax.Ast;

namespace Py2Cs.Semantics.Binding;

/// <summary>
/// Visits every node of a module in source order. Subclasses override the node kinds they care
/// about and call the base method to keep walking into children.
/// </summary>
public abstract class AstWalker
{
    /// <summary>Whether <paramref name="root"/> or an expression inside it matches, without looking inside the
    /// expressions <paramref name="skip"/> names (a lambda, whose body runs elsewhere).</summary>
    public static bool AnyExpr(Expr root, Func<Expr, bool> match, Func<Expr, bool>? skip = null)
    {
        var search = new ExprSearch(match, skip);
        search.VisitExpr(root);
        return search.Found;
    }

    sealed class ExprSearch(Func<Expr, bool> match, Func<Expr, bool>? skip) : AstWalker
    {
        public bool Found;

        public override void VisitExpr(Expr expr)
        {
            if (Found) return;
            if (match(expr)) Found = true;
            else if (skip?.Invoke(expr) != true) base.VisitExpr(expr);
        }
    }

    public virtual void VisitBody(ImmutableArray<Stmt> body)
    {
        foreach (var s in body) VisitStmt(s);
    }

    public virtual void VisitStmt(Stmt stmt)
    {
        switch (stmt)
        {
            case FunctionDef f: VisitFunctionDef(f); break;
            case ClassDef c: VisitClassDef(c); break;
            case Return r: Opt(r.Value); break;
            case Delete d: Each(d.Targets); break;
            case Assign a: VisitExpr(a.Value); Each(a.Targets); break;
            case AugAssign a: VisitExpr(a.Value); VisitExpr(a.Target); break;
            case AnnAssign a: Opt(a.Value); VisitExpr(a.Target); break;
            case For f: VisitExpr(f.Iter); VisitExpr(f.Target); VisitBody(f.Body); VisitBody(f.OrElse); break;
            case While w: VisitExpr(w.Test); VisitBody(w.Body); VisitBody(w.OrElse); break;
            case If i: VisitExpr(i.Test); VisitBody(i.Body); VisitBody(i.OrElse); break;
            case With w:
                foreach (var item in w.Items) { VisitExpr(item.ContextExpr); Opt(item.OptionalVars); }
                VisitBody(w.Body);
                break;
            case Match m:
                VisitExpr(m.Subject);
                foreach (var c in m.Cases) { VisitPattern(c.Pattern); Opt(c.Guard); VisitBody(c.Body); }
                break;
            case Raise r: Opt(r.Exc); Opt(r.Cause); break;
            case Try t:
                VisitBody(t.Body);
                foreach (var h in t.Handlers) VisitHandler(h);
                VisitBody(t.OrElse);
                VisitBody(t.FinalBody);
                break;
            case Assert a: VisitExpr(a.Test); Opt(a.Msg); break;
            case ExprStmt e: VisitExpr(e.Value); break;
            case Import or ImportFrom or Global or Nonlocal or Pass or Break or Continue: break;
        }
    }

    public virtual void VisitHandler(ExceptHandler handler)
    {
        Opt(handler.Type);
        VisitBody(handler.Body);
    }

    public virtual void VisitFunctionDef(FunctionDef f)
    {
        Each(f.DecoratorList);
        VisitArgumentsOuter(f.Args);
        Opt(f.Returns);
        VisitBody(f.Body);
    }

    /// <summary>Defaults and annotations: evaluated in the enclosing scope.</summary>
    protected void VisitArgumentsOuter(Arguments a)
    {
        Each(a.Defaults);
        foreach (var d in a.KwDefaults) Opt(d);
        foreach (var arg in a.PosOnlyArgs.Concat(a.Args).Concat(a.KwOnlyArgs)) Opt(arg.Annotation);
        Opt(a.VarArg?.Annotation);
        Opt(a.KwArg?.Annotation);
    }

    public virtual void VisitClassDef(ClassDef c)
    {
        Each(c.DecoratorList);
        Each(c.Bases);
        foreach (var k in c.Keywords) VisitExpr(k.Value);
        VisitBody(c.Body);
    }

    public virtual void VisitExpr(Expr expr)
    {
        switch (expr)
        {
            case BoolOp b: Each(b.Values); break;
            case NamedExpr n: VisitExpr(n.Value); VisitExpr(n.Target); break;
            case BinOp b: VisitExpr(b.Left); VisitExpr(b.Right); break;
            case UnaryOp u: VisitExpr(u.Operand); break;
            case Lambda l: VisitLambda(l); break;
            case IfExp i: VisitExpr(i.Test); VisitExpr(i.Body); VisitExpr(i.OrElse); break;
            case Dict d: foreach (var k in d.Keys) Opt(k); Each(d.Values); break;
            case Set s: Each(s.Elts); break;
            case ListComp or SetComp or DictComp or GeneratorExp: VisitComprehension(expr); break;
            case Await a: VisitExpr(a.Value); break;
            case Yield y: Opt(y.Value); break;
            case YieldFrom y: VisitExpr(y.Value); break;
            case Compare c: VisitExpr(c.Left); Each(c.Comparators); break;
            case Call c: VisitExpr(c.Func); Each(c.Args); foreach (var k in c.Keywords) VisitExpr(k.Value); break;
            case FormattedValue f: VisitExpr(f.Value); if (f.FormatSpec is not null) VisitExpr(f.FormatSpec); break;
            case JoinedStr j: Each(j.Values); break;
            case Attribute a: VisitExpr(a.Value); break;
            case Subscript s: VisitExpr(s.Value); VisitExpr(s.Slice); break;
            case Starred s: VisitExpr(s.Value); break;
            case List l: Each(l.Elts); break;
            case Tuple t: Each(t.Elts); break;
            case Slice s: Opt(s.Lower); Opt(s.Upper); Opt(s.Step); break;
            case Name or Constant: break;
        }
    }

    public virtual void VisitLambda(Lambda l)
    {
        VisitArgumentsOuter(l.Args);
        VisitExpr(l.Body);
    }

    /// <summary>The first iterable is evaluated outside the comprehension's scope, the rest inside.</summary>
    public virtual void VisitComprehension(Expr comp)
    {
        var (gens, elts) = Comprehensions.Parts(comp);
        for (int i = 0; i < gens.Length; i++)
        {
            VisitExpr(gens[i].Iter);
            VisitExpr(gens[i].Target);
            Each(gens[i].Ifs);
        }
        Each(elts);
    }

    public virtual void VisitPattern(Pattern p)
    {
        switch (p)
        {
            case MatchValue v: VisitExpr(v.Value); break;
            case MatchSequence s: foreach (var x in s.Patterns) VisitPattern(x); break;
            case MatchMapping m: Each(m.Keys); foreach (var x in m.Patterns) VisitPattern(x); break;
            case MatchClass c: VisitExpr(c.Cls); foreach (var x in c.Patterns.Concat(c.KwdPatterns)) VisitPattern(x); break;
            case MatchAs a: if (a.Pattern is not null) VisitPattern(a.Pattern); break;
            case MatchOr o: foreach (var x in o.Patterns) VisitPattern(x); break;
        }
    }

    protected void Each(IEnumerable<Expr> exprs)
    {
        foreach (var e in exprs) VisitExpr(e);
    }

    protected void Opt(Expr? e)
    {
        if (e is not null) VisitExpr(e);
    }
}

public static class Comprehensions
{
    /// <summary>The generators and the element expressions of any comprehension.</summary>
    public static (ImmutableArray<Comprehension> Generators, ImmutableArray<Expr> Elements) Parts(Expr comp) => comp switch
    {
        ListComp l => (l.Generators, [l.Elt]),
        SetComp s => (s.Generators, [s.Elt]),
        GeneratorExp g => (g.Generators, [g.Elt]),
        DictComp d => (d.Generators, [d.Key, d.Value]),
        _ => throw new ArgumentException("not a comprehension", nameof(comp)),
    };
}
