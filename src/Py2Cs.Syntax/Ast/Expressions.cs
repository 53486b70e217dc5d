using Py2Cs.Syntax.Text;

namespace Py2Cs.Syntax.Ast;

public sealed record BoolOp(SourceSpan Span, BoolOperator Op, ImmutableArray<Expr> Values) : Expr(Span);

/// <summary>The walrus, <c>target := value</c>.</summary>
public sealed record NamedExpr(SourceSpan Span, Name Target, Expr Value) : Expr(Span);

public sealed record BinOp(SourceSpan Span, Expr Left, BinaryOperator Op, Expr Right) : Expr(Span);

public sealed record UnaryOp(SourceSpan Span, UnaryOperator Op, Expr Operand) : Expr(Span);

public sealed record Lambda(SourceSpan Span, Arguments Args, Expr Body) : Expr(Span);

public sealed record IfExp(SourceSpan Span, Expr Test, Expr Body, Expr OrElse) : Expr(Span);

/// <summary>A dict display; a null key marks <c>**value</c> unpacking.</summary>
public sealed record Dict(SourceSpan Span, ImmutableArray<Expr?> Keys, ImmutableArray<Expr> Values) : Expr(Span);

public sealed record Set(SourceSpan Span, ImmutableArray<Expr> Elts) : Expr(Span);

public sealed record ListComp(SourceSpan Span, Expr Elt, ImmutableArray<Comprehension> Generators) : Expr(Span);

public sealed record SetComp(SourceSpan Span, Expr Elt, ImmutableArray<Comprehension> Generators) : Expr(Span);

public sealed record DictComp(SourceSpan Span, Expr Key, Expr Value, ImmutableArray<Comprehension> Generators) : Expr(Span);

public sealed record GeneratorExp(SourceSpan Span, Expr Elt, ImmutableArray<Comprehension> Generators) : Expr(Span);

public sealed record Await(SourceSpan Span, Expr Value) : Expr(Span);

public sealed record Yield(SourceSpan Span, Expr? Value) : Expr(Span);

public sealed record YieldFrom(SourceSpan Span, Expr Value) : Expr(Span);

/// <summary><c>a &lt; b &lt;= c</c>: Left a, Ops [Lt, LtE], Comparators [b, c].</summary>
public sealed record Compare(SourceSpan Span, Expr Left, ImmutableArray<CompareOperator> Ops, ImmutableArray<Expr> Comparators) : Expr(Span);

/// <summary>A call; positional arguments may include <see cref="Starred"/>; keywords with a null name are <c>**kwargs</c>.</summary>
public sealed record Call(SourceSpan Span, Expr Func, ImmutableArray<Expr> Args, ImmutableArray<Keyword> Keywords) : Expr(Span);

/// <summary>One replacement field of an f-string. Conversion is 's', 'r', 'a' or null. FormatSpec is a
/// <see cref="JoinedStr"/> (it may itself contain fields). For <c>{x=}</c> the builder places the text
/// "x=" as a constant before this node and, as CPython does, uses conversion 'r' when there is no spec.</summary>
public sealed record FormattedValue(SourceSpan Span, Expr Value, char? Conversion, JoinedStr? FormatSpec) : Expr(Span);

/// <summary>An f-string: constants (str) and <see cref="FormattedValue"/>s; adjacent literals are already joined.</summary>
public sealed record JoinedStr(SourceSpan Span, ImmutableArray<Expr> Values) : Expr(Span);

public enum ConstantKind { None, Bool, Int, Float, Complex, Str, Bytes, Ellipsis }

/// <summary>A literal. Value holds: null (None), bool, System.Numerics.BigInteger (int), double (float and
/// the imaginary part of a complex), string (str, escapes already decoded), byte[] (bytes), null (Ellipsis).</summary>
public sealed record Constant(SourceSpan Span, ConstantKind Kind, object? Value) : Expr(Span)
{
    /// <summary>CPython's <c>kind</c> field: "u" for a string literal written with a u prefix, otherwise null.</summary>
    public string? StringKind { get; init; }
}

public sealed record Attribute(SourceSpan Span, Expr Value, string Attr, ExprContext Ctx) : Expr(Span);

public sealed record Subscript(SourceSpan Span, Expr Value, Expr Slice, ExprContext Ctx) : Expr(Span);

public sealed record Starred(SourceSpan Span, Expr Value, ExprContext Ctx) : Expr(Span);

public sealed record Name(SourceSpan Span, string Id, ExprContext Ctx) : Expr(Span);

public sealed record List(SourceSpan Span, ImmutableArray<Expr> Elts, ExprContext Ctx) : Expr(Span);

public sealed record Tuple(SourceSpan Span, ImmutableArray<Expr> Elts, ExprContext Ctx) : Expr(Span);

public sealed record Slice(SourceSpan Span, Expr? Lower, Expr? Upper, Expr? Step) : Expr(Span);
