using System.Reflection.Metadata;

namespace Py2Cs.Compiler;

/// <summary>
/// What a compiled program names of the runtime library, read from its metadata without loading it:
/// the runtime's top-level types it refers to, and whether it calls the dynamic path. A cached program
/// warms only that part of the runtime (<see cref="RuntimeWarmup.StartFor"/>), not all of it.
/// </summary>
public sealed class RuntimeReferences
{
    const string RuntimeNamespace = "Py2Cs.Runtime";

    // The members of Py that dispatch by name at run time (the dynamic call path).
    static readonly HashSet<string> s_dynamicEntries = new(StringComparer.Ordinal) { "Call", "CallMethod", "GetAttr", "SetAttr" };

    // The runtime's types through which a program sees time pass or runs concurrently: its output can
    // depend on how late a first call is (a timer fires before or after another). The event loop is
    // reached through asyncio and the coroutine types, time through the time module's object.
    static readonly HashSet<string> s_clocksAndConcurrency = new(StringComparer.Ordinal)
    {
        "asyncio", "TimeModule", "threading", "concurrent_futures", "queue", "DatetimeModule", "SocketModule", "signal", "subprocess",
    };

    RuntimeReferences(HashSet<string> types, bool callsDynamically)
    {
        TopLevelTypes = types;
        CallsDynamically = callsDynamically;
        RunsEventLoop = types.Any(name => name == "asyncio" || name.StartsWith("Coroutine", StringComparison.Ordinal));
        ObservesTime = RunsEventLoop || types.Overlaps(s_clocksAndConcurrency);
    }

    /// <summary>Names (without namespace) of the runtime's outermost types the program refers to.</summary>
    public IReadOnlySet<string> TopLevelTypes { get; }

    /// <summary>Whether the program calls methods or reads attributes by name (<c>Py.Call</c> and the like).</summary>
    public bool CallsDynamically { get; }

    /// <summary>Whether the program names asyncio or a coroutine type, so runs the event loop (which it never names).</summary>
    public bool RunsEventLoop { get; }

    /// <summary>Whether what the program prints can depend on timing: it runs the event loop, reads a clock or starts threads.</summary>
    public bool ObservesTime { get; }

    public static RuntimeReferences Of(byte[] image)
    {
        RuntimeReferences? found = null;
        ImageMetadata.Read(image, reader => found = Of(reader));
        return found!;
    }

    static RuntimeReferences Of(MetadataReader reader)
    {
        var types = new HashSet<string>(StringComparer.Ordinal);
        foreach (TypeReferenceHandle handle in reader.TypeReferences)
            if (OutermostRuntimeType(reader, handle) is { } name) types.Add(name);

        bool dynamic = false;
        foreach (MemberReferenceHandle handle in reader.MemberReferences)
        {
            MemberReference member = reader.GetMemberReference(handle);
            if (member.Parent.Kind == HandleKind.TypeReference
                && OutermostRuntimeType(reader, (TypeReferenceHandle)member.Parent) == "Py"
                && s_dynamicEntries.Contains(reader.GetString(member.Name)))
                dynamic = true;
        }
        return new RuntimeReferences(types, dynamic);
    }

    // A nested type's reference is scoped by its declaring type's: follow the chain to the top.
    static string? OutermostRuntimeType(MetadataReader reader, TypeReferenceHandle handle)
    {
        TypeReference reference = reader.GetTypeReference(handle);
        while (reference.ResolutionScope.Kind == HandleKind.TypeReference)
            reference = reader.GetTypeReference((TypeReferenceHandle)reference.ResolutionScope);
        return reader.GetString(reference.Namespace) == RuntimeNamespace ? reader.GetString(reference.Name) : null;
    }
}
