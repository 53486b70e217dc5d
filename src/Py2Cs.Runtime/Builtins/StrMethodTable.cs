using System.Reflection;

namespace Py2Cs.Runtime;

/// <summary>Finds the runtime's extension methods (<see cref="StrMethods"/>, <see cref="IntMethods"/>,
/// <see cref="FloatMethods"/>) by Python name for dynamic calls on strings and numbers.</summary>
internal static class StrMethodTable
{
    private static readonly ILookup<string, MethodInfo> Methods = new[] { typeof(StrMethods), typeof(IntMethods), typeof(FloatMethods) }
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
        .Where(m => m.GetParameters().Length > 0 && m.IsDefined(typeof(System.Runtime.CompilerServices.ExtensionAttribute), false))
        .ToLookup(m => m.Name);

    public static bool Has(string name) => Methods.Contains(name);

    public static bool TryCall(object self, string name, object?[] args, out object? result)
    {
        foreach (var method in Methods[name])
        {
            if (!method.GetParameters()[0].ParameterType.IsInstanceOfType(self)) continue;
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
