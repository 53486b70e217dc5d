using Py2Cs.Syntax.Ast;

namespace Py2Cs.Semantics.Binding;

/// <summary>
/// Class attributes: names a class body assigns (<c>count = 0</c>, <c>limit: ClassVar[int] = 3</c>).
/// Python finds them on the instance's class or the nearest base that assigns them, after the
/// instance's own attributes; a subclass that assigns the name again overrides it for its instances.
/// </summary>
public static class ClassAttributes
{
    /// <summary>Whether <paramref name="cls"/>'s own body assigns <paramref name="name"/> (a variable, not a method).</summary>
    public static bool Declares(ClassInfo cls, string name) =>
        cls.Body.Local(name) is { Kind: SymbolKind.Variable } && !cls.Methods.ContainsKey(name) && !cls.Fields.ContainsKey(name)
        && cls.Node.Body.Any(s => s is Assign { Targets: [Name { Id: var assigned }] } && assigned == name
            || s is AnnAssign { Target: Name { Id: var annotated }, Value: not null } && annotated == name
            || s is Assign { Targets: [Tuple { Elts: var targets }], Value: Tuple { Elts: var values } } && IsParallelAssignment(targets, values)
                && targets.Any(t => t is Name { Id: var unpacked } && unpacked == name));

    /// <summary><c>a, b = 1, 2</c>: names on the left, as many values on the right, no starred target.</summary>
    public static bool IsParallelAssignment(ImmutableArray<Expr> targets, ImmutableArray<Expr> values) =>
        targets.Length == values.Length && targets.All(t => t is Name) && !values.Any(v => v is Starred);

    /// <summary>A class statement inside <paramref name="cls"/>'s body named <paramref name="name"/> (<c>Shape.Meta</c>).</summary>
    public static ClassInfo? NestedClass(ClassInfo cls, string name) =>
        cls.SelfAndBases().Select(c => c.Body.Local(name)).FirstOrDefault(s => s is { Kind: SymbolKind.Class })?.Class;

    /// <summary>
    /// The class whose body provides <paramref name="name"/> for <paramref name="cls"/> (itself or the
    /// nearest base), when it is a class attribute and no instance field of that name exists.
    /// </summary>
    public static ClassInfo? Owner(ClassInfo cls, string name)
    {
        if (cls.FindField(name) is not null) return null;
        return cls.Mro().FirstOrDefault(c => Declares(c, name));   // a mixin's class attribute too, as Python's lookup finds it
    }

    /// <summary>The base <c>object</c> in <c>class X(object)</c>: every class has it, C# classes too.</summary>
    public static bool IsObjectBase(Expr b) => b is Name { Id: "object" };

    /// <summary>The classes whose class attribute <paramref name="name"/> an instance of <paramref name="cls"/>
    /// may see: the owner (itself or its nearest base that assigns it) and every subclass that assigns it again.</summary>
    public static IEnumerable<ClassInfo> Providers(ClassInfo cls, string name, IEnumerable<ClassInfo> allClasses)
    {
        if (cls.Mro().FirstOrDefault(c => Declares(c, name)) is { } owner) yield return owner;
        foreach (var sub in Overrides(cls, name, allClasses)) yield return sub;
    }

    /// <summary>Whether an instance of <paramref name="cls"/> may hold its own value of the class attribute
    /// <paramref name="name"/>: reads through the instance then go through the runtime, which looks at the
    /// instance's attributes first, as Python does.</summary>
    public static bool IsShadowed(ClassInfo cls, string name, IEnumerable<ClassInfo> allClasses) =>
        Providers(cls, name, allClasses).Any(c => c.ShadowedAttributes.Contains(name));

    /// <summary>The subclasses of <paramref name="cls"/> (at any depth, through mixin bases too) that assign <paramref name="name"/> again.</summary>
    public static IEnumerable<ClassInfo> Overrides(ClassInfo cls, string name, IEnumerable<ClassInfo> allClasses) =>
        allClasses.Where(c => c != cls && c.Mro().Contains(cls) && Declares(c, name));
}
