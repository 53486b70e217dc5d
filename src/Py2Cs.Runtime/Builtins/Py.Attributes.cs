using System.Collections.Concurrent;
using System.Reflection;

namespace Py2Cs.Runtime;

/// <summary>Attribute access and calls on values whose type is not known statically.</summary>
public static partial class Py
{
    private static readonly ConcurrentDictionary<(Type, string), MemberInfo?> AttributeCache = new();

    public static bool IsCallable(object? value) =>
        value is Delegate or ICallable or Type || (value is not null && HasMethodNamed(value.GetType(), "__call__"));

    /// <summary>Calls a Python callable: a delegate of any arity, an <see cref="ICallable"/>, an object with
    /// <c>__call__</c>, or a class (constructs it).</summary>
    public static object? Call(object? callable, params object?[] args)
    {
        switch (callable)
        {
            case ICallable c: return c.Invoke(args);
            case Delegate d: return Dunder.InvokeDelegate(d, args);
            case Type type when EnumClasses.IsEnumClass(type) && args.Length == 1: return EnumClasses.Lookup(type, args[0]);
            case Type type when BuiltinTypes.NameOf(type) is { } builtin && BuiltinFunction.Named(builtin) is { } function: return function.Invoke(args);
            case Type type when FactoryClasses.TryCall(type, args, out object? made): return made;
            case Type type when ProgramNewOwner(type) is { } newOwner: return ConstructByNew(type, newOwner, args);
            case Type type: return Construct(type, args);
            case null: throw new TypeError("'NoneType' object is not callable");
        }
        if (Dunder.TryCall(callable, "__call__", out object? result, args)) return result;
        throw new TypeError($"'{Builtins.type_name(callable)}' object is not callable");
    }

    private static object? Construct(Type type, object?[] args)
    {
        foreach (var ctor in type.GetConstructors())
        {
            if (ArgConvert.AcceptsCount(ctor.GetParameters(), args.Length) && ArgConvert.TryArguments(ctor.GetParameters(), args, out object?[]? converted))
                return Dunder.Invoke(ctor, null, converted!);
        }
        // A dataclass's generated __init__: CPython's binding says what does not fit ("missing 1 required positional argument: 'x'").
        if (type.IsSubclassOf(typeof(PyDataclass)) && PyDataclass.Behaves(type) && type.GetConstructors().MaxBy(c => c.GetParameters().Length) is { } init
            && init.GetParameters() is var parameters && parameters.All(p => p.Name is not null && p.ParameterType != typeof(SkipInit)))
        {
            int defaults = parameters.Reverse().TakeWhile(p => p.IsOptional || p.HasDefaultValue).Count();
            var qualName = type.GetCustomAttribute<PyQualNameAttribute>(inherit: false)?.QualName ?? Builtins.PythonName(type);
            new PySignature(qualName + ".__init__", ["self", .. parameters.Select(p => p.Name!)], defaultCount: defaults).Bind([null, .. args]);
        }
        throw new TypeError($"{type.Name}() takes different arguments");
    }

