using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit.SourceTrivia;

/// <summary>What an emitted node carries back from the Python source: the comments around the
/// statement it came from, and that statement's line (for <c>#line</c>).</summary>
sealed class Decoration
{
    /// <summary>Comments on lines of their own above the node.</summary>
    public List<Comment> Leading { get; } = [];

    /// <summary>Comments at the end of the node's last line (the first on that line, the rest below it).</summary>
    public List<Comment> Trailing { get; } = [];

    /// <summary>Comments on lines of their own below the node.</summary>
    public List<Comment> After { get; } = [];

    /// <summary>Comments of a block that emitted nothing: above the node's closing brace.</summary>
    public List<Comment> Closing { get; } = [];

    /// <summary>The Python line the node came from; null for scaffolding py2cs adds.</summary>
    public int? Line { get; set; }
}
