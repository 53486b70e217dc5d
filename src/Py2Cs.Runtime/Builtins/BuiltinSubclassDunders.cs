using System.Collections.Concurrent;
using System.Reflection;
using System.Reflection.Emit;

namespace Py2Cs.Runtime;

/// <summary>
/// A program class deriving from dict or list (<c>class Registry(dict)</c>) that defines <c>__getitem__</c>,
/// <c>__setitem__</c>, <c>__delitem__</c> or <c>__contains__</c>: a subscript or <c>in</c> on an instance calls the
/// program's method, as CPython's slot lookup finds the subclass's first. Only the syntax goes through it: the
/// builtin's own methods (<c>update</c>, <c>get</c>, <c>setdefault</c>) keep using the builtin storage, as CPython's
/// dict methods do not call an overridden <c>__setitem__</c>.
/// </summary>
internal static class BuiltinSubclassDunders
{
    public static bool TryCall(object? target, string name, out object? result, params object?[] args)
    {
        result = null;
        if (target is not IBuiltinSubclassBase) return false;
        foreach (var candidate in Dunder.Methods(target.GetType(), name, args.Length))
        {
            if (candidate.IsOpenGeneric || candidate.Method.DeclaringType!.Assembly == typeof(Dunder).Assembly) continue;
            if (ArgConvert.TryArguments(candidate.Method.GetParameters(), args, out object?[]? converted))
            {
                result = Dunder.Invoke(candidate.Method, target, converted!);
                return true;
            }
        }
        return false;
    }
}

/// <summary>
/// <c>list.__repr__(self)</c>, <c>dict.__setitem__(self, k, v)</c>, <c>list.append(self, x)</c> on an instance of a
/// program subclass of a builtin: the builtin's own behaviour, as CPython calls the builtin's slot, even where the
/// subclass overrides that name (a plain method call would find the override again and recurse without end).
/// </summary>
internal static class BuiltinMethodCalls
{
    static readonly ConcurrentDictionary<MethodInfo, Func<object, object?[], object?>> NonVirtual = new();

    public static object? Call(object self, string name, object?[] args)
    {
        switch (name, args.Length)
        {
            case ("__getitem__", 1): return Py.BuiltinGetItem(self, args[0]);
            case ("__setitem__", 2): Py.BuiltinSetItem(self, args[0], args[1]); return null;
            case ("__delitem__", 1): Py.BuiltinDelItem(self, args[0]); return null;
            case ("__contains__", 1): return Py.BuiltinContains(self, args[0]);
            case ("__len__", 0) when self is System.Collections.ICollection collection: return (long)collection.Count;
            // object.__str__, which the builtin containers inherit, is the type's repr: the subclass's __repr__ if it has one.
            case ("__str__", 0): return Builtins.repr(self);
        }
        var builtin = BuiltinBase(self.GetType());
        foreach (var candidate in Dunder.Methods(builtin, name, args.Length))
        {
            if (candidate.IsOpenGeneric || !ArgConvert.TryArguments(candidate.Method.GetParameters(), args, out object?[]? converted)) continue;
            return NonVirtual.GetOrAdd(candidate.Method, CompileNonVirtual)(self, converted!);
        }
        return Py.CallMethod(self, name, args);
    }

    /// <summary>The runtime's class the program class derives from (<c>PyList&lt;object?&gt;</c> under <c>PyListObject</c>).</summary>
    static Type BuiltinBase(Type type)
    {
        var t = type;
        while (t.BaseType is { } b && (t.Assembly != typeof(Py).Assembly || typeof(IBuiltinSubclassBase).IsAssignableFrom(t))) t = b;
        return t;
    }

    /// <summary>A delegate that calls the method without virtual dispatch (IL <c>call</c>, as C#'s <c>base.M()</c> does).</summary>
    static Func<object, object?[], object?> CompileNonVirtual(MethodInfo method)
    {
        var stub = new DynamicMethod("builtin_" + method.Name, typeof(object), [typeof(object), typeof(object?[])], typeof(Py).Module, skipVisibility: true);
        var il = stub.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Castclass, method.DeclaringType!);
        var parameters = method.GetParameters();
        for (int i = 0; i < parameters.Length; i++)
        {
            il.Emit(OpCodes.Ldarg_1);
            il.Emit(OpCodes.Ldc_I4, i);
            il.Emit(OpCodes.Ldelem_Ref);
            il.Emit(parameters[i].ParameterType.IsValueType ? OpCodes.Unbox_Any : OpCodes.Castclass, parameters[i].ParameterType);
        }
        il.Emit(OpCodes.Call, method);
        if (method.ReturnType == typeof(void)) il.Emit(OpCodes.Ldnull);
        else if (method.ReturnType.IsValueType) il.Emit(OpCodes.Box, method.ReturnType);
        il.Emit(OpCodes.Ret);
        return stub.CreateDelegate<Func<object, object?[], object?>>();
    }
}

/// <summary>Marks the runtime classes a translated class derives from to subclass a builtin container
/// (<see cref="PyDictObject"/>, <see cref="PyListObject"/>, <see cref="CounterObject"/> ...).</summary>
public interface IBuiltinSubclassBase { }
