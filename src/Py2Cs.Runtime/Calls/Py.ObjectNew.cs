using System.Reflection;

namespace Py2Cs.Runtime;

// A program class's __new__ is a static method __new__(cls, ...) (Python makes it a staticmethod implicitly).
// Calling a class that has one and no __init__ (its C# constructors take no arguments) calls __new__ with the
// class and the arguments, and the call's value is what __new__ returns: an existing instance, an instance of
// another class, anything. object.__new__(cls) (or super().__new__(cls) up to object) makes the instance.
public static partial class Py
{
    /// <summary><c>object.__new__(cls)</c>: a new instance of <paramref name="args"/>[0], no __init__ run.</summary>
    public static object? ObjectNew(params object?[] args)
    {
        if (args.Length == 0) throw new TypeError("object.__new__(): not enough arguments");
        if (args[0] is not Type type) throw new TypeError($"object.__new__(X): X is not a type object ({Builtins.type_name(args[0])})");
        if (args.Length > 1) throw new TypeError("object.__new__() takes exactly one argument (the type to instantiate)");
        const BindingFlags any = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
        // The SkipInit constructor runs no Python code; a class without __init__ has only the parameterless one.
        var ctor = type.GetConstructor(any, [typeof(SkipInit)]) ?? type.GetConstructor(any, Type.EmptyTypes)
            ?? throw new TypeError($"object.__new__({type.Name}) is not safe, use {type.Name}.__new__()");
        return ctor.Invoke(ctor.GetParameters().Length == 1 ? [SkipInit.Value] : []);
    }

    /// <summary>The program class declaring the <c>__new__</c> that constructing <paramref name="type"/> calls, or null: none,
    /// or the class has an __init__ (a constructor taking arguments), which constructs it as before.</summary>
    static Type? ProgramNewOwner(Type type)
    {
        if (!typeof(PyObject).IsAssignableFrom(type) || type.GetConstructors().Any(c => c.GetParameters().Length > 0)) return null;
        for (var t = type; t is not null && t != typeof(PyObject); t = t.BaseType)
            if (t.GetMethod("__new__", BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly) is not null) return t;
        return null;
    }

    static object? ConstructByNew(Type type, Type owner, object?[] args) =>
        Call(BuiltinFunction.Of(owner, "__new__"), [type, .. args]);
}
