#pragma warning disable CS8981, IDE1006 // Python's names.
using System.Text;
using System.Text.RegularExpressions;

namespace Py2Cs.Runtime;

/// <summary>
/// Python's <c>glob</c>: shell wildcards over path names, as CPython 3.11's glob module walks them
/// (a part without wildcards is tested for existence, a part with them lists its folder and matches
/// with fnmatch, names starting with a dot only when the pattern part does or <c>include_hidden</c>,
/// <c>**</c> with <c>recursive=True</c> for this folder and every folder below it, pre-order). An
/// object (<see cref="Builtins.glob"/>) because it has a function named like itself. Folders are
/// listed by name, as os.listdir lists them here (CPython: the file system's order).
/// </summary>
[PyModule("glob")]
public sealed partial class GlobModule
{
    public PyList<string> glob(object? pathname, [PyKeywordOnly] object? root_dir = null, [PyKeywordOnly] object? dir_fd = null,
        [PyKeywordOnly] bool recursive = false, [PyKeywordOnly] bool include_hidden = false) =>
        new(iglob(pathname, root_dir, dir_fd, recursive, include_hidden));

    public IEnumerable<string> iglob(object? pathname, [PyKeywordOnly] object? root_dir = null, [PyKeywordOnly] object? dir_fd = null,
        [PyKeywordOnly] bool recursive = false, [PyKeywordOnly] bool include_hidden = false)
    {
        string pattern = os.fspath(pathname);
        string? root = root_dir is null ? null : os.fspath(root_dir);
        var found = Glob(pattern, root, recursive, dironly: false, include_hidden);
        // "**" alone starts with the empty name of the folder itself, which glob does not return.
        return recursive && pattern == "**" ? found.Skip(1) : found;
    }

    public bool has_magic(string s) => MagicCheck().IsMatch(s);

    /// <summary><c>glob.escape</c>: each wildcard character in brackets, the drive part untouched.</summary>
    public string escape(string pathname) => MagicCheck().Replace(pathname, "[$1]");

    [GeneratedRegex("([*?[])")]
    private static partial Regex MagicCheck();

    static bool IsRecursive(string pattern) => pattern == "**";
    static bool IsHidden(string name) => name.Length > 0 && name[0] == '.';

    static string JoinRoot(string? root, string path) => root is null || path.Length == 0 ? root ?? path : os.path.join(root, path);

    IEnumerable<string> Glob(string pathname, string? root, bool recursive, bool dironly, bool includeHidden)
    {
        var (dirname, basename) = os.path.split(pathname);
        if (!has_magic(pathname))
        {
            string full = JoinRoot(root, basename.Length > 0 ? pathname : dirname);
            bool exists = basename.Length > 0 ? Exists(full) : Directory.Exists(full.Length == 0 ? "." : full);
            if (exists) yield return pathname;
            yield break;
        }
        if (dirname.Length == 0)
        {
            var names = recursive && IsRecursive(basename) ? Glob2(root, dironly, includeHidden) : Glob1(root, basename, dironly, includeHidden);
            foreach (var name in names) yield return name;
            yield break;
        }
        IEnumerable<string> dirs = dirname != pathname && has_magic(dirname)
            ? Glob(dirname, root, recursive, dironly: true, includeHidden)
            : [dirname];
        foreach (var folder in dirs)
        {
            string inRoot = JoinRoot(root, folder);
            IEnumerable<string> names = !has_magic(basename) ? Glob0(inRoot, basename)
                : recursive && IsRecursive(basename) ? Glob2(inRoot, dironly, includeHidden)
                : Glob1(inRoot, basename, dironly, includeHidden);
            foreach (var name in names) yield return os.path.join(folder, name);
        }
    }

    static bool Exists(string path) => File.Exists(path) || Directory.Exists(path) || new FileInfo(path).LinkTarget is not null;

    /// <summary>A wildcard part: the folder's names that match it.</summary>
    static IEnumerable<string> Glob1(string? folder, string pattern, bool dironly, bool includeHidden)
    {
        var regex = FnmatchModule.Compile(pattern);
        bool hiddenToo = includeHidden || IsHidden(pattern);
        return ListFolder(folder, dironly).Where(n => (hiddenToo || !IsHidden(n)) && regex.IsMatch(n));
    }

    /// <summary>A literal part after a wildcard folder: the name if it exists there.</summary>
    static IEnumerable<string> Glob0(string folder, string basename)
    {
        if (basename.Length > 0 ? Exists(os.path.join(folder.Length == 0 ? "." : folder, basename)) : Directory.Exists(folder.Length == 0 ? "." : folder))
            return [basename];
        return [];
    }

    /// <summary><c>**</c>: the folder itself (the empty name), then everything below it, pre-order.</summary>
    static IEnumerable<string> Glob2(string? folder, bool dironly, bool includeHidden)
    {
        yield return "";
        foreach (var name in ListRecursively(folder, dironly, includeHidden)) yield return name;
    }

    static IEnumerable<string> ListRecursively(string? folder, bool dironly, bool includeHidden)
    {
        foreach (var name in ListFolder(folder, dironly))
        {
            if (!includeHidden && IsHidden(name)) continue;
            yield return name;
            string path = string.IsNullOrEmpty(folder) ? name : os.path.join(folder, name);
            foreach (var below in ListRecursively(path, dironly, includeHidden)) yield return os.path.join(name, below);
        }
    }

    /// <summary>A folder's names (only its subfolders when <paramref name="dironly"/>); nothing when it cannot be read.</summary>
    static List<string> ListFolder(string? folder, bool dironly)
    {
        string path = string.IsNullOrEmpty(folder) ? "." : folder;
        if (!Directory.Exists(path)) return [];
        try
        {
            return Directory.EnumerateFileSystemEntries(path)
                .Where(entry => !dironly || Directory.Exists(entry))
                .Select(entry => Path.GetFileName(entry))
                .Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return []; }
    }
}

public static partial class Builtins
{
    public static readonly GlobModule glob = new();
}
