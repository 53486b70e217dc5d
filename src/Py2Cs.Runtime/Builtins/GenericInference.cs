using System.Reflection;

namespace Py2Cs.Runtime;

/// <summary>Infers the type arguments of a generic method from the runtime types of the arguments.</summary>
internal static class GenericInference
{
    public static MethodInfo? Close(MethodInfo method, object?[] args)
    {
        var typeParameters = method.GetGenericArguments();
        var bound = new Dictionary<Type, Type>();
        var parameters = method.GetParameters();
        for (int i = 0; i < parameters.Length && i < args.Length; i++)
        {
            if (args[i] is not null) Unify(parameters[i].ParameterType, args[i]!.GetType(), bound);
        }
        var closed = typeParameters.Select(t => bound.TryGetValue(t, out var b) ? b : typeof(object)).ToArray();
        try { return method.MakeGenericMethod(closed); }
        catch (ArgumentException) { return null; }
    }

    private static void Unify(Type parameter, Type argument, Dictionary<Type, Type> bound)
    {
        if (parameter.IsGenericParameter)
        {
            bound.TryAdd(parameter, argument);
            return;
        }
        if (!parameter.ContainsGenericParameters || !parameter.IsGenericType) return;
        var definition = parameter.GetGenericTypeDefinition();
        var match = new[] { argument }.Concat(argument.GetInterfaces()).Concat(BaseTypes(argument))
            .FirstOrDefault(t => t.IsGenericType && t.GetGenericTypeDefinition() == definition);
        if (match is null) return;
        var formal = parameter.GetGenericArguments();
        var actual = match.GetGenericArguments();
        for (int i = 0; i < formal.Length; i++) Unify(formal[i], actual[i], bound);
    }

    private static IEnumerable<Type> BaseTypes(Type type)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType) yield return t;
    }
}
