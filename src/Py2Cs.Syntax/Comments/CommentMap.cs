using Py2Cs.Syntax.Ast;

namespace Py2Cs.Syntax.Comments;

/// <summary>Where a comment goes relative to the statement it belongs to.</summary>
public enum CommentPlace
{
    /// <summary>On lines of its own above the statement (or on a compound statement's header line).</summary>
    Leading,

    /// <summary>At the end of one of the statement's lines.</summary>
    Trailing,

    /// <summary>On lines of its own after the statement, at the end of its block.</summary>
    After,
}

/// <summary>
/// Which statement each comment of a module belongs to, decided once in the front end so every later
/// stage agrees: a comment alone on its line leads the statement that follows it in the same block,
/// or closes the block it is indented into (the end of a body, before <c>else:</c> or <c>except:</c>);
/// a comment after code on a line trails the innermost simple statement of that line (on a compound
/// statement's header line it leads that statement). Comments above the module's first statement
/// are its <see cref="Header"/>. Statements are keyed by the start of their span, which nodes made by
/// lowering keep.
/// </summary>
public sealed class CommentMap
{
    readonly Dictionary<(int Start, CommentPlace Place), List<Comment>> _placed = [];

    CommentMap(ImmutableArray<Comment> header) => Header = header;

    public static readonly CommentMap Empty = new([]);

    /// <summary>Comments above the first statement of the module: what the file is about.</summary>
    public ImmutableArray<Comment> Header { get; }

    /// <summary>The comments that go at <paramref name="place"/> of <paramref name="stmt"/>, in source order.</summary>
    public IReadOnlyList<Comment> Of(Stmt stmt, CommentPlace place) =>
        _placed.TryGetValue((stmt.Span.Start, place), out var list) ? list : [];

    public static CommentMap Build(Module module)
    {
        var firstStart = module.Body.Length > 0 ? module.Body[0].Span.Start : int.MaxValue;
        var map = new CommentMap([.. module.Comments.Where(c => c.OwnLine && c.Span.Start < firstStart)]);
        foreach (var comment in module.Comments)
        {
            if (comment.OwnLine && comment.Span.Start < firstStart) continue;
            var (stmt, place) = comment.OwnLine ? OwnLine(comment, [module.Body]) : EndOfLine(comment, module);
            if (stmt is null) continue;   // unreachable: a module with a comment after code has a statement
            var key = (stmt.Span.Start, place);
            if (!map._placed.TryGetValue(key, out var list)) map._placed[key] = list = [];
            list.Add(comment);
        }
        return map;
    }

    /// <summary>A comment after code: the innermost statement whose lines include the comment's line.</summary>
    static (Stmt?, CommentPlace) EndOfLine(Comment comment, Module module)
    {
        int line = comment.Span.StartLine;
        Stmt? owner = null;
        var blocks = (IEnumerable<ImmutableArray<Stmt>>)[module.Body];
        while (blocks.SelectMany(b => b).FirstOrDefault(s => s.Span.StartLine <= line && line <= s.Span.EndLine) is { } inner)
        {
            owner = inner;
            blocks = StatementBlocks.Of(inner);
        }
        if (owner is null) return OwnLine(comment, [module.Body]);
        if (StatementBlocks.Of(owner).Count == 0) return (owner, CommentPlace.Trailing);
        // A compound statement's header line (`for x in xs:  # why`): above the statement.
        if (line == owner.Span.StartLine) return (owner, CommentPlace.Leading);
        // `else:  # why`, `except E:  # why`: above the first statement of the clause it opens.
        var next = StatementBlocks.Of(owner).SelectMany(b => b).FirstOrDefault(s => s.Span.StartLine > line);
        return next is null ? OwnLine(comment, StatementBlocks.Of(owner)) : (next, CommentPlace.Leading);
    }

    /// <summary>A comment alone on its line, among the statements of <paramref name="blocks"/> (one
    /// statement's bodies in source order, or the module).</summary>
    static (Stmt?, CommentPlace) OwnLine(Comment comment, IReadOnlyList<ImmutableArray<Stmt>> blocks)
    {
        int at = comment.Span.Start, column = comment.Span.StartColumn;
        Stmt? previous = null;
        bool crossedBlock = false;
        foreach (var block in blocks)
        {
            crossedBlock = previous is not null;
            foreach (var stmt in block)
            {
                if (stmt.Span.End <= at) { previous = stmt; crossedBlock = false; continue; }
                if (stmt.Span.Start <= at)
                {
                    var inner = StatementBlocks.Of(stmt);
                    return inner.Count == 0 ? (stmt, CommentPlace.Trailing) : OwnLine(comment, inner);
                }
                // The comment lies between previous and stmt. Right after a block header it opens that
                // block; before the next clause (`else:`) or indented into previous's block, it ends that block.
                if (previous is not null && !comment.AfterBlockHeader && (crossedBlock || column > stmt.Span.StartColumn))
                    return (EndOf(previous, column), CommentPlace.After);
                return (stmt, CommentPlace.Leading);
            }
        }
        return previous is null ? (null, CommentPlace.After) : (EndOf(previous, column), CommentPlace.After);
    }

    /// <summary>The innermost last statement of <paramref name="stmt"/> that a comment at <paramref name="column"/> is indented into.</summary>
    static Stmt EndOf(Stmt stmt, int column)
    {
        while (column > stmt.Span.StartColumn && StatementBlocks.Of(stmt).Where(b => b.Length > 0).Select(b => b[^1]).LastOrDefault() is { } last
               && last.Span.StartColumn <= column)
            stmt = last;
        return stmt;
    }
}
