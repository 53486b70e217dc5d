using Microsoft.CodeAnalysis;

namespace Py2Cs.Compiler;

/// <summary>
/// What generated programs compile against: the assemblies of the .NET shared framework py2cs runs
/// on, plus Py2Cs.Runtime. Taken from the host's trusted platform assemblies (always present, unlike
/// the reference packs, which only an SDK install has), filtered to the framework folder so that
/// py2cs's own dependencies (Roslyn, System.CommandLine) are not visible to user programs.
/// </summary>
static class FrameworkReferences
{
    static readonly Lazy<ImmutableArray<MetadataReference>> s_all = new(Load);

    public static ImmutableArray<MetadataReference> All => s_all.Value;

    public static string RuntimeAssemblyPath => typeof(Py2Cs.Runtime.Builtins).Assembly.Location;

    static ImmutableArray<MetadataReference> Load()
    {
        string frameworkDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string[] trusted = ((AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string) ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        IEnumerable<string> framework = trusted.Where(p => Path.GetDirectoryName(p) == frameworkDir);
        if (!framework.Any())
            framework = Directory.EnumerateFiles(frameworkDir, "*.dll");

        if (string.IsNullOrEmpty(RuntimeAssemblyPath))
            throw new InvalidOperationException("Py2Cs.Runtime was not loaded from a file, so programs cannot reference it");

        return [.. framework.Order(StringComparer.Ordinal).Append(RuntimeAssemblyPath)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))];
    }
}
