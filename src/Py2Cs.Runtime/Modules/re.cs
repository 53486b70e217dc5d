#pragma warning disable CS8981, IDE1006 // Python's names.
using System.Collections.Concurrent;
using System.Text;

namespace Py2Cs.Runtime;

/// <summary>
/// Python's <c>re</c> module on .NET's regex engine. Patterns are translated from Python's syntax
/// (<see cref="RegexTranslator"/>: named groups numbered in Python's order, <c>\Z</c>, <c>{,n}</c>,
/// ASCII classes); matching, group numbering, <c>sub</c> templates, <c>split</c> and <c>findall</c>
/// follow CPython. Positions count UTF-16 code units (they differ from CPython only after characters
/// outside the Basic Multilingual Plane).
/// </summary>
[PyModule("re")]
public static partial class re
{
    public const long TEMPLATE = 1, T = 1;
    public const long IGNORECASE = 2, I = 2;
    public const long LOCALE = 4, L = 4;
    public const long MULTILINE = 8, M = 8;
    public const long DOTALL = 16, S = 16;
    public const long UNICODE = 32, U = 32;
    public const long VERBOSE = 64, X = 64;
    public const long DEBUG = 128;
    public const long ASCII = 256, A = 256;
    public const long NOFLAG = 0;

    private static readonly ConcurrentDictionary<(string, long), Pattern> Cache = new();

    public static Pattern compile(object pattern, long flags = 0) => pattern switch
    {
        Pattern p when flags == 0 => p,
        Pattern => throw new ValueError("cannot process flags argument with a compiled pattern"),
        string s => Cache.GetOrAdd((s, flags), key => new Pattern(key.Item1, key.Item2)),
        _ => throw new TypeError("first argument must be string or compiled pattern"),
    };

    public static Match? search(object pattern, string @string, long flags = 0) => compile(pattern, flags).search(@string);

    public static Match? match(object pattern, string @string, long flags = 0) => compile(pattern, flags).match(@string);

    public static Match? fullmatch(object pattern, string @string, long flags = 0) => compile(pattern, flags).fullmatch(@string);

    public static PyList<object?> findall(object pattern, string @string, long flags = 0) => compile(pattern, flags).findall(@string);

    public static IEnumerable<Match> finditer(object pattern, string @string, long flags = 0) => compile(pattern, flags).finditer(@string);

    public static string sub(object pattern, object repl, string @string, long count = 0, long flags = 0) =>
        compile(pattern, flags).sub(repl, @string, count);

    public static PyTuple subn(object pattern, object repl, string @string, long count = 0, long flags = 0) =>
        compile(pattern, flags).subn(repl, @string, count);

    public static PyList<object?> split(object pattern, string @string, long maxsplit = 0, long flags = 0) =>
        compile(pattern, flags).split(@string, maxsplit);

    public static void purge() => Cache.Clear();

    private const string Special = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f";

    /// <summary>Backslashes the characters that are special in patterns (CPython 3.7+'s set).</summary>
    public static string escape(string pattern)
    {
        var sb = new StringBuilder();
        foreach (char c in pattern)
        {
            if (Special.Contains(c)) sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>The flag names a Pattern's repr shows (<c>re.IGNORECASE|re.MULTILINE</c>).</summary>
    internal static string FlagNames(long flags)
    {
        (long Bit, string Name)[] names = [(TEMPLATE, "TEMPLATE"), (IGNORECASE, "IGNORECASE"), (LOCALE, "LOCALE"), (MULTILINE, "MULTILINE"),
            (DOTALL, "DOTALL"), (UNICODE, "UNICODE"), (VERBOSE, "VERBOSE"), (DEBUG, "DEBUG"), (ASCII, "ASCII")];
        var parts = names.Where(n => (flags & n.Bit) != 0).Select(n => "re." + n.Name).ToList();
        long rest = flags & ~names.Aggregate(0L, (all, n) => all | n.Bit);
        if (rest != 0) parts.Add("0x" + rest.ToString("x"));
        return string.Join("|", parts);
    }

    /// <summary><c>re.error</c>: a pattern or template CPython rejects, or a construct .NET's engine lacks.</summary>
    public class error : PyException
    {
        public error(string msg, string? pattern = null, long? pos = null) : base(pos is null ? msg : $"{msg} at position {pos}")
        {
            this.msg = msg;
            this.pattern = pattern;
            this.pos = pos;
        }

        public string msg { get; }
        public string? pattern { get; }
        public long? pos { get; }

        public override string PythonTypeName => "re.error";
    }
}
