namespace Py2Cs.Runtime;

/// <summary>
/// The argument of the constructor a translated class declares for subclasses whose <c>__init__</c> never calls
/// its own: C# runs a base constructor in every construction, Python runs a base <c>__init__</c> only when called.
/// <c>protected Base(SkipInit skip) : base(skip) { }</c> runs no Python code, so <c>class Sub(Base)</c> whose
/// <c>__init__</c> does not call <c>Base.__init__</c> constructs as in Python (field defaults only).
/// </summary>
public sealed class SkipInit
{
    public static readonly SkipInit Value = new();

    SkipInit() { }
}
