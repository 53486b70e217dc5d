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
        foreach (var t in AttributeLookupOrder(obj as Type ?? obj.GetType()))
        {
            if (AddedClassAttributes.TryGetValue((t, name), out value)) return true;
            if (t.GetField(name, BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly) is { } field)
            {
                value = field.GetValue(null);
                return true;
            }
        }
        value = null;
        return false;
    }

    /// <summary>The classes a class attribute is looked up in: the C# base chain, and from a class with
    /// several Python bases on, its C3 MRO (a mixin's class attribute is a static field of the mixin).</summary>
    static IEnumerable<Type> AttributeLookupOrder(Type type)
    {
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            if (t.GetCustomAttribute<PyBasesAttribute>(inherit: false) is not null)
            {
                foreach (var m in Mro(t).OfType<Type>().Where(m => m != typeof(object))) yield return m;
                yield break;
            }
            yield return t;
        }
    }

    internal static bool TrySetClassAttribute(Type type, string name, object? value)
    {
        // The class's own static field, which the typed code reads too: the one place the value lives.
        if (type.GetField(name, BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly) is { IsInitOnly: false, IsLiteral: false } field)
        {
            field.SetValue(null, Coerce(value, field.FieldType, name));
            return true;
        }
        if (type.Assembly == typeof(PyObject).Assembly || !typeof(PyObject).IsAssignableFrom(type))
        {
            if (FindClassAttribute(type, name) is not { IsInitOnly: false, IsLiteral: false } inherited) return false;
            inherited.SetValue(null, Coerce(value, inherited.FieldType, name));
            return true;
        }
        // A program class takes a new attribute, or its own value of a base's (Sub.count = 1 leaves Base.count
        // alone, as CPython sets it in Sub's namespace).
        AddedClassAttributes[(type, name)] = value;
        return true;
    }

    /// <summary><c>super().name</c> read in a method of a class whose base is <paramref name="start"/>: the class
    /// attribute found from the base on, bound to <paramref name="self"/> (a function becomes a bound method, a
    /// descriptor such as <c>functools.cached_property</c> computes its value), as CPython's super does.</summary>
    public static object? SuperAttribute(Type start, object self, string name) =>
        TryGetClassAttribute(start, name, out object? value) ? PyMethod.BindToInstance(self, value)
            : throw new AttributeError($"'super' object has no attribute '{name}'");
}
