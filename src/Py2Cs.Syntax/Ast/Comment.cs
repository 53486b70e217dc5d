using Py2Cs.Syntax.Text;

namespace Py2Cs.Syntax.Ast;

/// <summary>
/// A <c># ...</c> comment of the source. <see cref="Text"/> is what follows the <c>#</c>;
/// <see cref="OwnLine"/> is true when nothing but indentation precedes it on its line. Comments are
/// not statements: <see cref="Module.Comments"/> holds them beside the tree, and
/// <see cref="Py2Cs.Syntax.Comments.CommentMap"/> says which statement each one belongs to.
/// </summary>
public sealed record Comment(SourceSpan Span, string Text, bool OwnLine)
{
    /// <summary>Alone on its line right after a block header (<c>else:</c>, <c>def f():</c>): the
    /// comment opens that block, it does not close the one before.</summary>
    public bool AfterBlockHeader { get; init; }
}
