namespace Py2Cs.Cli;

/// <summary>Paths as the JSON and SARIF reports show them: relative to the current folder, with '/'.</summary>
static class ReportPaths
{
    public static string Relative(string path)
    {
        if (path == SourceFiles.StdinPath || path == SourceFiles.StdinName) return path;
        return Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(path)).Replace(Path.DirectorySeparatorChar, '/');
    }
}
