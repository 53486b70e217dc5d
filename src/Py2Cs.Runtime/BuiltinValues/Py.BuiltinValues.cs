using System.Reflection;
using System.Collections;
using System.Runtime.CompilerServices;

namespace Py2Cs.Runtime;

/// <summary>Builtin names used as values, and the class-object operations the dynamic path needs:
/// <c>isinstance</c>/<c>issubclass</c> against classes held in variables, <c>C.__mro__</c>, <c>str.lower</c>.</summary>
public static partial class Py
{
    /// <summary>A builtin used as a value: a class (<c>int</c> is <c>typeof(long)</c>) or a callable
    /// <see cref="BuiltinFunction"/> (<c>len</c>).</summary>
    public static object Builtin(string name) =>
        (object?)BuiltinTypes.Named(name) ?? BuiltinFunction.Named(name) ?? throw new NameError($"name '{name}' is not defined");

    /// <summary>A library module used as a value (<c>mod = math</c>, <c>getattr(math, name)</c>).</summary>
    public static ModuleObject Module(string name) => ModuleObject.Named(name);

    /// <summary><c>isinstance(x, classes)</c> where <paramref name="classes"/> is a class or a tuple of
    /// classes known only at run time.</summary>
    public static bool IsInstance(object? value, object? classes) => classes switch
    {
        Type type => Builtins.isinstance(value, type),
        _ when AsTupleItems(classes) is { } items => items.Any(c => IsInstance(value, c)),
        _ => throw new TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union"),
    };

    /// <summary><c>issubclass(cls, classes)</c> with both sides known only at run time.</summary>
    public static bool IsSubclass(object? cls, object? classes)
    {
        if (cls is not Type type) throw new TypeError("issubclass() arg 1 must be a class");
        return classes switch
        {
            Type b => b == typeof(object) || PyBasesAttribute.IsSubclass(type, b) || b.IsGenericTypeDefinition && IsConstructedFromDefinition(type, b)
                      || (b == typeof(long) && type == typeof(bool)),
            _ when AsTupleItems(classes) is { } items => items.Any(c => IsSubclass(cls, c)),
            _ => throw new TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union"),
        };
    }

    static bool IsConstructedFromDefinition(Type type, Type definition)
    {
        for (var t = type; t is not null; t = t.BaseType)
            if (t.IsGenericType && t.GetGenericTypeDefinition() == definition) return true;
        return false;
    }

    /// <summary>Attributes every class object has (<c>__mro__</c>, <c>__bases__</c>...), and a builtin class's
    /// methods taken unbound (<c>str.lower</c>, called with the instance first).</summary>
    static bool TryGetTypeAttribute(Type type, string name, out object? value)
    {
        value = name switch
        {
            "__name__" => Builtins.PythonName(type),
            "__qualname__" => type.GetCustomAttribute<PyQualNameAttribute>(inherit: false)?.QualName ?? Builtins.PythonName(type),
            "__mro__" => new PyTuple(Mro(type)),
            "__bases__" => type.GetCustomAttribute<PyBasesAttribute>(inherit: false) is { } declared ? new PyTuple(declared.Bases) : new PyTuple(Mro(type).Skip(1).Take(1)),
            "__base__" => Mro(type).Skip(1).FirstOrDefault(),
            // A dataclass's __match_args__: its __init__ fields, in order.
            "__match_args__" when typeof(PyDataclass).IsAssignableFrom(type) && PyDataclass.Behaves(type) && FindClassAttribute(type, name) is null =>
                new PyTuple(PyDataclass.Fields(type).Where(m => PyDataclass.Options(m).Init).Select(m => (object?)m.Name).ToArray()),
            "__module__" => FactoryClasses.ModuleOf(type) ?? (BuiltinTypes.NameOf(type) is not null || type.Namespace == typeof(Builtins).Namespace ? "builtins" : "__main__"),
            "__setattr__" when type == typeof(object) => new Func<object, string, object?, object?>((self, attribute, v) => { SetAttrUnchecked(self, attribute, v); return null; }),
            "__getattribute__" when type == typeof(object) => new Func<object, string, object?>((self, attribute) => GetAttr(self, attribute)),
            _ when BuiltinTypes.NameOf(type) is not null && ClassMethodOfBuiltinType(type, name) is { } classMethod => classMethod,
            _ => BuiltinTypes.NameOf(type) is not null && IsMethodOfBuiltinType(type, name) ? new UnboundMethod(type, name) : null,
        };
        return value is not null;
    }

    /// <summary>A class's MRO as Python gives it, bool's included (bool, int, object).</summary>
    internal static IEnumerable<object?> PythonMro(Type type) =>
        type == typeof(bool) ? [typeof(bool), typeof(long), typeof(object)] : Mro(BuiltinTypes.Canonical(type));

