namespace Py2Cs.Runtime;

/// <summary>
/// The docstring of a translated class (its <c>__doc__</c>), emitted when the program reads <c>__doc__</c>
/// somewhere. A class without one has <c>__doc__</c> None: CPython does not inherit it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PyDocAttribute(string doc) : Attribute
{
    public string Doc { get; } = doc;
}
