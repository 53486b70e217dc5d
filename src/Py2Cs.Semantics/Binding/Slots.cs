using Py2Cs.Syntax.Ast;

namespace Py2Cs.Semantics.Binding;

/// <summary>
/// <c>__slots__ = ("x", "y")</c>: instances of a class whose every program class declares slots (none
/// naming <c>__dict__</c>) have only those attributes, so an assignment to another name is CPython's
/// AttributeError at run time, never a new field.
/// </summary>
public static class Slots
{
    public static bool Allows(ClassInfo cls, string name)
    {
        var chain = cls.Mro();
        var declared = chain.Select(Of).ToList();
        if (declared.Any(s => s is null) || cls.LibraryBase is not null) return true;
        return declared.OfType<IReadOnlyList<string>>().Any(s => s.Contains(name) || s.Contains("__dict__"));
    }

    /// <summary>The names a class body's literal <c>__slots__</c> lists, or null without one.</summary>
    static IReadOnlyList<string>? Of(ClassInfo cls)
    {
        var value = cls.Node.Body.OfType<Assign>().LastOrDefault(a => a.Targets is [Name { Id: "__slots__" }])?.Value;
        var items = value switch { Tuple t => t.Elts, List l => l.Elts, Constant => [value], _ => default(ImmutableArray<Expr>?) };
        if (items is not { } names || names.Any(e => e is not Constant { Kind: ConstantKind.Str })) return null;
        return names.Select(e => (string)((Constant)e).Value!).ToList();
    }
}
