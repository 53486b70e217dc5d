namespace Py2Cs.Cli;

/// <summary>
/// Finds the .py files under a folder, in a stable (ordinal) order: hidden folders (.git, .venv)
/// and excluded paths are skipped; linked folders are followed unless they lead back to a folder
/// already being walked, which is reported as a loop rather than walked forever.
/// </summary>
sealed class SourceTree
{
    // Deeper than any real tree; stops a loop the ancestor check cannot see (a link whose target
    // path itself goes through links).
    const int MaxDepth = 64;

    readonly string _root;
    readonly IReadOnlyList<ExcludeGlob> _excludes;
    readonly List<string> _files = [];
    readonly List<InputError> _errors = [];

    SourceTree(string root, IReadOnlyList<ExcludeGlob> excludes)
    {
        _root = root;
        _excludes = excludes;
    }

    public static (IReadOnlyList<string> Files, IReadOnlyList<InputError> Errors) Walk(string root, IReadOnlyList<ExcludeGlob> excludes)
    {
        var tree = new SourceTree(root, excludes);
        tree.WalkFolder(root, [Canonical(root)], depth: 0);
        return (tree._files, tree._errors);
    }

    void WalkFolder(string folder, List<string> ancestors, int depth)
    {
        FileSystemInfo[] entries;
        try
        {
            entries = [.. new DirectoryInfo(folder).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _errors.Add(new InputError(folder, $"cannot read folder '{folder}': {e.Message}"));
            return;
        }

        foreach (FileSystemInfo entry in entries)
        {
            string path = Path.Combine(folder, entry.Name);
            if (IsExcluded(path)) continue;
            if (entry.LinkTarget is not null)
                FollowLink(entry, path, ancestors, depth);
            else if (entry is DirectoryInfo)
                EnterFolder(path, Canonical(path), ancestors, depth);
            else if (IsPython(entry.Name))
                _files.Add(path);
        }
    }

    void FollowLink(FileSystemInfo link, string path, List<string> ancestors, int depth)
    {
        FileSystemInfo? target;
        try
        {
            target = link.ResolveLinkTarget(returnFinalTarget: true);
        }
        catch (IOException e)
        {
            // ELOOP: a chain of links that never reaches a file or folder.
            _errors.Add(new InputError(path, $"cannot follow the symbolic link '{path}': {e.Message}"));
            return;
        }
        if (target is null || !target.Exists)
        {
            if (IsPython(link.Name))
                _errors.Add(new InputError(path, $"'{path}' is a symbolic link to '{link.LinkTarget}', which does not exist"));
            return;
        }
        if (target is DirectoryInfo || Directory.Exists(target.FullName))
            EnterFolder(path, Canonical(target.FullName), ancestors, depth);
        else if (IsPython(link.Name))
            _files.Add(path);
    }

    void EnterFolder(string path, string canonical, List<string> ancestors, int depth)
    {
        if (Path.GetFileName(path).StartsWith('.')) return;
        if (ancestors.Contains(canonical) || depth >= MaxDepth)
        {
            _errors.Add(new InputError(path, $"symbolic link loop: '{path}' leads back to '{canonical}', a folder it is inside"));
            return;
        }
        ancestors.Add(canonical);
        WalkFolder(path, ancestors, depth + 1);
        ancestors.RemoveAt(ancestors.Count - 1);
    }

    bool IsExcluded(string path)
    {
        if (_excludes.Count == 0) return false;
        string relative = Path.GetRelativePath(_root, path);
        return _excludes.Any(glob => glob.Matches(relative) || glob.Matches(path));
    }

    static bool IsPython(string name) => name.EndsWith(".py", StringComparison.Ordinal);

    static string Canonical(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
}
