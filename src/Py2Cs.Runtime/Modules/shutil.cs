#pragma warning disable CS8981, IDE1006 // Python's names.
namespace Py2Cs.Runtime;

/// <summary>
/// Python's <c>shutil</c> basics: copying files (<c>copyfile</c>, <c>copy</c>, <c>copy2</c>, <c>copymode</c>,
/// <c>copystat</c>) and trees (<c>copytree</c> with <c>ignore</c> and <c>dirs_exist_ok</c>), <c>rmtree</c>,
/// <c>move</c>, <c>which</c>, <c>get_terminal_size</c> and <c>disk_usage</c>, with CPython's errors (OSError
/// subclasses with errno and file name, <c>shutil.Error</c>, <c>SameFileError</c>). Each function returns the
/// destination as CPython does.
/// </summary>
[PyModule("shutil")]
[PyMissing("archives, ownership and the low-level copy helpers of shutil are not implemented",
    "make_archive", "unpack_archive", "get_archive_formats", "register_archive_format", "chown", "copyfileobj", "ignore_dangling_symlinks")]
public static class shutil
{
    /// <summary><c>shutil.Error</c>: an OSError raised for problems of the copy or move itself.</summary>
    public class Error(params object?[] args) : OSError(args)
    {
        public override string PythonTypeName => "shutil.Error";
    }

    /// <summary>Raised when the source and the destination of a copy are the same file.</summary>
    public sealed class SameFileError(params object?[] args) : Error(args)
    {
        public override string PythonTypeName => "shutil.SameFileError";
    }

    public static object? copyfile(object? src, object? dst, [PyKeywordOnly] bool follow_symlinks = true)
    {
        string from = os.fspath(src), to = os.fspath(dst);
        if (SameFile(from, to)) throw new SameFileError($"{Builtins.repr(src)} and {Builtins.repr(dst)} are the same file");
        if (Directory.Exists(from)) throw new IsADirectoryError(21L, "Is a directory", from);
        if (!File.Exists(from)) throw new FileNotFoundError(2L, "No such file or directory", from);
        if (Directory.Exists(to)) throw new IsADirectoryError(21L, "Is a directory", to);
        string? parent = Path.GetDirectoryName(Path.GetFullPath(to));
        if (parent is not null && !Directory.Exists(parent)) throw new FileNotFoundError(2L, "No such file or directory", to);
        File.Copy(from, to, overwrite: true);
        return dst;
    }

    static bool SameFile(string a, string b) =>
        (File.Exists(a) || Directory.Exists(a)) && Path.GetFullPath(a) == Path.GetFullPath(b);

    public static void copymode(object? src, object? dst, [PyKeywordOnly] bool follow_symlinks = true)
    {
        string from = os.fspath(src), to = os.fspath(dst);
        if (!File.Exists(from) && !Directory.Exists(from)) throw new FileNotFoundError(2L, "No such file or directory", from);
        // Windows has no mode bits to copy.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(to, File.GetUnixFileMode(from));
    }

    public static void copystat(object? src, object? dst, [PyKeywordOnly] bool follow_symlinks = true)
    {
        copymode(src, dst);
        string from = os.fspath(src), to = os.fspath(dst);
        if (Directory.Exists(to))
        {
            Directory.SetLastWriteTimeUtc(to, Directory.GetLastWriteTimeUtc(from));
            Directory.SetLastAccessTimeUtc(to, Directory.GetLastAccessTimeUtc(from));
        }
        else
        {
            File.SetLastWriteTimeUtc(to, File.GetLastWriteTimeUtc(from));
            File.SetLastAccessTimeUtc(to, File.GetLastAccessTimeUtc(from));
        }
    }

    /// <summary><c>copy(src, dst)</c>: the file's data and mode; into <paramref name="dst"/> when it is a folder.</summary>
    public static object? copy(object? src, object? dst, [PyKeywordOnly] bool follow_symlinks = true)
    {
        object? target = Directory.Exists(os.fspath(dst)) ? os.path.join(dst, os.path.basename(src)) : dst;
        copyfile(src, target);
        copymode(src, target);
        return target;
    }

