namespace Py2Cs.Runtime;

/// <summary>
/// The value of a dynamic instance field before the program first assigns it, where Python's instance
/// has no such attribute yet (<c>self.cache</c> set in a later method, not in <c>__init__</c>):
/// <c>getattr(self, "cache", {})</c> gives the default, <c>hasattr</c> says False, <c>vars()</c>
/// leaves it out, and a read raises CPython's AttributeError.
/// </summary>
public sealed class Unassigned
{
    public static readonly Unassigned Value = new();

    private Unassigned() { }

    public override string ToString() => "<unassigned>";
}

/// <summary>
/// Marks an instance field that starts <see cref="Unassigned"/> because construction does not assign it: CPython's
/// instance dictionary holds attributes in the order they were first assigned, so <c>vars()</c> lists these after
/// the ones construction gives, except on instances of the subclasses that the attribute names, whose own construction
/// assigns the field (a base class's field that only some subclasses set up).
/// </summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class AssignedAfterConstructionAttribute(params Type[] constructedBy) : Attribute
{
    public IReadOnlyList<Type> ConstructedBy { get; } = constructedBy;

    /// <summary>Whether an instance of <paramref name="type"/> gets the field only after construction.</summary>
    public bool IsLateOn(Type type) => !ConstructedBy.Any(c => c.IsAssignableFrom(type));
}
