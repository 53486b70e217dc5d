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
        int position = 0;
        foreach (var arg in args)
        {
            // A keyword binds to the parameter of its name; positionals in order, the rest into a params array.
            var (parameter, value) = arg is KeywordArgument k ? (parameters.FirstOrDefault(p => p.Name == k.Name), k.Value)
                : (position < parameters.Length ? parameters[position++] : parameters.LastOrDefault(), arg);
            if (parameter is null || value is null) continue;
            var type = parameter.ParameterType;
            if (parameter.IsDefined(typeof(ParamArrayAttribute)) && !type.IsInstanceOfType(value)) type = type.GetElementType()!;
            Unify(type, value.GetType(), bound);
        }
        var closed = typeParameters.Select(t => bound.TryGetValue(t, out var b) ? b : typeof(object)).ToArray();
        try { return method.MakeGenericMethod(closed); }
        catch (ArgumentException) { return null; }
    }

    private static void Unify(Type parameter, Type argument, Dictionary<Type, Type> bound)
    {
        if (parameter.IsGenericParameter)
        {
            // Arguments that disagree (chain("ab", [1], range(2))) leave the parameter object, as Python's items are.
            bound[parameter] = bound.TryGetValue(parameter, out var earlier) && earlier != argument ? typeof(object) : argument;
            return;
        }
        // A str iterates strs in Python, not C# chars.
        if (argument == typeof(string) && parameter.IsGenericType && parameter.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            Unify(parameter.GetGenericArguments()[0], typeof(string), bound);
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
