#pragma warning disable CS8981, IDE1006 // Python's names.
namespace Py2Cs.Runtime;

/// <summary>
/// Python's <c>os</c> module, the basics file-handling programs use: the working directory, the
/// environment, removing and making files and folders, listing a folder; <c>os.path</c> for paths
/// (POSIX rules, as CPython's posixpath). Errors are CPython's OSError subclasses with errno and filename.
/// </summary>
[PyModule("os")]
[PyMissing("only the basics of os are implemented (getcwd, environ, getenv, remove, unlink, rmdir, mkdir, makedirs, listdir, walk, stat, fspath, rename, getpid, kill, sep, linesep, os.path)",
    "chdir", "scandir", "system", "popen", "fork", "urandom", "cpu_count", "replace", "removedirs", "chmod")]
public static class os
{
    public const string sep = "/";
    public const string linesep = "\n";
    public const string curdir = ".";
    public const string pardir = "..";
    public const string name = "posix";

    /// <summary>A snapshot of the process environment when first read (writing to it does not change the process's).</summary>
    public static PyDict<string, string> environ => s_environ ??= ReadEnvironment();
    static PyDict<string, string>? s_environ;

    static PyDict<string, string> ReadEnvironment()
    {
        var d = new PyDict<string, string>();
        foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables()) d[(string)e.Key] = (string?)e.Value ?? "";
        return d;
    }

    public static string? getenv(string key, string? @default = null) => environ.TryGetValue(key, out var v) ? v : @default;

    public static string getcwd() => Directory.GetCurrentDirectory();

    public static long getpid() => Environment.ProcessId;

    /// <summary><c>os.kill(pid, sig)</c>: see <c>signal.Kill</c> (a signal to this process runs its handler at once).</summary>
    public static void kill(long pid, object? sig) => signal.Kill(pid, sig);

    /// <summary><c>os.fspath</c>: a str as it is, an os.PathLike (pathlib.Path) as its text; anything else is CPython's TypeError.</summary>
    public static string fspath(object? path) => path switch
    {
        string s => s,
        pathlib.PosixPath p => p.__fspath__(),
        _ => throw new TypeError($"expected str, bytes or os.PathLike object, not {Builtins.type_name(path)}"),
    };

    public static void remove(object? path) => RemoveFile(fspath(path));

    static void RemoveFile(string path)
    {
        if (Directory.Exists(path)) throw new IsADirectoryError(21L, "Is a directory", path);
        if (!File.Exists(path)) throw new FileNotFoundError(2L, "No such file or directory", path);
        File.Delete(path);
    }

    public static void unlink(object? path) => remove(path);

    public static void rmdir(object? folder)
    {
        var path = fspath(folder);
        if (!Directory.Exists(path)) throw File.Exists(path) ? new NotADirectoryError(20L, "Not a directory", path) : new FileNotFoundError(2L, "No such file or directory", path);
        if (Directory.EnumerateFileSystemEntries(path).Any()) throw new OSError(39L, "Directory not empty", path);
        Directory.Delete(path);
    }

    public static void mkdir(object? folder, long mode = 511)
    {
        var path = fspath(folder);
        if (Directory.Exists(path) || File.Exists(path)) throw new FileExistsError(17L, "File exists", path);
        var parent = Path.GetDirectoryName(Path.GetFullPath(path));
        if (parent is not null && !Directory.Exists(parent)) throw new FileNotFoundError(2L, "No such file or directory", path);
        Directory.CreateDirectory(path);
    }

    public static void makedirs(object? folder, long mode = 511, bool exist_ok = false)
    {
        var name = fspath(folder);
        if (Directory.Exists(name) && !exist_ok) throw new FileExistsError(17L, "File exists", name);
        Directory.CreateDirectory(name);
    }

    /// <summary>The entries of a folder (CPython's order is the file system's; here it is sorted, as most programs sort anyway).</summary>
    public static PyList<string> listdir(object? folder = null)
    {
        var path = folder is null ? "." : fspath(folder);
        if (!Directory.Exists(path)) throw new FileNotFoundError(2L, "No such file or directory", path);
        return new PyList<string>(Directory.EnumerateFileSystemEntries(path).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);
    }

    public static void rename(object? source, object? destination)
    {
        var (src, dst) = (fspath(source), fspath(destination));
        if (!File.Exists(src) && !Directory.Exists(src)) throw new FileNotFoundError(2L, "No such file or directory", src);
        if (Directory.Exists(src)) Directory.Move(src, dst);
        else File.Move(src, dst, overwrite: true);
    }

    /// <summary>
    /// <c>os.walk</c>, top-down: each folder as (path, folder names, file names), names sorted as
    /// <see cref="listdir"/> sorts them. The caller may remove names from the folder list before the
    /// walk goes on, to prune it, as in CPython. A folder that cannot be read is skipped.
    /// </summary>
    public static IEnumerable<(string, PyList<string>, PyList<string>)> walk(object? top, bool topdown = true, object? onerror = null, bool followlinks = false)
    {
        var root = fspath(top);
        if (!Directory.Exists(root)) yield break;
        var dirs = new PyList<string>();
        var files = new PyList<string>();
        foreach (var entry in listdir(root))
        {
            var full = path.join(root, entry);
            if (Directory.Exists(full)) dirs.append(entry);
            else files.append(entry);
        }
        if (topdown) yield return (root, dirs, files);
        foreach (var folder in dirs.ToList())
        {
            var full = path.join(root, folder);
            if (!followlinks && new DirectoryInfo(full).LinkTarget is not null) continue;
            foreach (var below in walk(full, topdown, onerror, followlinks)) yield return below;
        }
        if (!topdown) yield return (root, dirs, files);
    }

    /// <summary><c>os.stat</c>: size, mode and times of a file or folder (following symlinks).</summary>
    public static stat_result stat(object? path)
    {
        var text = fspath(path);
        FileSystemInfo info = Directory.Exists(text) ? new DirectoryInfo(text) : new FileInfo(text);
        if (!info.Exists) throw new FileNotFoundError(2L, "No such file or directory", text);
        return new stat_result(info);
    }

    /// <summary><c>os.stat_result</c>: the fields .NET can read (no inode, device, link count or owner).</summary>
    public sealed class stat_result : PyObject
    {
        internal stat_result(FileSystemInfo info)
        {
            st_size = info is FileInfo file ? file.Length : 4096;
            st_mode = (long)(uint)info.UnixFileMode | (info is DirectoryInfo ? 0x4000L : 0x8000L);
            st_mtime = Seconds(info.LastWriteTimeUtc);
            st_atime = Seconds(info.LastAccessTimeUtc);
            st_ctime = Seconds(info.LastWriteTimeUtc);
        }

        static double Seconds(DateTime utc) => (utc - DateTime.UnixEpoch).Ticks / (double)TimeSpan.TicksPerSecond;

        public long st_size { get; }
        public long st_mode { get; }
        public double st_mtime { get; }
        public double st_atime { get; }
        public double st_ctime { get; }
        public long st_mtime_ns => (long)Math.Round(st_mtime * 1e9);
    }

    /// <summary><c>os.path</c>: POSIX path operations, as posixpath.</summary>
    [PyModule("os.path")]
    public static class path
    {
        public const string sep = "/";

        public static string join(object? a, params object?[] p)
        {
            var result = JoinArgument(a);
            foreach (var item in p)
            {
                var part = JoinArgument(item);
                if (part.StartsWith('/')) result = part;
                else if (result.Length == 0 || result.EndsWith('/')) result += part;
                else result += "/" + part;
            }
            return result;
        }

        static string JoinArgument(object? value) => value is string or pathlib.PosixPath ? fspath(value)
            : throw new TypeError($"join() argument must be str, bytes, or os.PathLike object, not '{Builtins.type_name(value)}'");

        public static (string, string) split(object? path)
        {
            var p = fspath(path);
            int i = p.LastIndexOf('/') + 1;
            var head = p[..i];
            if (head.Length > 0 && head.Any(c => c != '/')) head = head.TrimEnd('/');
            return (head, p[i..]);
        }

        public static string basename(object? path)
        {
            var p = fspath(path);
            return p[(p.LastIndexOf('/') + 1)..];
        }

        public static string dirname(object? p) => split(p).Item1;

        public static (string, string) splitext(object? path)
        {
            var p = fspath(path);
            int slash = p.LastIndexOf('/');
            int dot = p.LastIndexOf('.');
            if (dot <= slash + 1) return (p, "");
            // A leading run of dots is part of the name (".bashrc" has no extension).
            int nameStart = slash + 1;
            while (nameStart < dot && p[nameStart] == '.') nameStart++;
            return nameStart == dot ? (p, "") : (p[..dot], p[dot..]);
        }

        public static bool exists(object? path) => File.Exists(fspath(path)) || Directory.Exists(fspath(path));
        public static bool isfile(object? path) => File.Exists(fspath(path));
        public static bool isdir(object? path) => Directory.Exists(fspath(path));
        public static bool isabs(object? s) => fspath(s).StartsWith('/');
        public static string abspath(object? path) => normpath(Path.GetFullPath(fspath(path)));

        public static long getsize(object? filename) => stat(filename).st_size;

        public static double getmtime(object? filename) => stat(filename).st_mtime;

        public static string expanduser(object? path)
        {
            var p = fspath(path);
            if (p != "~" && !p.StartsWith("~/", StringComparison.Ordinal)) return p;
            var home = Environment.GetEnvironmentVariable("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            var full = home.TrimEnd('/') + p[1..];
            return full.Length > 0 ? full : "/";
        }

        /// <summary>posixpath.normpath: drops empty and "." parts, folds ".." into the part before it (not past the root).</summary>
        public static string normpath(object? path)
        {
            var p = fspath(path);
            if (p.Length == 0) return ".";
            // POSIX keeps exactly two leading slashes; three or more are one.
            int initial = p.StartsWith("//", StringComparison.Ordinal) && !p.StartsWith("///", StringComparison.Ordinal) ? 2 : p.StartsWith('/') ? 1 : 0;
            var parts = new List<string>();
            foreach (var part in p.Split('/'))
            {
                if (part.Length == 0 || part == ".") continue;
                if (part != ".." || (initial == 0 && parts.Count == 0) || (parts.Count > 0 && parts[^1] == "..")) parts.Add(part);
                else if (parts.Count > 0) parts.RemoveAt(parts.Count - 1);
            }
            var text = new string('/', initial) + string.Join('/', parts);
            return text.Length == 0 ? "." : text;
        }

        /// <summary>posixpath.relpath: the path from <paramref name="start"/> (default the working folder) to <paramref name="path"/>.</summary>
        public static string relpath(object? path, object? start = null)
        {
            var target = abspath(path).Split('/', StringSplitOptions.RemoveEmptyEntries);
            var origin = abspath(start ?? ".").Split('/', StringSplitOptions.RemoveEmptyEntries);
            int common = 0;
            while (common < target.Length && common < origin.Length && target[common] == origin[common]) common++;
            var parts = Enumerable.Repeat("..", origin.Length - common).Concat(target.Skip(common)).ToArray();
            return parts.Length == 0 ? "." : string.Join('/', parts);
        }
    }
}

