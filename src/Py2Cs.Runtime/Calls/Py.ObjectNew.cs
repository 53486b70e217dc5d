using System.Reflection;

namespace Py2Cs.Runtime;

// A program class's __new__ is a static method __new__(cls, ...) (Python makes it a staticmethod implicitly).
// Calling a class that has one calls __new__ with the class and the arguments, then the __init__ method (if
// any) on what it returned when that is an instance of the class; the call's value is what __new__ returns: an
// existing instance, an instance of another class, anything. object.__new__(cls) (or super().__new__(cls) up
// to object) makes the instance, with the SkipInit constructor that runs no Python code.
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

    /// <summary><c>float.__new__(cls, x)</c> (or <c>super().__new__(cls, x)</c> in a subclass of int, float or str): a new
    /// instance of the value subclass cls holding <c>float(x)</c>, made with the builtin's constructor, no __init__ run.</summary>
    public static object? BuiltinNew(params object?[] args)
    {
        if (args.Length == 0) throw new TypeError("__new__(): not enough arguments");
        if (args[0] is not Type type) throw new TypeError($"__new__(X): X is not a type object ({Builtins.type_name(args[0])})");
        if (args.Length > 2) throw new TypeError($"{type.Name}.__new__() takes at most 1 argument ({args.Length - 1} given)");
        if (!typeof(PyValueObject).IsAssignableFrom(type)) throw new TypeError($"__new__({type.Name}): {type.Name} is not a subtype of int, float or str");
        var ctor = type.GetConstructor(args.Length == 2 ? [typeof(object)] : Type.EmptyTypes)
            ?? throw new TypeError($"{type.Name}.__new__() takes different arguments");
        try { return ctor.Invoke(args.Length == 2 ? [args[1]] : []); }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }

    /// <summary>The program class declaring the <c>__new__</c> that constructing <paramref name="type"/> calls, or null: none,
    /// or the class's __init__ is only its constructor (the translator declares it as a method too where it runs after __new__).</summary>
    static Type? ProgramNewOwner(Type type) => NewOwners.GetOrAdd(type, FindProgramNewOwner);

    // Every construction through Py.Call asks: the answer is fixed per class, so the reflection runs once.
    static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, Type?> NewOwners = new();

    static Type? FindProgramNewOwner(Type type)
    {
        if (!typeof(PyObject).IsAssignableFrom(type)) return null;
        // A value subclass (class C(float)) has the builtin's constructors, never a Python __init__ (refused).
        if (type.GetConstructors().Any(c => c.GetParameters().Length > 0) && InitAfterNew(type) is null && !typeof(PyValueObject).IsAssignableFrom(type)) return null;
        for (var t = type; t is not null && t != typeof(PyObject); t = t.BaseType)
            if (t.GetMethod("__new__", BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly) is not null) return t;
        return null;
    }

    /// <summary>The __init__ method of <paramref name="type"/> (its own, else its nearest base's).</summary>
    static MethodInfo? InitAfterNew(Type type)
    {
        for (var t = type; t is not null && t != typeof(PyObject); t = t.BaseType)
            if (t.GetMethod("__init__", BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly) is { } init) return init;
        return null;
    }

    /// <summary><c>C(args)</c>: <c>obj = C.__new__(C, args)</c>, then <c>obj.__init__(args)</c> when obj is an instance of C.</summary>
    static object? ConstructByNew(Type type, Type owner, object?[] args)
    {
        var made = Call(BuiltinFunction.Of(owner, "__new__"), [type, .. args]);
        if (made is not null && type.IsInstanceOfType(made) && InitAfterNew(made.GetType()) is { } init)
        {
            var parameters = init.GetParameters();
            if (!ArgConvert.AcceptsCount(parameters, args.Length) || !ArgConvert.TryArguments(parameters, args, out object?[]? converted))
                throw new TypeError($"{type.Name}.__init__() takes different arguments");
            Dunder.Invoke(init, made, converted!);
        }
        return made;
    }
}
