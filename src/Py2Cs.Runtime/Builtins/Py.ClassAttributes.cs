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

    /// <summary>Class attributes a program sets on a class value that its body never assigned
    /// (<c>cls.unit = unit</c> in <c>__init_subclass__</c>): C# has no static field for them.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(Type, string), object?> AddedClassAttributes = new();

    internal static bool TryGetClassAttribute(object obj, string name, out object? value)
    {
        for (var t = obj as Type ?? obj.GetType(); t is not null && t != typeof(object); t = t.BaseType)
        {
            if (t.GetField(name, BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly) is { } field)
            {
                value = field.GetValue(null);
                return true;
            }
            if (AddedClassAttributes.TryGetValue((t, name), out value)) return true;
        }
        value = null;
        return false;
    }

    internal static bool TrySetClassAttribute(Type type, string name, object? value)
    {
        // A static field the typed code reads too: the one place the value lives.
        if (FindClassAttribute(type, name) is { IsInitOnly: false, IsLiteral: false } field)
        {
            field.SetValue(null, Coerce(value, field.FieldType, name));
            return true;
        }
        if (type.Assembly == typeof(PyObject).Assembly || !typeof(PyObject).IsAssignableFrom(type)) return false;
        AddedClassAttributes[(type, name)] = value;   // a program class takes a new attribute
        return true;
    }
}
