#pragma warning disable CS8981 // Python module names are lower case.
namespace Py2Cs.Runtime;

/// <summary>Python's <c>sys</c> module (the parts translated programs use).</summary>
[PyModule("sys")]
public static class sys
{
    private static PyTextStream? stdoutStream, stderrStream;

    /// <summary>Outside <see cref="PyProgram.Run(string, Action, string[])"/> these write straight to the console.</summary>
    public static PyTextStream stdout
    {
        get => stdoutStream ??= new PyTextStream(Console.Out, "<stdout>");
        set => stdoutStream = value;
    }

    public static PyTextStream stderr
    {
        get => stderrStream ??= new PyTextStream(Console.Error, "<stderr>", stdout);
        set => stderrStream = value;
    }

    public static PyTextStream? __stdout__ { get; set; }
    public static PyTextStream? __stderr__ { get; set; }

    public static PyList<string> argv { get; set; } = new() { "" };

    /// <summary>The Python interpreter a program starts as a child (<c>create_subprocess_exec(sys.executable, "-c", ...)</c>):
    /// a translated program has none of its own, so it is the first <c>python3</c> (or <c>python</c>) on PATH,
    /// or "" as in CPython when none is found.</summary>
    public static string executable => executablePath ??= FindOnPath("python3") ?? FindOnPath("python") ?? "";
    private static string? executablePath;

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);

    public const long maxsize = long.MaxValue;
    public const string platform = "linux";
    public const string byteorder = "little";
    public static readonly VersionInfo version_info = new(3, 11, 7, "final", 0);
    public const string version = "3.11.7 (py2cs)";

    public static readonly PyList<string> path = new();

    public static void exit() => throw new SystemExit();
    public static void exit(object? status) => throw new SystemExit(status);

    public static long getrecursionlimit() => PyRecursion.Limit;
    public static void setrecursionlimit(long limit) => PyRecursion.SetLimit(limit);
    // An untyped argument (`10**6` may be a big int to the translator) is checked here as CPython does.
    public static void setrecursionlimit(object? limit) => PyRecursion.SetLimit(Py.TryLong(limit, out long n) ? n
        : limit is System.Numerics.BigInteger ? throw new OverflowError("Python int too large to convert to C int")
        : throw new TypeError($"'{Builtins.type_name(limit)}' object cannot be interpreted as an integer"));
}
