using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace Py2Cs.Compiler;

/// <summary>
/// JIT-compiles a loaded program before its entry point runs (see <see cref="PrecompileSet"/> for
/// why): its own methods, the runtime's coroutine plumbing over each of its async state machines,
/// the generic instantiations its metadata names (<c>PyDict&lt;string, long&gt;</c>,
/// <c>Coroutine&lt;string&gt;</c>) and those these reach. The cost is paid before the program's clock starts.
/// </summary>
static class ProgramPreparation
{
    // How far calls into generic code are followed: three levels reach the framework's helpers
    // under a LINQ query or a dict's storage.
    const int CallDepth = 3;

    public static void Prepare(Assembly program, byte[] image)
    {
        var set = new PrecompileSet();
        foreach (Type type in LoadableTypes(program))
            if (!type.IsGenericTypeDefinition)
                set.AddTypeAndCoroutinePlumbing(type);
        AddInstantiationsNamedInMetadata(program.ManifestModule, image, set);
        set.AddInstantiationsReached(CallDepth);
        set.RunForeignClassConstructors(program);
        RunLambdaCacheConstructors(program);
        set.Compile();
    }

    /// <summary>The C# compiler's lambda caches (the nested <c>&lt;&gt;c</c> classes) are made by a static
    /// constructor that only creates their one instance: nothing a program sees, so it runs here rather
    /// than at the first lambda, mid-program.</summary>
    static void RunLambdaCacheConstructors(Assembly program)
    {
        foreach (Type type in LoadableTypes(program))
            if (type.Name == "<>c" && !type.ContainsGenericParameters)
                PrecompileSet.Guarded(() => { System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(type.TypeHandle); return type; });
    }

    /// <summary>Every constructed generic type, generic method instantiation and member of a
    /// constructed type that the program's metadata refers to: what it uses directly.</summary>
    static void AddInstantiationsNamedInMetadata(Module module, byte[] image, PrecompileSet set)
    {
        ImageMetadata.Read(image, reader => AddInstantiationsNamedIn(reader, module, set));
    }

    static void AddInstantiationsNamedIn(MetadataReader reader, Module module, PrecompileSet set)
    {
        for (int row = 1; row <= reader.GetTableRowCount(TableIndex.TypeSpec); row++)
        {
            int token = MetadataTokens.GetToken(MetadataTokens.TypeSpecificationHandle(row));
            // The runtime's and the program's generic types whole (their virtual members, e.g.
            // __repr__, are reached without a reference); the framework's through the members named.
            if (PrecompileSet.Guarded(() => module.ResolveType(token)) is { IsConstructedGenericType: true } type && !IsFramework(type))
                set.AddDeclared(type);
        }
        for (int row = 1; row <= reader.GetTableRowCount(TableIndex.MemberRef); row++)
        {
            int token = MetadataTokens.GetToken(MetadataTokens.MemberReferenceHandle(row));
            if (PrecompileSet.Guarded(() => module.ResolveMember(token)) is MethodBase { DeclaringType.IsConstructedGenericType: true } method)
                set.Add(method);
        }
        for (int row = 1; row <= reader.GetTableRowCount(TableIndex.MethodSpec); row++)
        {
            int token = MetadataTokens.GetToken(MetadataTokens.MethodSpecificationHandle(row));
            if (PrecompileSet.Guarded(() => module.ResolveMethod(token)) is { } method)
                set.Add(method);
        }
    }

    static bool IsFramework(Type type) =>
        type.Assembly == typeof(object).Assembly || type.Assembly.GetName().Name?.StartsWith("System.", StringComparison.Ordinal) == true;

    static IEnumerable<Type> LoadableTypes(Assembly program)
    {
        try { return program.GetTypes(); }
        catch (ReflectionTypeLoadException e) { return e.Types.OfType<Type>(); }
    }
}
