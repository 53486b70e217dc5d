using Py2Cs.Syntax.Text;

namespace Py2Cs.Syntax.Ast;

public sealed record MatchValue(SourceSpan Span, Expr Value) : Pattern(Span);

/// <summary>None, True or False (Value null, true, false).</summary>
public sealed record MatchSingleton(SourceSpan Span, bool? Value) : Pattern(Span);

public sealed record MatchSequence(SourceSpan Span, ImmutableArray<Pattern> Patterns) : Pattern(Span);

public sealed record MatchMapping(SourceSpan Span, ImmutableArray<Expr> Keys, ImmutableArray<Pattern> Patterns, string? Rest) : Pattern(Span);

public sealed record MatchClass(SourceSpan Span, Expr Cls, ImmutableArray<Pattern> Patterns,
    ImmutableArray<string> KwdAttrs, ImmutableArray<Pattern> KwdPatterns) : Pattern(Span);

/// <summary><c>*rest</c> in a sequence pattern; Name null for <c>*_</c>.</summary>
public sealed record MatchStar(SourceSpan Span, string? Name) : Pattern(Span);

/// <summary><c>pattern as name</c>, a capture (<c>Pattern</c> null), or the wildcard <c>_</c> (both null).</summary>
public sealed record MatchAs(SourceSpan Span, Pattern? Pattern, string? Name) : Pattern(Span);

public sealed record MatchOr(SourceSpan Span, ImmutableArray<Pattern> Patterns) : Pattern(Span);
