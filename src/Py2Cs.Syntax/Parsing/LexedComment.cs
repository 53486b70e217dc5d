namespace Py2Cs.Syntax.Parsing;

/// <summary>A comment as the lexer met it: offsets into the text (end exclusive), its text from the
/// <c>#</c> on, and whether it stands alone on its line.</summary>
public sealed record LexedComment(int Start, int End, string Text, bool OwnLine)
{
    /// <summary>Alone on its line, and the last code before it ends a block header (<c>else:</c>).</summary>
    public bool AfterBlockHeader { get; init; }
}
