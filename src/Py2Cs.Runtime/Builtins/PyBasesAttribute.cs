using System.Collections.Concurrent;
using System.Reflection;

namespace Py2Cs.Runtime;

/// <summary>
/// The Python bases of a translated class with more than one (<c>class C(Mixin, Base)</c>): C# keeps one
/// base class and copies the mixins' methods, so isinstance and issubclass ask this list as well.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PyBasesAttribute(params Type[] bases) : Attribute
{
    public Type[] Bases { get; } = bases;

    static readonly ConcurrentDictionary<(Type, Type), bool> Cache = new();

    static readonly Lazy<HashSet<Type>> RuntimePythonBases = new(() => typeof(PyBasesAttribute).Assembly.GetTypes()
        .SelectMany(t => (t.GetCustomAttribute<PyBasesAttribute>(inherit: false)?.Bases ?? []).Where(b => !b.IsAssignableFrom(t))).ToHashSet());

    /// <summary>Whether a runtime class names <paramref name="type"/> among its Python bases without deriving from it
    /// in C# (ExceptionGroup names BaseExceptionGroup; its C# base is PyException, Python's Exception): a C# type test
    /// against it misses those instances, so isinstance and except ask the runtime.</summary>
    public static bool IsPythonOnlyBaseInRuntime(Type type) => RuntimePythonBases.Value.Contains(type);

    /// <summary>Whether <paramref name="type"/> is <paramref name="of"/> or derives from it, through C# bases or Python ones.</summary>
    internal static bool IsSubclass(Type type, Type of) =>
        of.IsAssignableFrom(type) || Cache.GetOrAdd((type, of), key =>
        {
            for (var t = key.Item1; t is not null; t = t.BaseType)
                if (t.GetCustomAttribute<PyBasesAttribute>(inherit: false) is { } declared && declared.Bases.Any(b => IsSubclass(b, key.Item2)))
                    return true;
            return false;
        });
}
