using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Semantics.Library;

/// <summary>The static types at one call site, given to a library member to compute its result type.</summary>
public sealed record CallArgs(ImmutableArray<PyType> Positional, ImmutableDictionary<string, PyType> Keywords, bool HasStarArgs)
{
    /// <summary>For thunk-shaped calls (<c>to_thread(f, x)</c>): the result type of calling the callable with the rest.</summary>
    public PyType ThunkResult { get; init; } = PyType.Object;

    /// <summary>The position of the first <c>*xs</c> argument, -1 when there is none.</summary>
    public int FirstStarred { get; init; } = -1;

    /// <summary>Some <c>*xs</c> spreads a dynamic value: how many items it gives, and of what type, is known at run time only.</summary>
    public bool DynamicStarred { get; init; }

    /// <summary>Whether some <c>*xs</c> among a call's positional arguments spreads a value of unknown type, or
    /// items of unknown type (<c>*(r.x for r in rows)</c> in dynamic code).</summary>
    public static bool DynamicStarredIn(ImmutableArray<Expr> positional, Func<Expr, PyType> typeOf) =>
        positional.Any(a => a is Starred s && (typeOf(s.Value) is ObjectType || LibraryCatalog.ElementOf(typeOf(s.Value)) is ObjectType));

    /// <summary>The position of the first <c>*xs</c> among a call's positional arguments, -1 when there is none.</summary>
    public static int FirstStarredIn(ImmutableArray<Expr> positional)
    {
        for (int i = 0; i < positional.Length; i++)
            if (positional[i] is Starred) return i;
        return -1;
    }

    /// <summary>The arguments written as str literals, by position and by keyword: a few results depend on the
    /// value, not only the type (<c>open(path, "rb")</c> is a binary file). Empty where a call site is not at hand.</summary>
    public ImmutableDictionary<string, string> StrLiterals { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>The key of a positional argument in <see cref="StrLiterals"/>.</summary>
    public static string PositionKey(int index) => "#" + index;

    /// <summary>The str literal passed at <paramref name="index"/> or as <paramref name="name"/>, if it was one.</summary>
    public string? StrLiteral(int index, string name) =>
        StrLiterals.GetValueOrDefault(PositionKey(index)) ?? StrLiterals.GetValueOrDefault(name);

    public static readonly CallArgs None = new(ImmutableArray<PyType>.Empty, ImmutableDictionary<string, PyType>.Empty, false);

    /// <summary>A call passing values of these types positionally, and nothing else.</summary>
    public static CallArgs Positionally(IEnumerable<PyType> types) => new([.. types], ImmutableDictionary<string, PyType>.Empty, false);

    public PyType? At(int index) => index < Positional.Length ? Positional[index] : null;
    public PyType? Keyword(string name) => Keywords.GetValueOrDefault(name);
    public PyType? Arg(int index, string name) => At(index) ?? Keyword(name);
}
