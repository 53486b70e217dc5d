#pragma warning disable CS8981, IDE1006 // Python's names.
namespace Py2Cs.Runtime;

/// <summary>
/// Python's <c>os</c> module, the basics file-handling programs use: the working directory, the
/// environment, removing and making files and folders, listing a folder; <c>os.path</c> for paths
/// (POSIX rules, as CPython's posixpath). Errors are CPython's OSError subclasses with errno and filename.
/// </summary>
[PyModule("os")]
[PyMissing("only the basics of os are implemented (getcwd, environ, getenv, remove, unlink, rmdir, mkdir, makedirs, listdir, rename, getpid, sep, linesep, os.path)",
    "chdir", "walk", "scandir", "stat", "system", "popen", "fork", "kill", "urandom", "cpu_count", "replace", "removedirs", "chmod")]
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

    public static void remove(string path)
    {
        if (Directory.Exists(path)) throw new IsADirectoryError(21L, "Is a directory", path);
        if (!File.Exists(path)) throw new FileNotFoundError(2L, "No such file or directory", path);
        File.Delete(path);
    }

    public static void unlink(string path) => remove(path);

    public static void rmdir(string path)
    {
        if (!Directory.Exists(path)) throw File.Exists(path) ? new NotADirectoryError(20L, "Not a directory", path) : new FileNotFoundError(2L, "No such file or directory", path);
        if (Directory.EnumerateFileSystemEntries(path).Any()) throw new OSError(39L, "Directory not empty", path);
        Directory.Delete(path);
    }

    public static void mkdir(string path, long mode = 511)
    {
        if (Directory.Exists(path) || File.Exists(path)) throw new FileExistsError(17L, "File exists", path);
        var parent = Path.GetDirectoryName(Path.GetFullPath(path));
        if (parent is not null && !Directory.Exists(parent)) throw new FileNotFoundError(2L, "No such file or directory", path);
        Directory.CreateDirectory(path);
    }

    public static void makedirs(string name, long mode = 511, bool exist_ok = false)
    {
        if (Directory.Exists(name) && !exist_ok) throw new FileExistsError(17L, "File exists", name);
        Directory.CreateDirectory(name);
    }

    /// <summary>The entries of a folder (CPython's order is the file system's; here it is sorted, as most programs sort anyway).</summary>
    public static PyList<string> listdir(string path = ".")
    {
        if (!Directory.Exists(path)) throw new FileNotFoundError(2L, "No such file or directory", path);
        return new PyList<string>(Directory.EnumerateFileSystemEntries(path).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);
    }

    public static void rename(string src, string dst)
    {
        if (!File.Exists(src) && !Directory.Exists(src)) throw new FileNotFoundError(2L, "No such file or directory", src);
        if (Directory.Exists(src)) Directory.Move(src, dst);
        else File.Move(src, dst, overwrite: true);
    }

    /// <summary><c>os.path</c>: POSIX path operations, as posixpath.</summary>
    [PyModule("os.path")]
    public static class path
    {
        public const string sep = "/";

        public static string join(string a, params string[] p)
        {
            var result = a;
            foreach (var part in p)
            {
                if (part.StartsWith('/')) result = part;
                else if (result.Length == 0 || result.EndsWith('/')) result += part;
                else result += "/" + part;
            }
            return result;
        }

        public static PyTuple split(string p)
        {
            int i = p.LastIndexOf('/') + 1;
            var head = p[..i];
            if (head.Length > 0 && head.Any(c => c != '/')) head = head.TrimEnd('/');
            return new PyTuple([head, p[i..]]);
        }

        public static string basename(string p) => p[(p.LastIndexOf('/') + 1)..];

        public static string dirname(string p) => (string)split(p)[0]!;

        public static PyTuple splitext(string p)
        {
            int slash = p.LastIndexOf('/');
            int dot = p.LastIndexOf('.');
            if (dot <= slash + 1) return new PyTuple([p, ""]);
            // A leading run of dots is part of the name (".bashrc" has no extension).
            int nameStart = slash + 1;
            while (nameStart < dot && p[nameStart] == '.') nameStart++;
            return nameStart == dot ? new PyTuple([p, ""]) : new PyTuple([p[..dot], p[dot..]]);
        }

        public static bool exists(string path) => File.Exists(path) || Directory.Exists(path);
        public static bool isfile(string path) => File.Exists(path);
        public static bool isdir(string path) => Directory.Exists(path);
        public static bool isabs(string s) => s.StartsWith('/');
        public static string abspath(string path) => Path.GetFullPath(path);

        public static long getsize(string filename) =>
            File.Exists(filename) ? new FileInfo(filename).Length : throw new FileNotFoundError(2L, "No such file or directory", filename);
    }
}

/// <summary>Python's <c>tempfile</c> basics: a fresh folder or the temporary folder's name.</summary>
[PyModule("tempfile")]
[PyMissing("only mkdtemp and gettempdir of tempfile are implemented", "TemporaryDirectory", "NamedTemporaryFile", "TemporaryFile", "mkstemp", "SpooledTemporaryFile")]
public static class tempfile
{
    public static string gettempdir() => Path.GetTempPath().TrimEnd('/');

    public static string mkdtemp(string suffix = "", string prefix = "tmp", string? dir = null)
    {
        var folder = Path.Combine(dir ?? gettempdir(), prefix + Guid.NewGuid().ToString("N")[..8] + suffix);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
