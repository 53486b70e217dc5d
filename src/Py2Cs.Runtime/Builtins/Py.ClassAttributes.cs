using System.Reflection;

namespace Py2Cs.Runtime;

/// <summary>
/// Class attributes (assignments in a class body) are public static fields of the class. Read
/// through an instance, <c>type(x)</c> or a class object, Python finds the attribute on the most
/// derived class that defines it: a subclass that assigns it again (a static field hiding its
/// base's) wins, as it does along CPython's MRO.
/// </summary>
public static partial class Py
{
    internal static FieldInfo? FindClassAttribute(Type type, string name)
    {
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
            if (t.GetField(name, BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly) is { } field)
                return field;
        return null;
    }

    internal static bool TryGetClassAttribute(object obj, string name, out object? value)
    {
        var field = FindClassAttribute(obj as Type ?? obj.GetType(), name);
        value = field?.GetValue(null);
        return field is not null;
    }

    internal static bool TrySetClassAttribute(Type type, string name, object? value)
    {
        if (FindClassAttribute(type, name) is not { IsInitOnly: false, IsLiteral: false } field) return false;
        field.SetValue(null, Coerce(value, field.FieldType, name));
        return true;
    }
}
