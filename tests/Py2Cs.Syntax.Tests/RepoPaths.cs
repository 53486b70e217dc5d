namespace Py2Cs.Syntax.Tests;

static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Conformance => Path.Combine(Root, "tests", "conformance");

    public static string Snippets => Path.Combine(Root, "tests", "Py2Cs.Syntax.Tests", "Snippets");

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "tests", "conformance"))) return dir.FullName;
        throw new DirectoryNotFoundException("repository root (with tests/conformance) not found");
    }
}