    /// <summary>The method resolution order of a single-inheritance class: itself, its Python bases, object.
    /// The runtime's own plumbing classes (PyObject, System.Exception) are not Python classes.</summary>
    static IEnumerable<object?> Mro(Type type)
    {
        if (type.GetCustomAttribute<PyBasesAttribute>(inherit: false) is { } declared)
        {
            // C3 linearization over the Python bases (CPython's MRO), object last.
            var sequences = declared.Bases.Select(b => Mro(b).Where(t => !Equals(t, typeof(object))).ToList())
                .Append(declared.Bases.Cast<object?>().ToList()).ToList();
            var result = new List<object?> { type };
            while (sequences.Any(q => q.Count > 0))
            {
                var head = sequences.Where(q => q.Count > 0).Select(q => q[0]).FirstOrDefault(h => !sequences.Any(q => q.IndexOf(h) > 0));
                if (head is null) throw InconsistentMro(sequences);
                result.Add(head);
                foreach (var q in sequences) q.Remove(head);
            }
            result.Add(typeof(object));
            foreach (var t in result) yield return t;
            yield break;
        }
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            if (t == typeof(PyObject) || t == typeof(PyDataclass) || t == typeof(Exception) || t == typeof(ValueType)) continue;
            yield return BuiltinTypes.Canonical(t);
            // A class deriving from abc.ABC that C# declares on PyDataclass (dataclasses derive from it).
            if (t.IsDefined(typeof(AbstractBaseClassAttribute), inherit: false)) yield return typeof(AbcModule.ABC);
        }
        yield return typeof(object);
    }

    /// <summary>CPython's TypeError for bases C3 cannot merge: the heads of what is left to merge, once each.</summary>
    static TypeError InconsistentMro(List<List<object?>> remaining) =>
        new("Cannot create a consistent method resolution\norder (MRO) for bases "
            + string.Join(", ", remaining.Where(q => q.Count > 0).Select(q => Builtins.PythonName((Type)q[0]!)).Distinct()));

    /// <summary>Where a class statement whose bases have no consistent MRO runs: CPython refuses to create the class.</summary>
    public static void CheckMro(Type type) => _ = Mro(type).Count();

    /// <summary>A class or static method of a builtin class (<c>bytes.fromhex</c>, <c>dict.fromkeys</c>, <c>int.from_bytes</c>,
    /// <c>str.maketrans</c>): a public static method of the runtime class, or of the class of methods of a CLR
    /// type (<see cref="IntMethods"/>, <see cref="StrMethods"/>) that is not an extension method.</summary>
    static BuiltinFunction? ClassMethodOfBuiltinType(Type type, string name)
    {
        var owner = type == typeof(long) ? typeof(IntMethods) : type == typeof(string) ? typeof(StrMethods) : type == typeof(double) ? typeof(FloatMethods)
            : type.IsGenericTypeDefinition ? type.MakeGenericType(type.GetGenericArguments().Select(_ => typeof(object)).ToArray()) : type;
        bool found = owner.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Any(m => m.Name == name && !m.IsSpecialName && !m.IsDefined(typeof(System.Runtime.CompilerServices.ExtensionAttribute), false));
        return found ? BuiltinFunction.Of(owner, name) : null;
    }

    static bool IsMethodOfBuiltinType(Type type, string name) =>
        name is "__str__" or "__repr__"
        || name is "__getitem__" or "__setitem__" or "__delitem__" or "__len__" or "__contains__" && typeof(System.Collections.IEnumerable).IsAssignableFrom(type)
        || (type == typeof(string) || type == typeof(long) || type == typeof(double) ? StrMethodTable.Has(name)
            : (type.IsGenericTypeDefinition ? type.MakeGenericType(type.GetGenericArguments().Select(_ => typeof(object)).ToArray()) : type)
                .GetMethods().Any(m => m.Name == name));
}

/// <summary>A builtin class's method taken from the class (<c>str.lower</c>, <c>dict.get</c>): calling it
/// with the instance first calls the method on that instance, as CPython's method descriptors do.</summary>
public sealed class UnboundMethod(Type owner, string name) : ICallable
{
    public string __name__ => name;

    public string __qualname__ => Builtins.PythonName(owner) + "." + name;

    public object? Invoke(object?[] args)
    {
        if (args.Length == 0 || args[0] is KeywordArgument)
            throw new TypeError($"unbound method {__qualname__}() needs an argument");
        // list.__repr__(self) inside a list subclass's __repr__: the builtin's own method, not the override again.
        if (args[0] is IBuiltinSubclassBase) return BuiltinMethodCalls.Call(args[0]!, name, args[1..]);
        return Py.CallMethod(args[0], name, args[1..]);
    }

    public override string ToString() => $"<method '{name}' of '{Builtins.PythonName(owner)}' objects>";
}
