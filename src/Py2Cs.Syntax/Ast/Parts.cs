using Py2Cs.Syntax.Text;

namespace Py2Cs.Syntax.Ast;

// The helper nodes of CPython's ast module that are neither statements nor expressions.

/// <summary>A function's parameters: <c>def f(a, /, b=1, *args, c, d=2, **kw)</c>.
/// <see cref="Defaults"/> belong to the last positional parameters; <see cref="KwDefaults"/> line up
/// with <see cref="KwOnlyArgs"/> (null where a keyword-only parameter has no default).</summary>
public sealed record Arguments(
    SourceSpan Span,
    ImmutableArray<Arg> PosOnlyArgs,
    ImmutableArray<Arg> Args,
    Arg? VarArg,
    ImmutableArray<Arg> KwOnlyArgs,
    ImmutableArray<Expr?> KwDefaults,
    Arg? KwArg,
    ImmutableArray<Expr> Defaults) : Node(Span)
{
    public static Arguments Empty(SourceSpan span) => new(span, [], [], null, [], [], null, []);
}

public sealed record Arg(SourceSpan Span, string Name, Expr? Annotation) : Node(Span);

/// <summary><c>name=value</c> in a call, or <c>**value</c> when <see cref="Name"/> is null.</summary>
public sealed record Keyword(SourceSpan Span, string? Name, Expr Value) : Node(Span);

/// <summary><c>import a.b as c</c>: Name "a.b", AsName "c".</summary>
public sealed record Alias(SourceSpan Span, string Name, string? AsName) : Node(Span);

public sealed record WithItem(SourceSpan Span, Expr ContextExpr, Expr? OptionalVars) : Node(Span);

public sealed record ExceptHandler(SourceSpan Span, Expr? Type, string? Name, ImmutableArray<Stmt> Body) : Node(Span);

public sealed record Comprehension(SourceSpan Span, Expr Target, Expr Iter, ImmutableArray<Expr> Ifs, bool IsAsync) : Node(Span);

public sealed record MatchCase(SourceSpan Span, Pattern Pattern, Expr? Guard, ImmutableArray<Stmt> Body) : Node(Span);
