using System.Collections.Concurrent;
using System.Reflection;

namespace Py2Cs.Runtime;

/// <summary>
/// Runtime classes whose Python class is made by a module function (<see cref="PyFactoryAttribute"/>): the class
/// value is the type itself (the open generic for <c>Counter&lt;T&gt;</c>), so a constructed <c>Counter&lt;string&gt;</c>
/// answers <c>type(c)</c> with it, and calling it calls the module's function.
/// </summary>
public static class FactoryClasses
{
    static readonly ConcurrentDictionary<Type, PyFactoryAttribute?> Factories = new();

    /// <summary>The factory that names <paramref name="type"/>'s class (the type or its generic definition), or null.</summary>
    public static PyFactoryAttribute? Of(Type type) =>
        Factories.GetOrAdd(type, static t => t.GetCustomAttribute<PyFactoryAttribute>(inherit: false));

    /// <summary>The class value of a factory class (<c>Counter&lt;string&gt;</c> is <c>Counter&lt;&gt;</c>), else null.</summary>
    public static Type? ClassValue(Type type) =>
        Of(type) is null ? null : type.IsGenericType ? type.GetGenericTypeDefinition() : type;

    /// <summary>Calls the class: the module function of its name, bound to the arguments at run time.</summary>
    public static bool TryCall(Type type, object?[] args, out object? result)
    {
        result = null;
        if (Of(type) is not { } factory) return false;
        result = BuiltinFunction.Of(factory.Module, factory.Function).Invoke(args);
        return true;
    }

    static readonly Lazy<Dictionary<(Type Module, string Function), Type>> ByFunction = new(() =>
        typeof(FactoryClasses).Assembly.GetExportedTypes()
            .Select(t => (Type: t, Factory: t.GetCustomAttribute<PyFactoryAttribute>(inherit: false)))
            .Where(p => p.Factory is not null)
            .ToDictionary(p => (p.Factory!.Module, p.Factory.Function), p => p.Type));

    /// <summary>The class a module function makes (<c>collections</c>, "Counter" gives <c>Counter&lt;&gt;</c>), or null.</summary>
    public static Type? MadeBy(Type module, string function) => ByFunction.Value.GetValueOrDefault((module, function));

    /// <summary>The Python module of a factory class (<c>collections</c>), or null.</summary>
    public static string? ModuleOf(Type type) =>
        Of(type) is { } factory ? factory.Module.GetCustomAttribute<PyModuleAttribute>()?.Name : null;
}
