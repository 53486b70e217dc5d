namespace Py2Cs.EndToEnd.Tests.Infrastructure;

/// <summary>Folders of the repository, found from the test binaries (tests read the committed files in place).</summary>
static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Examples => Path.Combine(Root, "examples");
    public static string Conformance => Path.Combine(Root, "tests", "conformance");
    public static string Differential => Path.Combine(Root, "tests", "differential");
    public static string TestProject => Path.Combine(Root, "tests", "Py2Cs.EndToEnd.Tests");
    public static string Snapshots => Path.Combine(TestProject, "Snapshots");
    public static string KnownFailuresManifest => Path.Combine(TestProject, "known-failures.txt");
    public static string ForcedDynamicFailuresManifest => Path.Combine(TestProject, "forced-dynamic-failures.txt");

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Transpiler.sln")))
                return dir.FullName;
        throw new InvalidOperationException($"no Transpiler.sln above {AppContext.BaseDirectory}");
    }
}
