using System.Collections.Concurrent;
using System.Reflection;

namespace Py2Cs.Runtime;

/// <summary>
/// Python calls a protocol's callbacks by name. A translated protocol class whose method is not typed
/// exactly as the runtime's virtual (`def data_received(self, data)` takes an object) declares a method
/// of its own beside it instead of overriding it; the runtime's default callback finds that method by
/// name on the protocol's class and calls it, so the program's method runs as CPython's dispatch would.
/// </summary>
internal static class ProtocolDispatch
{
    static readonly ConcurrentDictionary<(Type, string, int), MethodInfo?> s_methods = new();

    /// <summary>Calls the program's method <paramref name="name"/> if the protocol's class declares one,
    /// returning (true, its result); (false, null) when only the runtime's default exists.</summary>
    internal static (bool found, object? result) Call(object protocol, string name, params object?[] args)
    {
        var method = s_methods.GetOrAdd((protocol.GetType(), name, args.Length), static key => Find(key.Item1, key.Item2, key.Item3));
        if (method is null) return (false, null);
        var result = method.Invoke(protocol, BindingFlags.DoNotWrapExceptions, binder: null, args, culture: null);
        return (true, result);
    }

    // The most derived public instance method of that name and arity declared by a class outside the runtime.
    static MethodInfo? Find(Type type, string name, int arity)
    {
        for (var t = type; t is not null && t.Assembly != typeof(ProtocolDispatch).Assembly; t = t.BaseType)
        {
            var method = t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .FirstOrDefault(m => m.Name == name && m.GetParameters().Length == arity && !m.IsGenericMethodDefinition
                    && m.GetBaseDefinition().DeclaringType?.Assembly != typeof(ProtocolDispatch).Assembly);
            if (method is not null) return method;
        }
        return null;
    }
}
