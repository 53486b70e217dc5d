using System.Collections.Concurrent;
using System.Reflection;

namespace Py2Cs.Semantics.Library.Model;

/// <summary>
/// The runtime's methods and constructors as signatures, read once per type. Inference asks whether a
/// call binds at run time for every call it meets, on every pass; reading the members and their
/// attributes by reflection each time was a tenth of a standard-library conversion. Thread-safe:
/// `convert -j` translates several files at once. Keyed by a record (a class), not a value tuple: a
/// framework dictionary keyed by a value type is JIT-compiled at start-up (bench/README.md, session 12).
/// </summary>
public static class RuntimeMethodTable
{
    sealed record MembersOf(Type Type, BindingFlags Flags);

    static readonly ConcurrentDictionary<MembersOf, ILookup<string, ModelSignature>> ByPythonName = new();
    static readonly ConcurrentDictionary<MembersOf, ILookup<string, ModelSignature>> ByClrName = new();
    static readonly ConcurrentDictionary<Type, ImmutableArray<ModelSignature>> Constructors = new();

    /// <summary>The public methods of <paramref name="type"/> with these binding flags whose Python name
    /// (<c>[PyName]</c> or the C# name) is <paramref name="name"/>.</summary>
    public static IEnumerable<ModelSignature> MethodsNamed(Type type, BindingFlags flags, string name) =>
        ByPythonName.GetOrAdd(new(type, flags), key => key.Type.GetMethods(BindingFlags.Public | key.Flags)
            .ToLookup(RuntimeModel.PythonName, RuntimeModel.Signature))[name];

    /// <summary>The public methods of <paramref name="type"/> whose C# name is <paramref name="name"/>, extension
    /// methods left out.</summary>
    public static IEnumerable<ModelSignature> ClrMethodsNamed(Type type, BindingFlags flags, string name) =>
        ByClrName.GetOrAdd(new(type, flags), key => key.Type.GetMethods(BindingFlags.Public | key.Flags)
            .Where(m => !m.IsDefined(typeof(System.Runtime.CompilerServices.ExtensionAttribute)))
            .ToLookup(m => m.Name, RuntimeModel.Signature))[name];

    /// <summary>The public constructors of <paramref name="type"/>.</summary>
    public static ImmutableArray<ModelSignature> ConstructorsOf(Type type) =>
        Constructors.GetOrAdd(type, t => [.. t.GetConstructors().Select(RuntimeModel.Signature)]);
}
