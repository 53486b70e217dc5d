using System.Reflection;

namespace Py2Cs.Semantics.Library;

/// <summary>
/// Where a library function takes a C# delegate (<c>sorted</c>'s <c>key</c>, <c>map</c>'s function), how many
/// arguments that delegate takes, read from the runtime's signatures: a builtin passed there as a value
/// (<c>key=len</c>) becomes a lambda of that many parameters, since C# converts a method group only when
/// its return type matches exactly.
/// </summary>
public static class CallbackParameters
{
    /// <summary>The delegate arity at that parameter when every overload that fits the call agrees, else null.</summary>
    public static int? Arity(LibraryFunction f, int position, string? keyword, int argumentCount) =>
        Shape(f, position, keyword, argumentCount)?.Arity;

    /// <summary>The delegate's arity and the result type all overloads that fit the call agree on (null where one
    /// is generic, <c>object</c> or the overloads differ), or null when they do not agree on a delegate.</summary>
    public static CallbackShape? Shape(LibraryFunction f, int position, string? keyword, int argumentCount)
    {
        var shapes = new HashSet<CallbackShape?>();
        foreach (var method in RuntimeBoundCalls.Overloads(f).Select(o => o.Method))
        {
            var parameters = method.GetParameters();
            if (argumentCount > parameters.Length || parameters.Count(p => !p.IsOptional) > argumentCount) continue;
            if (ParameterAt(parameters, position, keyword) is not { } parameter) continue;
            shapes.Add(Of(parameter.ParameterType));
        }
        if (shapes.Count == 0 || shapes.Contains(null) || shapes.Select(s => s!.Arity).Distinct().Count() != 1) return null;
        var results = shapes.Select(s => s!.Result).Distinct().ToList();
        return new CallbackShape(shapes.First()!.Arity, results.Count == 1 ? results[0] : null, shapes.All(s => s!.FeedsBack));
    }

    /// <summary>The callback at that parameter of a runtime class's method (<c>PyList&lt;T&gt;.sort</c>'s <c>key</c>), when
    /// every method of that name agrees on it.</summary>
    public static CallbackShape? OfMethod(Type runtimeType, string name, int position, string? keyword)
    {
        var shapes = runtimeType.GetMethods().Where(m => m.Name == name)
            .Select(m => ParameterAt(m.GetParameters(), position, keyword) is { } parameter ? Of(parameter.ParameterType) : null)
            .Distinct().ToList();
        return shapes is [{ } single] ? single : null;
    }

    /// <summary>The parameter an argument binds to: by its keyword, else by its position.</summary>
    static ParameterInfo? ParameterAt(ParameterInfo[] parameters, int position, string? keyword) =>
        keyword is null ? (position < parameters.Length ? parameters[position] : null) : parameters.FirstOrDefault(p => p.Name == keyword);

    /// <summary>The C# type of a library function's parameter at <paramref name="position"/> when every overload takes
    /// that one scalar type there (<c>math.sqrt</c>'s double), else null: a lambda over the function converts its
    /// argument to it, since the delegate may pass any value.</summary>
    public static Type? FixedScalarParameter(LibraryFunction f, int position)
    {
        var types = RuntimeBoundCalls.Overloads(f).Select(o => o.Method.GetParameters())
            .Select(ps => position < ps.Length ? ps[position].ParameterType : null).Distinct().ToList();
        return types is [{ } t] && (t == typeof(double) || t == typeof(long) || t == typeof(string) || t == typeof(bool)) ? t : null;
    }

    /// <summary>The shape of a delegate parameter type, null when it is not a delegate.</summary>
    public static CallbackShape? Of(Type parameterType)
    {
        var type = Nullable.GetUnderlyingType(parameterType) ?? parameterType;
        if (!typeof(Delegate).IsAssignableFrom(type) || type.GetMethod("Invoke") is not { } invoke) return null;
        var result = invoke.ReturnType;
        bool closed = !result.ContainsGenericParameters && result != typeof(object) && result != typeof(void);
        bool feedsBack = result.IsGenericParameter && invoke.GetParameters().Any(p => p.ParameterType == result);
        return new CallbackShape(invoke.GetParameters().Length, closed ? result : null, feedsBack);
    }
}

/// <summary>A delegate parameter: how many arguments it passes, the C# type its result must have where that is
/// fixed (<c>long</c> for <c>operator</c>-style converters), so a callback returning any value is converted, and
/// whether its result is fed back as one of its arguments (<c>reduce</c>'s <c>Func&lt;T, T, T&gt;</c>: the result must
/// be the items' type).</summary>
public sealed record CallbackShape(int Arity, Type? Result, bool FeedsBack = false);
