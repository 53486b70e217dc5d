namespace Py2Cs.Runtime;

/// <summary>
/// Marks the runtime class that implements a Python module (<c>[PyModule("json")] public static class json</c>).
/// The translator's library model reads these attributes from the runtime assembly: the runtime is the one
/// source of truth for which modules exist and what their members are called. The module's Python names
/// are its public members' names, or the name given by <see cref="PyNameAttribute"/> where C# forbids it.
/// A class may implement several names of one module (<c>typing</c> and <c>typing_extensions</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = true)]
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

/// <summary>
/// A keyword-only parameter of a Python function whose C# signature must put it before the <c>params</c>
/// array of <c>*args</c> (<c>create_subprocess_exec(program, *args, stdin=None, ...)</c>): the library model
/// binds it by name only, so extra positional arguments go to <c>*args</c> as in Python.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class PyKeywordOnlyAttribute : Attribute;

/// <summary>
/// A public runtime member or nested class that is not a Python name of its module: a helper the generated
/// C# or the runtime itself needs public (<c>asyncio.wrap_task</c>, a transport's C# base class). The library
/// model leaves it out, so a program that spells it is refused as CPython would not know it either.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class PyHiddenAttribute : Attribute;

/// <summary>
/// Python names the module has in CPython 3.11 that the runtime does not implement, with the reason, so the
/// translator refuses them with that reason instead of a bare "not supported":
/// <c>[PyMissing("Unix-domain sockets are not implemented", "open_unix_connection", "start_unix_server")]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class PyMissingAttribute(string reason, params string[] names) : Attribute
{
    public string Reason { get; } = reason;
    public IReadOnlyList<string> Names { get; } = names;
}

/// <summary>
/// The Python class a runtime class is when the module makes its instances with a function of that class's name
/// (<c>collections.Counter</c>: the overloads of <c>collections.Counter(...)</c> build a <c>Counter&lt;T&gt;</c>).
/// As a value the class is this type (<c>typeof(Counter&lt;&gt;)</c> for a generic one): <c>isinstance(x, Counter)</c>,
/// <c>type(c) is Counter</c> and <c>Counter.__name__</c> see a class, and calling it calls the module function.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class PyFactoryAttribute(Type module, string function) : Attribute
{
    /// <summary>The module class (<c>typeof(collections)</c>).</summary>
    public Type Module { get; } = module;
    /// <summary>The module function that makes instances, which is also the class's Python name.</summary>
    public string Function { get; } = function;
}