    /// <summary><c>copy2</c>: as <see cref="copy"/>, with the times too.</summary>
    public static object? copy2(object? src, object? dst, [PyKeywordOnly] bool follow_symlinks = true)
    {
        object? target = Directory.Exists(os.fspath(dst)) ? os.path.join(dst, os.path.basename(src)) : dst;
        copyfile(src, target);
        copystat(src, target);
        return target;
    }

    /// <summary>
    /// <c>copytree</c>: the folder and everything in it, each file through <paramref name="copy_function"/>
    /// (default <c>copy2</c>); <paramref name="ignore"/> is called with each folder and its names (sorted here)
    /// and returns the names to leave out.
    /// </summary>
    public static object? copytree(object? src, object? dst, bool symlinks = false, object? ignore = null, object? copy_function = null,
        bool ignore_dangling_symlinks = false, bool dirs_exist_ok = false)
    {
        string from = os.fspath(src), to = os.fspath(dst);
        if (!Directory.Exists(from))
            throw File.Exists(from) ? new NotADirectoryError(20L, "Not a directory", from) : new FileNotFoundError(2L, "No such file or directory", from);
        var names = os.listdir(from);
        var ignored = ignore is null ? [] : Py.Iter(Py.Call(ignore, from, names)).Select(Builtins.str).ToHashSet();
        os.makedirs(to, exist_ok: dirs_exist_ok);
        foreach (var name in names)
        {
            if (ignored.Contains(name)) continue;
            string source = os.path.join(from, name), destination = os.path.join(to, name);
            if (Directory.Exists(source)) copytree(source, destination, symlinks, ignore, copy_function, ignore_dangling_symlinks, dirs_exist_ok);
            else if (copy_function is null) copy2(source, destination);
            else Py.Call(copy_function, source, destination);
        }
        copystat(from, to);
        return dst;
    }

    /// <summary><c>ignore_patterns(*patterns)</c>: an <c>ignore</c> function leaving out the names any pattern matches.</summary>
    public static Func<object?, object?, PySet<string>> ignore_patterns(params string[] patterns) =>
        (path, names) => new PySet<string>(Py.Iter(names).Select(Builtins.str)
            .Where(name => patterns.Any(p => FnmatchModule.Compile(p).IsMatch(name))));

    /// <summary><c>rmtree(path)</c>: the folder and everything in it.</summary>
    public static void rmtree(object? path, bool ignore_errors = false, object? onerror = null)
    {
        string folder = os.fspath(path);
        try
        {
            if (new DirectoryInfo(folder).LinkTarget is not null) throw new OSError("Cannot call rmtree on a symbolic link");
            if (!Directory.Exists(folder))
                throw File.Exists(folder) ? new NotADirectoryError(20L, "Not a directory", folder) : new FileNotFoundError(2L, "No such file or directory", folder);
            Directory.Delete(folder, recursive: true);
        }
        catch (OSError) when (ignore_errors) { }
        catch (OSError e) when (onerror is not null)
        {
            Py.Call(onerror, new Action<object?>(os.rmdir), path, new PyTuple([Builtins.type(e), e, null]));
        }
    }

    /// <summary><c>move(src, dst)</c>: renamed, or into <paramref name="dst"/> when it is a folder; the final path.</summary>
    public static object? move(object? src, object? dst, object? copy_function = null)
    {
        string from = os.fspath(src);
        object? target = dst;
        if (Directory.Exists(os.fspath(dst)))
        {
            if (SameFile(from, os.fspath(dst))) { os.rename(from, os.fspath(dst)); return dst; }
            target = os.path.join(dst, os.path.basename(from.TrimEnd('/')));
            if (os.path.exists(target)) throw new Error($"Destination path '{target}' already exists");
        }
        string to = os.fspath(target);
        if (!File.Exists(from) && !Directory.Exists(from)) throw new FileNotFoundError(2L, "No such file or directory", from);
        if (Directory.Exists(from) && Path.GetFullPath(to).StartsWith(Path.GetFullPath(from).TrimEnd('/') + "/", StringComparison.Ordinal))
            throw new Error($"Cannot move a directory '{from}' into itself '{to}'.");
        if (Directory.Exists(from))
        {
            if (Directory.Exists(to)) Directory.Delete(to);
            Directory.Move(from, to);
        }
        else File.Move(from, to, overwrite: true);
        return target;
    }