    /// <summary>Whether a constructor of <paramref name="type"/> (an abstract class's protected ones too) took the arguments and ran on <paramref name="self"/>.</summary>
    static bool InitByConstructor(Type type, object self, object?[] args)
    {
        foreach (var ctor in type.GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).Where(c => c.IsPublic || c.IsFamily))
            if (ArgConvert.AcceptsCount(ctor.GetParameters(), args.Length) && ArgConvert.TryArguments(ctor.GetParameters(), args, out object?[]? converted))
            {
                Dunder.Invoke(ctor, self, converted!);
                return true;
            }
        return false;
    }

    /// <summary>BaseException.__init__: the positional arguments become <c>args</c>; it takes no keywords.</summary>
    static object? InitException(BaseException self, object?[] args)
    {
        if (args.OfType<KeywordArgument>().FirstOrDefault() is { } keyword)
            throw new TypeError($"{Builtins.type_name(self)}() takes no keyword arguments");
        self.args = args;
        return null;
    }

    /// <summary><c>obj.name(args)</c>: an instance method with that Python name, an extension method in
    /// the runtime (str methods), or a callable stored in an attribute.</summary>
    public static object? CallMethod(object? obj, string name, params object?[] args)
    {
        if (obj is null) throw new AttributeError($"'NoneType' object has no attribute '{name}'");
        if (obj is char ch) obj = ch.ToString();
        // An int literal boxed by C# as an int: Python's int is the runtime's long.
        if (obj is int small) obj = (long)small;
        // A C# value tuple (a typed tuple met by dynamic code) has Python's tuple methods (count, index) as a PyTuple.
        if (obj is System.Runtime.CompilerServices.ITuple tuple && obj.GetType().IsValueType) obj = PyTuple.From(tuple);
        // ValueError.__init__(self, msg), the spelled-out base call of an exception class's __init__: it sets args.
        if (obj is Type exceptionClass && name == "__init__" && args is [BaseException self, ..] && exceptionClass.IsInstanceOfType(self))
            return InitException(self, args[1..]);
        if (obj is Type dictClass && name == "fromkeys" && DictFromKeys(dictClass, args) is { } fromKeys) return fromKeys;
        // threading.Thread.__init__(self, name=...), a library base's __init__ called after statements of a subclass's own
        // __init__ (super().__init__(computed)): the library class's constructor runs again on the instance, as
        // CPython's __init__ sets the instance up again.
        if (obj is Type library && name == "__init__" && args.Length > 0 && library.IsInstanceOfType(args[0]) && !HasMethodNamed(library, "__init__")
            && InitByConstructor(library, args[0]!, args[1..]))
            return null;
        if (obj is Type cls && TryGetTypeAttribute(cls, name, out object? classMethod)) return Call(classMethod, args);
        if (Dunder.TryCall(obj, name, out object? result, args)) return result;
        // A class's static or class method through the class as a value: datetime.strptime(s, f) where s is dynamic,
        // type(self).make() of a program class (a subclass's own copy first).
        if (obj is Type staticOwner && StaticMethodOwner(staticOwner, name) is { } declaring) return Call(BuiltinFunction.Of(declaring, name), args);
        // A callable stored on a function object (f.hook = g; f.hook()), chain.from_iterable: no self to bind.
        if (obj is IDynamicAttributes and not PyObject && ((IDynamicAttributes)obj).TryGetAttribute(name, out object? stored)) return Call(stored, args);
        if (obj is PyObject && StaticMethodOwner(obj.GetType(), name) is { } owner) return Call(BuiltinFunction.Of(owner, name), args);
        if ((obj is string || IsNumber(obj)) && StrMethodTable.TryCall(obj, name, args, out result)) return result;
        if (obj is not PyObject && BuiltinOperatorDunders.TryCall(obj, name, args, out result)) return result;
        var member = FindAttribute(obj.GetType(), name);
        if (member is not null) return Call(GetAttr(obj, name), args);
        if (TryGetClassAttribute(obj, name, out object? classAttribute)) return Call(PyMethod.BindToInstance(obj, classAttribute), args);
        // Color.RED.upper() of class Color(str, Enum): the member is its str value too.
        if (obj is IMixinValue mixin && !HasMethodNamed(obj.GetType(), name)) return CallMethod(mixin.MixinValue, name, args);
        if (!HasMethodNamed(obj.GetType(), name) && !((obj is string || IsNumber(obj)) && StrMethodTable.Has(name)))
        {
            // obj.get_size() where the class's __getattr__ makes get_size: the callable it returns is called.
            if (obj is PyObject && name != "__getattr__" && Dunder.TryCall(obj, "__getattr__", out object? computed, name)) return Call(computed, args);
            throw new AttributeError($"'{Builtins.type_name(obj)}' object has no attribute '{name}'");
        }
        // d.update(other, k=v): the mapping or pairs first, then each keyword as a str key.
        if (obj is IPyDict updated && name == "update" && args.Any(a => a is KeywordArgument) && args.Count(a => a is not KeywordArgument) <= 1)
        {
            var positional = args.Where(a => a is not KeywordArgument).ToArray();
            if (positional.Length == 1) CallMethod(obj, name, positional);
            foreach (var keyword in args.OfType<KeywordArgument>()) updated.SetObject(keyword.Name, keyword.Value);
            return null;
        }
        // d.get(key, default) on a typed dict: the default may be any value, not only one of the dict's value type.
        if (obj is IPyDict dict && name == "get" && args.Length == 2) return dict.ContainsKeyObject(args[0]) ? dict.GetObject(args[0]) : args[1];
        // d.pop(key, default) likewise: the default is returned as it is when the key is missing.
        if (obj is IPyDict popped && name == "pop" && args.Length == 2 && args[0] is not KeywordArgument && args[1] is not KeywordArgument)
        {
            if (!popped.ContainsKeyObject(args[0])) return args[1];
            var value = popped.GetObject(args[0]);
            popped.DelObject(args[0]);
            return value;
        }
        throw new TypeError($"{name}() got unsupported arguments ({args.Length} given)");
    }

    /// <summary><c>OrderedDict.fromkeys("abc")</c>, <c>dict.fromkeys(keys, 0)</c> through the class as a value: a new
    /// dict of that class holding any keys and values (the typed static method cannot infer them from objects).
    /// Null for a class that is no dict of keys and values (Counter's fromkeys raises, as CPython's does).</summary>
    private static object? DictFromKeys(Type dictClass, object?[] args)
    {
        if (!typeof(IPyDict).IsAssignableFrom(dictClass) || args.Length is not (1 or 2) || args.Any(a => a is KeywordArgument)) return null;
        var closed = dictClass.IsGenericTypeDefinition
            ? dictClass.GetGenericArguments().Length == 2 ? dictClass.MakeGenericType(typeof(object), typeof(object)) : null
            : dictClass;
        if (closed?.GetConstructor(Type.EmptyTypes) is null || Activator.CreateInstance(closed) is not IPyDict dict) return null;
        var value = args.Length == 2 ? args[1] : null;
        foreach (var key in Iter(args[0])) dict.SetObject(key, value);
        return dict;
    }

    /// <summary>The class of a program object's hierarchy that declares a static method <paramref name="name"/>
    /// (a <c>@staticmethod</c> called through an instance, <c>bob.cents(0.5)</c>), or null.</summary>
    private static Type? StaticMethodOwner(Type type, string name)
    {
        for (var t = type; t is not null && t != typeof(PyObject); t = t.BaseType)
            if (t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly).Any(m => m.Name == name && !m.IsSpecialName))
                return t;
        return null;
    }

    private static bool HasMethodNamed(Type type, string name) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Instance).Any(m => m.Name == name);

    /// <summary>A class the translated program declares (its own assembly), not one of the runtime's or .NET's.</summary>
    static bool IsProgramClass(Type type) => type.Assembly != typeof(Py).Assembly && type.Assembly != typeof(object).Assembly;

    public static object? GetAttr(object? obj, string name)
    {
        if (obj is null) throw new AttributeError($"'NoneType' object has no attribute '{name}'");
        if (obj is Type enumClass && name == "__members__" && EnumClasses.IsEnumClass(enumClass)) return EnumClasses.MembersByName(enumClass);
        // A program class's docstring (None without one: __doc__ is not inherited); an instance reads its class's.
        if (name == "__doc__" && (obj as Type ?? obj.GetType()) is var docOwner && IsProgramClass(docOwner))
            return docOwner.GetCustomAttribute<PyDocAttribute>(inherit: false)?.Doc;
        if (obj is Type type && TryGetTypeAttribute(type, name, out object? typeAttribute)) return typeAttribute;
        // P.__hash__ is None for a class defining __eq__ alone (or saying __hash__ = None), and on its instances.
        if (name == "__hash__" && (obj as Type ?? obj.GetType()) is var hashed && typeof(PyObject).IsAssignableFrom(hashed) && HashIsNone(hashed)) return null;
        if (name == "__class__") return Builtins.type(obj);
        // A function value the translation keeps as a C# delegate (a plain lambda, a def passed on): its Python name.
        if (obj is Delegate function && name is "__name__" or "__qualname__") return Dunder.FunctionName(function);
        // An instance of classes that all declare __slots__ has no __dict__ (hasattr(v, "__dict__") is False).
        if (name == "__dict__" && obj is PyObject && (obj.GetType().Assembly == typeof(PyObject).Assembly || !PyObject.HasOnlySlots(obj.GetType()))) return Builtins.vars(obj);
        switch (FindAttribute(obj.GetType(), name))
        {
            case PropertyInfo property: return Dunder.Invoke(property.GetMethod!, obj, []);
            case FieldInfo field when field.GetValue(obj) is not Unassigned: return field.GetValue(obj);
            case FieldInfo when obj is PyObject && Dunder.TryCall(obj, "__getattr__", out object? computedForMissing, name): return computedForMissing;
            case FieldInfo: throw new AttributeError($"'{Builtins.type_name(obj)}' object has no attribute '{name}'");
        }
        if (obj is IDynamicAttributes dynamic && dynamic.TryGetAttribute(name, out object? stored)) return stored;
        if (TryGetClassAttribute(obj, name, out object? classAttribute)) return PyMethod.BindToInstance(obj, classAttribute);
        // A program class's static or class method as a value (getattr(C, "make"), @Registry.tag on a class).
        if (obj is Type methodOwner && typeof(PyObject).IsAssignableFrom(methodOwner) && StaticMethodOwner(methodOwner, name) is { } declaring)
            return BuiltinFunction.Of(declaring, name);
        // getattr(Box, "twice"): an instance method taken from its program class, called with the instance first.
        if (obj is Type methodClass && typeof(PyObject).IsAssignableFrom(methodClass) && HasMethodNamed(methodClass, name))
            return new UnboundMethod(methodClass, name);
        if (IsNumber(obj) && IntMethods.TryDataAttribute(obj, name, out object? data)) return data;
        if (HasMethodNamed(obj.GetType(), name) || ((obj is string || IsNumber(obj)) && StrMethodTable.Has(name))
            || obj is not PyObject && BuiltinOperatorDunders.Has(name))
            return new BoundMethod(obj, name);
        // What every object inherits from object (dir() lists it): a method bound to the instance, or no docstring.
        if (obj is PyObject && Array.IndexOf(Builtins.ObjectDunders, name) >= 0) return name == "__doc__" ? null : new BoundMethod(obj, name);
        if (obj is PyObject && name is "__module__" or "__weakref__") return name == "__module__" ? "__main__" : null;
        // __getattr__ is Python's last resort, after the instance and its class found nothing.
        if (obj is PyObject && name != "__getattr__" && Dunder.TryCall(obj, "__getattr__", out object? computed, name)) return computed;
        if (obj is IMixinValue mixin) return GetAttr(mixin.MixinValue, name);
        if (obj is ModuleObject module) throw new AttributeError($"module '{module.__name__}' has no attribute '{name}'");
        throw new AttributeError($"'{Builtins.type_name(obj)}' object has no attribute '{name}'");
    }

    /// <summary>
    /// <c>del obj.name</c>: a program class's <c>__delattr__</c>, else the instance's own attribute (an
    /// attribute-dictionary entry, or a dynamic field, which becomes unassigned again), else CPython's AttributeError.
    /// </summary>
    public static void DelAttr(object? obj, string name)
    {
        if (obj is null) throw new AttributeError($"'NoneType' object has no attribute '{name}'");
        if (obj is PyObject && Dunder.TryCall(obj, "__delattr__", out _, name)) return;
        switch (FindAttribute(obj.GetType(), name))
        {
            case FieldInfo field when field.FieldType == typeof(object) && !field.IsStatic:
                if (field.GetValue(obj) is Unassigned) break;
                field.SetValue(obj, Unassigned.Value);
                return;
            case FieldInfo field when !field.IsStatic:
                throw new NotImplementedError($"del of the typed attribute '{name}' (py2cs keeps it in a C# field)");
            case PropertyInfo when PropertyDeleters.TryDelete(obj, name):
                return;
            case PropertyInfo:
                throw new AttributeError($"property '{name}' of '{Builtins.type_name(obj)}' object has no deleter");
        }
        if (obj is IDynamicAttributes dynamic && dynamic.TryDeleteAttribute(name)) return;
        throw new AttributeError($"'{Builtins.type_name(obj)}' object has no attribute '{name}'");
    }

    /// <summary><c>super().name</c> where nothing after the class in the MRO has <c>name</c>.</summary>
    public static object? NoSuperAttribute(string name) => throw new AttributeError($"'super' object has no attribute '{name}'");

    public static object? GetAttr(object? obj, string name, object? @default)
    {
        try { return GetAttr(obj, name); }
        catch (AttributeError) { return @default; }
    }

    public static bool HasAttr(object? obj, string name)
    {
        try { GetAttr(obj, name); return true; }
        catch (AttributeError) { return false; }
    }

    public static void SetAttr(object? obj, string name, object? value)
    {
        if (obj is null) throw new AttributeError($"'NoneType' object has no attribute '{name}'");
        if (obj is PyDataclass { IsFrozen: true }) throw new dataclasses.FrozenInstanceError($"cannot assign to field '{name}'");
        // A program class's own __setattr__ decides where the value goes (it stores through object.__setattr__).
        if (obj is PyObject && Dunder.TryCall(obj, "__setattr__", out _, name, value)) return;
        SetAttrUnchecked(obj, name, value);
    }

    /// <summary><c>object.__setattr__(obj, name, value)</c> called where it is written.</summary>
    public static void ObjectSetAttr(object? obj, string name, object? value)
    {
        if (obj is null) throw new AttributeError($"'NoneType' object has no attribute '{name}'");
        SetAttrUnchecked(obj, name, value);
    }

    /// <summary>Sets an attribute past a frozen dataclass's guard, as <c>object.__setattr__(self, name, value)</c> does.</summary>
    internal static void SetAttrUnchecked(object obj, string name, object? value)
    {
        if (obj is Type cls && TrySetClassAttribute(cls, name, value)) return;
        switch (FindAttribute(obj.GetType(), name))
        {
            case PropertyInfo { SetMethod: not null } property:
                // Through Dunder.Invoke: a setter's own exception (a property validating its value) reaches the program unwrapped.
                Dunder.Invoke(property.SetMethod, obj, [Coerce(value, property.PropertyType, name)]);
                return;
            case FieldInfo { IsInitOnly: false } field:
                field.SetValue(obj, Coerce(value, field.FieldType, name));
                return;
            case PropertyInfo { SetMethod: null } when obj is PyObject:
                // A @property without a setter: the instance cannot hold a value of that name.
                throw new AttributeError($"property '{name}' of '{Builtins.type_name(obj)}' object has no setter");
        }
        if (obj is IDynamicAttributes dynamic && dynamic.TrySetAttribute(name, value)) return;
        throw new AttributeError($"'{Builtins.type_name(obj)}' object has no attribute '{name}'");
    }

    private static object? Coerce(object? value, Type type, string name) =>
        ArgConvert.TryValue(value, type, out object? converted) ? converted
            // e.args = (code, msg): an attribute the runtime keeps as an array takes any iterable, as CPython's tuple(...) does.
            : type == typeof(object[]) && value is System.Collections.IEnumerable or System.Runtime.CompilerServices.ITuple ? Builtins.tuple(value).Items
            : throw new TypeError($"cannot assign {Builtins.type_name(value)} to attribute '{name}'");

    private static MemberInfo? FindAttribute(Type type, string name) =>
        AttributeCache.GetOrAdd((type, name), key =>
            (MemberInfo?)key.Item1.GetProperty(key.Item2, BindingFlags.Public | BindingFlags.Instance)
            ?? key.Item1.GetField(key.Item2, BindingFlags.Public | BindingFlags.Instance));
}

/// <summary>A Python callable object (partial, lru_cache wrappers, bound methods ...).</summary>
public interface ICallable
{
    object? Invoke(object?[] args);
}

/// <summary><c>obj.method</c> taken as a value: calling it calls the method.</summary>
public sealed class BoundMethod(object target, string name) : ICallable
{
    public object Target { get; } = target;
    public string Name { get; } = name;
    public object? Invoke(object?[] args) => Py.CallMethod(Target, Name, args);
    /// <summary>A bound method's <c>__name__</c> is the method's name.</summary>
    public string __name__ => Name;
    /// <summary>The method's qualified name (for a class at module level), as CPython's bound method forwards it.</summary>
    public string __qualname__ => $"{Builtins.type_name(Target)}.{Name}";
    public override string ToString() => $"<bound method {Builtins.type_name(Target)}.{Name} of {Builtins.repr(Target)}>";
}
