using Py2Cs.Syntax.Text;

namespace Py2Cs.Syntax.Ast;

// Our own AST, named after CPython's `ast` module (3.11). Every node is immutable and carries the
// span of the source it came from; nodes made by later passes keep the span of what they replace.
// ANTLR parse-tree contexts never leave the front end.

public abstract record Node(SourceSpan Span);

public sealed record Module(SourceSpan Span, ImmutableArray<Stmt> Body, string Path) : Node(Span)
{
    /// <summary>Every comment of the file in source order (a shebang and a coding declaration left out).</summary>
    public ImmutableArray<Comment> Comments { get; init; } = [];

    /// <summary>The module's docstring (its <c>__doc__</c>, as written: CPython 3.11 does not clean it), or null.</summary>
    public string? Docstring => Body is [ExprStmt { Value: Constant { Kind: ConstantKind.Str, Value: string doc } }, ..] ? doc : null;
}

public abstract record Stmt(SourceSpan Span) : Node(Span);
public abstract record Expr(SourceSpan Span) : Node(Span);
public abstract record Pattern(SourceSpan Span) : Node(Span);

public enum ExprContext { Load, Store, Del }
