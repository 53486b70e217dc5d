using Py2Cs.Syntax.Text;

namespace Py2Cs.Syntax.Ast;

public sealed record FunctionDef(SourceSpan Span, string Name, Arguments Args, ImmutableArray<Stmt> Body,
    ImmutableArray<Expr> DecoratorList, Expr? Returns, bool IsAsync) : Stmt(Span);

public sealed record ClassDef(SourceSpan Span, string Name, ImmutableArray<Expr> Bases, ImmutableArray<Keyword> Keywords,
    ImmutableArray<Stmt> Body, ImmutableArray<Expr> DecoratorList) : Stmt(Span)
{
    /// <summary>The class's docstring (its <c>__doc__</c>, as written), or null.</summary>
    public string? Docstring => Body is [ExprStmt { Value: Constant { Kind: ConstantKind.Str, Value: string doc } }, ..] ? doc : null;
}

public sealed record Return(SourceSpan Span, Expr? Value) : Stmt(Span);

public sealed record Delete(SourceSpan Span, ImmutableArray<Expr> Targets) : Stmt(Span);

/// <summary><c>a = b = value</c>: one target per <c>=</c>.</summary>
public sealed record Assign(SourceSpan Span, ImmutableArray<Expr> Targets, Expr Value) : Stmt(Span);

public sealed record AugAssign(SourceSpan Span, Expr Target, BinaryOperator Op, Expr Value) : Stmt(Span);

/// <summary><c>target: annotation = value</c>; Simple is true for a plain name not in parentheses.</summary>
public sealed record AnnAssign(SourceSpan Span, Expr Target, Expr Annotation, Expr? Value, bool Simple) : Stmt(Span);

public sealed record For(SourceSpan Span, Expr Target, Expr Iter, ImmutableArray<Stmt> Body, ImmutableArray<Stmt> OrElse, bool IsAsync) : Stmt(Span);

public sealed record While(SourceSpan Span, Expr Test, ImmutableArray<Stmt> Body, ImmutableArray<Stmt> OrElse) : Stmt(Span);

/// <summary><c>elif</c> is an <see cref="If"/> alone in <see cref="OrElse"/>, as in CPython.</summary>
public sealed record If(SourceSpan Span, Expr Test, ImmutableArray<Stmt> Body, ImmutableArray<Stmt> OrElse) : Stmt(Span);

public sealed record With(SourceSpan Span, ImmutableArray<WithItem> Items, ImmutableArray<Stmt> Body, bool IsAsync) : Stmt(Span);

public sealed record Match(SourceSpan Span, Expr Subject, ImmutableArray<MatchCase> Cases) : Stmt(Span);

public sealed record Raise(SourceSpan Span, Expr? Exc, Expr? Cause) : Stmt(Span);

/// <summary><c>try</c>; <see cref="IsStar"/> for <c>except*</c> (CPython's TryStar).</summary>
public sealed record Try(SourceSpan Span, ImmutableArray<Stmt> Body, ImmutableArray<ExceptHandler> Handlers,
    ImmutableArray<Stmt> OrElse, ImmutableArray<Stmt> FinalBody, bool IsStar) : Stmt(Span);

public sealed record Assert(SourceSpan Span, Expr Test, Expr? Msg) : Stmt(Span);

public sealed record Import(SourceSpan Span, ImmutableArray<Alias> Names) : Stmt(Span);

/// <summary><c>from .module import a as b</c>; Module is null for <c>from . import x</c>; a star import has one alias named "*".</summary>
public sealed record ImportFrom(SourceSpan Span, string? Module, ImmutableArray<Alias> Names, int Level) : Stmt(Span);

public sealed record Global(SourceSpan Span, ImmutableArray<string> Names) : Stmt(Span);

public sealed record Nonlocal(SourceSpan Span, ImmutableArray<string> Names) : Stmt(Span);

public sealed record ExprStmt(SourceSpan Span, Expr Value) : Stmt(Span);

public sealed record Pass(SourceSpan Span) : Stmt(Span);

public sealed record Break(SourceSpan Span) : Stmt(Span);

public sealed record Continue(SourceSpan Span) : Stmt(Span);
