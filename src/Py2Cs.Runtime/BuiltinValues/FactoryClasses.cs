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

    /// <summary>The Python module of a factory class (<c>collections</c>), or null.</summary>
    public static string? ModuleOf(Type type) =>
        Of(type) is { } factory ? factory.Module.GetCustomAttribute<PyModuleAttribute>()?.Name : null;
}
