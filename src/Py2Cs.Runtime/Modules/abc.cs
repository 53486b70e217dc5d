using System.Reflection;

namespace Py2Cs.Runtime;

/// <summary>
/// Python's <c>abc</c>: <c>ABC</c> is a base class whose constructor refuses a class that still has
/// abstract methods, with CPython 3.11's message; the translator marks each <c>@abstractmethod</c> with
/// <see cref="AbstractMethodAttribute"/>, and a subclass that defines the method (unmarked) makes it concrete.
/// </summary>
[PyModule("abc")]
public static class AbcModule
{
    public static object? abstractmethod(object? funcobj) => funcobj;

    public abstract class ABC : PyObject
    {
        protected ABC() => RefuseAbstract(this);
    }

    /// <summary>CPython's TypeError when the instance's class still has abstract methods.</summary>
    internal static void RefuseAbstract(object instance)
    {
        var missing = AbstractMethods(instance.GetType());
        if (missing.Count > 0)
            throw new TypeError($"Can't instantiate abstract class {Builtins.type_name(instance)} with abstract method{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)}");
    }

    /// <summary>The abstract methods a class leaves undefined, sorted as CPython lists them.</summary>
    private static List<string> AbstractMethods(Type type)
    {
        var abstractNames = new SortedSet<string>(StringComparer.Ordinal);
        var concrete = new HashSet<string>();
        // From the class itself up: the most derived definition of a name decides.
        for (var t = type; t is not null && t != typeof(ABC) && t != typeof(PyDataclass); t = t.BaseType)
            // Methods and properties (an abstract @property is marked on the C# property).
            foreach (var m in t.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                         .Where(m => m is MethodInfo { IsSpecialName: false } or PropertyInfo))
            {
                var name = m.GetCustomAttribute<PyNameAttribute>()?.Name ?? m.Name;
                if (concrete.Contains(name) || abstractNames.Contains(name)) continue;
                if (m.IsDefined(typeof(AbstractMethodAttribute), inherit: false)) abstractNames.Add(name);
                else concrete.Add(name);
            }
        return [.. abstractNames];
    }
}

/// <summary>A class deriving from <c>abc.ABC</c> that is declared on <see cref="PyDataclass"/> because dataclasses derive
/// from it (C# has one base class): its constructor refuses an abstract class as ABC's does.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AbstractBaseClassAttribute : Attribute;

/// <summary>Marks a translated <c>@abstractmethod</c>.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property)]
public sealed class AbstractMethodAttribute : Attribute;