    /// <summary><c>which(cmd)</c>: the first executable of that name on <c>PATH</c> (or <paramref name="path"/>), or None.</summary>
    public static string? which(object? cmd, long mode = 1, string? path = null)
    {
        string name = os.fspath(cmd);
        bool Executable(string file) => File.Exists(file) && (OperatingSystem.IsWindows() || (File.GetUnixFileMode(file) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0);
        if (name.Contains('/')) return Executable(name) ? name : null;
        string search = path ?? Environment.GetEnvironmentVariable("PATH") ?? "/bin:/usr/bin";
        var seen = new HashSet<string>();
        foreach (var folder in search.Split(':'))
        {
            string dir = folder.Length == 0 ? "." : folder;
            if (!seen.Add(Path.GetFullPath(dir))) continue;
            string candidate = os.path.join(dir, name);
            if (Executable(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>
    /// <c>get_terminal_size(fallback=(80, 24))</c>: <c>COLUMNS</c> and <c>LINES</c> when set, else the
    /// console's size, else (output to a pipe or a file) the fallback, as CPython answers.
    /// </summary>
    public static TerminalSize get_terminal_size((long, long)? fallback = null)
    {
        var (fallbackColumns, fallbackLines) = fallback ?? (80, 24);
        static long FromEnvironment(string name) => long.TryParse(Environment.GetEnvironmentVariable(name), out var n) ? n : 0;
        long columns = FromEnvironment("COLUMNS"), lines = FromEnvironment("LINES");
        if (columns <= 0 || lines <= 0)
        {
            (long, long) size = (fallbackColumns, fallbackLines);
            if (!Console.IsOutputRedirected)
            {
                try { size = (Console.WindowWidth, Console.WindowHeight); }
                catch (IOException) { }
            }
            if (columns <= 0) columns = size.Item1 > 0 ? size.Item1 : fallbackColumns;
            if (lines <= 0) lines = size.Item2 > 0 ? size.Item2 : fallbackLines;
        }
        return new TerminalSize(columns, lines);
    }

    /// <summary><c>disk_usage(path)</c>: total, used and free bytes of the file system holding the path (statvfs's numbers).</summary>
    public static DiskUsage disk_usage(object? path)
    {
        string p = os.fspath(path);
        if (!File.Exists(p) && !Directory.Exists(p)) throw new FileNotFoundError(2L, "No such file or directory", p);
        var drive = new DriveInfo(Path.GetFullPath(p));
        return new DiskUsage(drive.TotalSize, drive.TotalSize - drive.TotalFreeSpace, drive.AvailableFreeSpace);
    }

    /// <summary>What <c>disk_usage</c> returns: the named tuple <c>usage(total, used, free)</c>.</summary>
    public sealed class DiskUsage(long total, long used, long free) : PyNamedTuple(["total", "used", "free"], total, used, free)
    {
        public long total => (long)this[0]!;
        public long used => (long)this[1]!;
        public long free => (long)this[2]!;

        public override string __repr__() => $"usage(total={total}, used={used}, free={free})";
    }
}

/// <summary><c>os.terminal_size</c>: the named tuple (columns, lines) <c>shutil.get_terminal_size</c> returns.</summary>
public sealed class TerminalSize(long columns, long lines) : PyNamedTuple(["columns", "lines"], columns, lines)
{
    public long columns => (long)this[0]!;
    public long lines => (long)this[1]!;

    public override string __repr__() => $"os.terminal_size(columns={columns}, lines={lines})";
}
