using System.Reflection;

namespace Py2Cs.Runtime;

// dir(), vars() and slice(): builtins the translator reaches through the library model like any other.
public static partial class Builtins
{
    /// <summary>The attributes every object has in CPython 3.11 (what <c>dir(object())</c> lists).</summary>
    internal static readonly string[] ObjectDunders =
    [
        "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__",
        "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__le__", "__lt__", "__ne__", "__new__",
        "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__",
    ];

    /// <summary>A class of the program also has these (it is not a builtin type).</summary>
    static readonly string[] ProgramClassDunders = ["__dict__", "__module__", "__weakref__"];

    /// <summary><c>dir(obj)</c>: the sorted names of its attributes, its class's and the object protocol's.</summary>
    public static PyList<string> dir(object? obj)
    {
        var names = new HashSet<string>(ObjectDunders, StringComparer.Ordinal);
        var type = obj as Type ?? obj?.GetType() ?? typeof(void);
        bool programClass = typeof(PyObject).IsAssignableFrom(type) && type != typeof(PyObject);
        if (programClass) names.UnionWith(ProgramClassDunders);
        for (var t = type; programClass && t is not null && t != typeof(PyObject); t = t.BaseType)
            foreach (var member in t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
                if (member is MethodInfo { IsSpecialName: false } or FieldInfo or PropertyInfo && !member.Name.Contains('<'))
                    names.Add(member.Name);
        return new PyList<string>(names.Order(StringComparer.Ordinal));
    }

    /// <summary><c>vars(obj)</c>: an instance's own attributes (its <c>__dict__</c>), in the order its class declares them.</summary>
    public static PyDict<string, object?> vars(object? obj)
    {
        // A namespace's attributes (types.SimpleNamespace, argparse.Namespace) are its dictionary itself
        // (changes through it show on the object).
        if (obj is not PyObject && obj is IDynamicAttributes namespaceLike && namespaceLike.TryGetAttribute("__dict__", out object? own)
            && own is PyDict<string, object?> attributes) return attributes;
        if (obj is not PyObject)
            throw new TypeError("vars() argument must have __dict__ attribute");
        var result = new PyDict<string, object?>();
        var chain = new List<Type>();
        for (var t = obj.GetType(); t is not null && t != typeof(PyObject) && t != typeof(object); t = t.BaseType) chain.Insert(0, t);
        // The attributes construction assigns first (base classes' before their subclasses'), then those assigned later.
        var fields = chain.SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)).ToList();
        foreach (bool late in (bool[])[false, true])
            foreach (var field in fields)
                if ((field.GetCustomAttribute<AssignedAfterConstructionAttribute>()?.IsLateOn(obj.GetType()) ?? false) == late && field.GetValue(obj) is var value and not Unassigned)
                    result[field.Name] = value;
        foreach (var (name, value) in ((PyObject)obj).ExtraAttributes) result[name] = value;
        return result;
    }

    public static Slice slice(object? stop) => new(null, SliceBound(stop));

    public static Slice slice(object? start, object? stop, object? step = null) => new(SliceBound(start), SliceBound(stop), SliceBound(step));

    static long? SliceBound(object? value) =>
        value is null ? null
        : value is not double && Py.TryLong(value, out long index) ? index
        : throw new TypeError("slice indices must be integers or None or have an __index__ method");
}

// exit()/quit() and __debug__: the site builtins a script may use.
public static partial class Builtins
{
    /// <summary>CPython runs scripts without -O: assertions are on.</summary>
    public const bool __debug__ = true;

    public static void exit() => throw new SystemExit();

    public static void exit(object? code) => throw new SystemExit(code);

    public static void quit() => throw new SystemExit();

    public static void quit(object? code) => throw new SystemExit(code);
}

// getattr/setattr/hasattr with a name typed object (dynamic code): checked to be a str as CPython does.
public static partial class Builtins
{
    public static object? getattr(object? obj, object? name) => Py.GetAttr(obj, AttributeName(name));

    public static object? getattr(object? obj, object? name, object? @default) => Py.GetAttr(obj, AttributeName(name), @default);

    public static void setattr(object? obj, object? name, object? value) => Py.SetAttr(obj, AttributeName(name), value);

    public static bool hasattr(object? obj, object? name) => Py.HasAttr(obj, AttributeName(name));

    static string AttributeName(object? name) =>
        name as string ?? throw new TypeError($"attribute name must be string, not '{type_name(name)}'");
}