/// <summary>Python's <c>tempfile</c> basics: a fresh folder or the temporary folder's name.</summary>
[PyModule("tempfile")]
[PyMissing("only mkdtemp, gettempdir and TemporaryDirectory of tempfile are implemented", "NamedTemporaryFile", "TemporaryFile", "mkstemp", "SpooledTemporaryFile")]
public static class tempfile
{
    /// <summary><c>TemporaryDirectory()</c>: a fresh folder (made at once, as mkdtemp) that <c>with</c> binds
    /// by name and removes with its contents on exit or <c>cleanup()</c>; a second cleanup does nothing.</summary>
    public sealed class TemporaryDirectory(string? suffix = null, string? prefix = null, string? dir = null, bool ignore_cleanup_errors = false)
        : PyObject, IContextManager
    {
        public string name { get; } = mkdtemp(suffix ?? "", prefix ?? "tmp", dir);

        public string __enter__() => name;
        object? IContextManager.__enter__() => __enter__();

        public bool __exit__(object? exc_type, object? exc_value, object? traceback)
        {
            cleanup();
            return false;
        }

        public void cleanup()
        {
            try { if (Directory.Exists(name)) Directory.Delete(name, recursive: true); }
            catch (IOException) when (ignore_cleanup_errors) { }
            catch (UnauthorizedAccessException) when (ignore_cleanup_errors) { }
        }

        public override string __repr__() => $"<TemporaryDirectory {Builtins.repr(name)}>";
    }

    public static string gettempdir() => Path.GetTempPath().TrimEnd('/');

    public static string mkdtemp(string suffix = "", string prefix = "tmp", string? dir = null)
    {
        var folder = Path.Combine(dir ?? gettempdir(), prefix + Guid.NewGuid().ToString("N")[..8] + suffix);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
