using System.Collections.Concurrent;
using System.Reflection;

namespace Py2Cs.Runtime;

/// <summary>
/// A library module as a Python value: <c>mod = math</c>, <c>getattr(math, name)</c>,
/// <c>hasattr(itertools, "batched")</c>, a module passed to a function. Its attributes are read from the
/// runtime class marked <c>[PyModule]</c> with the library model's rules (a static method group is a
/// function, a static field or property a constant, a public nested type a class, <c>[PyName]</c> renames,
/// <c>[PyHidden]</c> hides), so the module's members are still described once, by the runtime class.
/// A module whose class is not static (<c>copy</c>, <c>time</c>) is the instance held by a
/// <see cref="Builtins"/> field, and its instance methods are its functions.
/// </summary>
[PyName("module")]
public sealed class ModuleObject : IDynamicAttributes
{
    static readonly Lazy<IReadOnlyDictionary<string, Type>> Modules = new(FindModules);
    static readonly ConcurrentDictionary<string, ModuleObject> Made = new();

    readonly Type _class;
    readonly object? _instance;
    readonly ConcurrentDictionary<string, object?> _attributes = new();

    ModuleObject(string name, Type moduleClass)
    {
        __name__ = name;
        _class = moduleClass;
        _instance = moduleClass.IsAbstract && moduleClass.IsSealed ? null : InstanceOf(moduleClass);
    }

    public string __name__ { get; }

    /// <summary>The module of that dotted Python name (<c>Py.Module("os.path")</c>): one object per name,
    /// so <c>a is b</c> holds for two references, as it does for CPython's <c>sys.modules</c> entries.</summary>
    public static ModuleObject Named(string name) =>
        Made.GetOrAdd(name, n => Modules.Value.TryGetValue(n, out var type)
            ? new ModuleObject(n, type)
            : throw new ModuleNotFoundError($"No module named '{n}'"));

    public bool TryGetAttribute(string name, out object? value)
    {
        value = _attributes.GetOrAdd(name, Resolve);
        if (value is not Missing) return true;
        value = null;
        return false;
    }

    /// <summary><c>mod.x = v</c> sets an attribute of the module value only (the runtime's functions do not see it).</summary>
    public bool TrySetAttribute(string name, object? value)
    {
        _attributes[name] = value;
        return true;
    }

    public bool TryDeleteAttribute(string name) => _attributes.TryRemove(name, out var old) && old is not Missing;

    object? Resolve(string name)
    {
        if (name == "__name__") return __name__;
        var flags = BindingFlags.Public | BindingFlags.DeclaredOnly | (_instance is null ? BindingFlags.Static : BindingFlags.Static | BindingFlags.Instance);
        var method = _class.GetMethods(flags).FirstOrDefault(m => !m.IsSpecialName && !Hidden(m) && PythonName(m) == name);
        // collections.Counter through the module value is the class, as the name is everywhere else.
        if (method is not null && FactoryClasses.MadeBy(_class, method.Name) is { } factoryClass) return factoryClass;
        if (method is not null)
            return method.IsStatic ? BuiltinFunction.Of(_class, method.Name) : BuiltinFunction.Of(_instance!, method.Name);
        foreach (var field in _class.GetFields(BindingFlags.Public | BindingFlags.Static))
            if (!Hidden(field) && PythonName(field) == name) return field.GetValue(null);
        foreach (var property in _class.GetProperties(BindingFlags.Public | BindingFlags.Static))
            if (!Hidden(property) && PythonName(property) == name) return property.GetValue(null);
        var nested = _class.GetNestedTypes(BindingFlags.Public)
            .Where(t => !Hidden(t) && PythonName(t) == name)
            .OrderBy(t => t.IsGenericTypeDefinition ? 1 : 0)
            .FirstOrDefault();
        if (nested is not null)
            return nested.IsDefined(typeof(PyModuleAttribute), inherit: false) ? Named(__name__ + "." + name) : nested;
        return Missing.Value;
    }

    public string __repr__() => $"<module '{__name__}' (built-in)>";

    public override string ToString() => __repr__();

    static bool Hidden(MemberInfo member) => member.IsDefined(typeof(PyHiddenAttribute), inherit: false);

    static string PythonName(MemberInfo member)
    {
        if (member.GetCustomAttribute<PyNameAttribute>() is { } renamed) return renamed.Name;
        int tick = member.Name.IndexOf('`');
        return tick >= 0 ? member.Name[..tick] : member.Name;
    }

    static object? InstanceOf(Type moduleClass) =>
        typeof(Builtins).GetFields(BindingFlags.Public | BindingFlags.Static).FirstOrDefault(f => f.FieldType == moduleClass)?.GetValue(null)
        ?? typeof(Builtins).GetProperties(BindingFlags.Public | BindingFlags.Static).FirstOrDefault(p => p.PropertyType == moduleClass)?.GetValue(null);

    static IReadOnlyDictionary<string, Type> FindModules()
    {
        var modules = new Dictionary<string, Type>();
        foreach (var type in typeof(ModuleObject).Assembly.GetExportedTypes())
            foreach (var module in type.GetCustomAttributes<PyModuleAttribute>())
                modules[module.Name] = type;
        return modules;
    }

    /// <summary>What an absent attribute caches as (null is a real attribute value, <c>None</c>).</summary>
    sealed class Missing
    {
        public static readonly Missing Value = new();
    }
}
