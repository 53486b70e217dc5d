using Py2Cs.Syntax.Ast;
using Py2Cs.Syntax.Comments;

namespace Py2Cs.Emit;

// A statement's comments go on what it became: the leading ones above its first C# statement (or
// member), the trailing and closing ones after its last, and its Python line on all of them. A
// statement that became nothing (pass, an import, a docstring) hands its comments to the next
// statement of its block, or to the block's last one at the end; a block that became nothing
// leaves them above its closing brace.
sealed partial class BodyEmitter
{
    // Comments of a block that emitted no statement, for the caller that builds its braces.
    readonly List<Comment> _dangling = [];

    void CarryComments(Stmt stmt, List<StatementSyntax> result, int statementsBefore,
        List<MemberDeclarationSyntax>? members, int membersBefore, List<Comment> carried)
    {
        var trivia = _module.Trivia;
        carried.AddRange(trivia.Of(stmt, CommentPlace.Leading));
        var trailing = trivia.Of(stmt, CommentPlace.Trailing);
        // After its own: a nested block's comments that found no braces to sit above.
        var after = trivia.Of(stmt, CommentPlace.After).Concat(_dangling).ToList();
        _dangling.Clear();
        int line = stmt.Span.StartLine;
        for (int i = statementsBefore; i < result.Count; i++)
            result[i] = trivia.Decorate(result[i], d => d.Line ??= line);
        if (members is not null && members.Count > membersBefore)
        {
            var leading = carried.ToList();
            members[membersBefore] = trivia.Decorate(members[membersBefore], d => { d.Leading.AddRange(leading); d.Line ??= line; });
            members[^1] = trivia.Decorate(members[^1], d => { d.Trailing.AddRange(trailing); d.After.AddRange(after); });
            carried.Clear();
            return;
        }
        if (result.Count > statementsBefore)
        {
            var leading = carried.ToList();
            result[statementsBefore] = trivia.Decorate(result[statementsBefore], d => d.Leading.AddRange(leading));
            result[^1] = trivia.Decorate(result[^1], d => { d.Trailing.AddRange(trailing); d.After.AddRange(after); });
            carried.Clear();
            return;
        }
        carried.AddRange(trailing);
        carried.AddRange(after);
    }

    /// <summary>A class body statement's comments go on the members it became, or on the next member.</summary>
    void CarryMemberComments(Stmt stmt, List<MemberDeclarationSyntax> members, int membersBefore, List<Comment> carried)
    {
        var trivia = _module.Trivia;
        carried.AddRange(trivia.Of(stmt, CommentPlace.Leading));
        var after = trivia.Of(stmt, CommentPlace.Trailing).Concat(trivia.Of(stmt, CommentPlace.After)).ToList();
        if (members.Count == membersBefore) { carried.AddRange(after); return; }
        var leading = carried.ToList();
        int line = stmt.Span.StartLine;
        members[membersBefore] = trivia.Decorate(members[membersBefore], d => { d.Leading.AddRange(leading); d.Line ??= line; });
        members[^1] = trivia.Decorate(members[^1], d => { d.Trailing.AddRange(trivia.Of(stmt, CommentPlace.Trailing)); d.After.AddRange(trivia.Of(stmt, CommentPlace.After)); });
        carried.Clear();
    }
}
