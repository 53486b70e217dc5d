using Py2Cs.Syntax.Ast;

namespace Py2Cs.Semantics.Inference;

/// <summary>Conservative reachability: whether control can fall off the end of a block.</summary>
public static class ControlFlow
{
    public static bool CanFallThrough(ImmutableArray<Stmt> body)
    {
        foreach (var s in body)
            if (!CanFallThrough(s)) return false;
        return true;
    }

    static bool CanFallThrough(Stmt s) => s switch
    {
        Return or Raise => false,
        If i => CanFallThrough(i.Body) || CanFallThrough(i.OrElse),
        While { Test: Constant { Kind: ConstantKind.Bool, Value: true } } w => ContainsBreak(w.Body),
        Try t => t.FinalBody.Length > 0 && !CanFallThrough(t.FinalBody) ? false
            : CanFallThrough(t.Body.AddRange(t.OrElse)) || t.Handlers.Any(h => CanFallThrough(h.Body)),
        With w => CanFallThrough(w.Body),
        Match m => !m.Cases.Any(c => c.Pattern is MatchAs { Pattern: null } && c.Guard is null) || m.Cases.Any(c => CanFallThrough(c.Body)),
        _ => true,
    };

    static bool ContainsBreak(ImmutableArray<Stmt> body) => body.Any(s => s switch
    {
        Break => true,
        If i => ContainsBreak(i.Body) || ContainsBreak(i.OrElse),
        Try t => ContainsBreak(t.Body) || ContainsBreak(t.OrElse) || ContainsBreak(t.FinalBody) || t.Handlers.Any(h => ContainsBreak(h.Body)),
        With w => ContainsBreak(w.Body),
        Match m => m.Cases.Any(c => ContainsBreak(c.Body)),
        _ => false,
    });
}
