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
    public static int? Arity(LibraryFunction f, int position, string? keyword, int argumentCount)
    {
        IEnumerable<MethodBase> methods = RuntimeBoundCalls.Overloads(f).Select(o => o.Method);
        var arities = new HashSet<int>();
        foreach (var method in methods)
        {
            var parameters = method.GetParameters();
            if (argumentCount > parameters.Length || parameters.Count(p => !p.IsOptional) > argumentCount) continue;
            var parameter = keyword is null ? (position < parameters.Length ? parameters[position] : null) : parameters.FirstOrDefault(p => p.Name == keyword);
            if (parameter is null) continue;
            var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
            arities.Add(typeof(Delegate).IsAssignableFrom(type) && type.GetMethod("Invoke") is { } invoke ? invoke.GetParameters().Length : -1);
        }
        return arities.Count == 1 && arities.First() >= 0 ? arities.First() : null;
    }
}
