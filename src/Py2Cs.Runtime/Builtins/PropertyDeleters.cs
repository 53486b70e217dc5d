using System.Reflection;

namespace Py2Cs.Runtime;

/// <summary>
/// A property's <c>@x.deleter</c>: translated code declares it as a method of a fixed name (a C# property has
/// no delete accessor), which <c>del obj.x</c> calls through <see cref="Py.DelAttr"/>.
/// </summary>
public static class PropertyDeleters
{
    /// <summary>The C# name of the deleter of the property <paramref name="property"/>.</summary>
    public static string MethodName(string property) => "__delete_" + property;

    /// <summary>Runs <paramref name="obj"/>'s deleter of <paramref name="property"/>; false when its class has none.</summary>
    internal static bool TryDelete(object obj, string property)
    {
        var deleter = obj.GetType().GetMethod(MethodName(property), BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes);
        if (deleter is null) return false;
        Dunder.Invoke(deleter, obj, []);
        return true;
    }
}
