using System.Reflection;

namespace Py2Cs.Runtime;

/// <summary>Finds <see cref="StrMethods"/> extension methods by Python name for dynamic calls on strings.</summary>
internal static class StrMethodTable
{
    private static readonly ILookup<string, MethodInfo> Methods = typeof(StrMethods)
        .GetMethods(BindingFlags.Public | BindingFlags.Static)
        .Where(m => m.GetParameters().Length > 0 && m.GetParameters()[0].ParameterType == typeof(string))
        .ToLookup(m => m.Name);

    public static bool Has(string name) => Methods.Contains(name);

    public static bool TryCall(string self, string name, object?[] args, out object? result)
    {
        foreach (var method in Methods[name])
        {
            var parameters = method.GetParameters()[1..];
            if (!ArgConvert.AcceptsCount(parameters, args.Length)) continue;
            if (!ArgConvert.TryArguments(parameters, args, out object?[]? converted)) continue;
            result = Dunder.Invoke(method, null, [self, .. converted!]);
            return true;
        }
        result = null;
        return false;
    }
}
