namespace Py2Cs.Runtime;

/// <summary>
/// Marks the runtime class that implements a Python module (<c>[PyModule("json")] public static class json</c>).
/// The translator's library model reads these attributes from the runtime assembly: the runtime is the one
/// source of truth for which modules exist and what their members are called. The module's Python names
/// are its public members' names, or the name given by <see cref="PyNameAttribute"/> where C# forbids it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PyModuleAttribute(string name) : Attribute
{
    /// <summary>The dotted module name, as in an <c>import</c> statement (<c>os.path</c>).</summary>
    public string Name { get; } = name;
}

/// <summary>
/// The Python name of a runtime member or class where the C# name cannot be it (a keyword, a clash with
/// the enclosing type's name, a member and a type of the same name): <c>[PyName("time")] public double Now()</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class PyNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
