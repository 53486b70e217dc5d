using Py2Cs.Syntax.Ast;

namespace Py2Cs.Syntax.Comments;

/// <summary>The blocks of statements a statement contains, in source order (none for a simple statement).</summary>
public static class StatementBlocks
{
    public static IReadOnlyList<ImmutableArray<Stmt>> Of(Stmt stmt) => stmt switch
    {
        FunctionDef f => [f.Body],
        ClassDef c => [c.Body],
        If i => [i.Body, i.OrElse],
        For f => [f.Body, f.OrElse],
        While w => [w.Body, w.OrElse],
        With w => [w.Body],
        Try t => [t.Body, .. t.Handlers.Select(h => h.Body), t.OrElse, t.FinalBody],
        Match m => [.. m.Cases.Select(c => c.Body)],
        _ => [],
    };
}
