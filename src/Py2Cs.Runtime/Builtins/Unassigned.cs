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
