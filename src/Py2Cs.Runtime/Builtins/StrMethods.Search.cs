namespace Py2Cs.Runtime;

public static partial class StrMethods
{
    public static PyList<string> split(this string s, string? sep = null, long maxsplit = -1)
    {
        var parts = new PyList<string>();
        if (sep is null)
        {
            int i = 0;
            while (true)
            {
                while (i < s.Length && IsSpace(s[i])) i++;
                if (i >= s.Length) break;
                if (maxsplit >= 0 && parts.Count >= maxsplit)
                {
                    parts.Add(s[i..]);
                    break;
                }
                int start = i;
                while (i < s.Length && !IsSpace(s[i])) i++;
                parts.Add(s[start..i]);
            }
            return parts;
        }
        if (sep.Length == 0) throw new ValueError("empty separator");
        int position = 0;
        while (maxsplit < 0 || parts.Count < maxsplit)
        {
            int found = s.IndexOf(sep, position, StringComparison.Ordinal);
            if (found < 0) break;
            parts.Add(s[position..found]);
            position = found + sep.Length;
        }
        parts.Add(s[position..]);
        return parts;
    }

    public static PyList<string> rsplit(this string s, string? sep = null, long maxsplit = -1)
    {
        var parts = new List<string>();
        if (sep is null)
        {
            int i = s.Length - 1;
            while (true)
            {
                while (i >= 0 && IsSpace(s[i])) i--;
                if (i < 0) break;
                if (maxsplit >= 0 && parts.Count >= maxsplit)
                {
                    parts.Add(s[..(i + 1)]);
                    break;
                }
                int end = i + 1;
                while (i >= 0 && !IsSpace(s[i])) i--;
                parts.Add(s[(i + 1)..end]);
            }
        }
        else
        {
            if (sep.Length == 0) throw new ValueError("empty separator");
            int end = s.Length;
            while (maxsplit < 0 || parts.Count < maxsplit)
            {
                int found = end - sep.Length < 0 ? -1 : s.LastIndexOf(sep, end - 1, end, StringComparison.Ordinal);
                if (found < 0 || found + sep.Length > end) break;
                parts.Add(s[(found + sep.Length)..end]);
                end = found;
            }
            parts.Add(s[..end]);
        }
        parts.Reverse();
        return new PyList<string>(parts);
    }

    public static PyList<string> splitlines(this string s, bool keepends = false)
    {
        var lines = new PyList<string>();
        int start = 0, i = 0;
        while (i < s.Length)
        {
            char c = s[i];
            if (c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029')
            {
                int end = i;
                i += c == '\r' && i + 1 < s.Length && s[i + 1] == '\n' ? 2 : 1;
                lines.Add(s[start..(keepends ? i : end)]);
                start = i;
            }
            else i++;
        }
        if (start < s.Length) lines.Add(s[start..]);
        return lines;
    }

    public static string join(this string sep, System.Collections.IEnumerable items)
    {
        var parts = new List<string>();
        int index = 0;
        foreach (var item in Py.Iter(items))
        {
            parts.Add(item switch
            {
                string str => str,
                char ch => ch.ToString(),
                PyStrObject subclassed => subclassed.Text,
                _ => throw new TypeError($"sequence item {index}: expected str instance, {Builtins.type_name(item)} found"),
            });
            index++;
        }
        return string.Join(sep, parts);
    }

    public static bool startswith(this string s, object? prefix, long? start = null, long? end = null)
    {
        var (from, to) = Range(s, start, end);
        if (from > s.Length) return false;
        string window = s[from..Math.Max(from, to)];
        return Prefixes(prefix, "startswith").Any(p => from + p.Length <= Math.Max(from, to) && window.StartsWith(p, StringComparison.Ordinal));
    }

    public static bool endswith(this string s, object? suffix, long? start = null, long? end = null)
    {
        var (from, to) = Range(s, start, end);
        if (from > s.Length) return false;
        string window = s[from..Math.Max(from, to)];
        return Prefixes(suffix, "endswith").Any(p => window.EndsWith(p, StringComparison.Ordinal));
    }

    private static IEnumerable<string> Prefixes(object? value, string method) => value switch
    {
        string one => [one],
        _ when Py.AsTupleItems(value) is IReadOnlyList<object?> items => items.Select(i => i as string
            ?? throw new TypeError($"tuple for {method} must only contain str, not {Builtins.type_name(i)}")),
        _ => throw new TypeError($"{method} first arg must be str or a tuple of str, not {Builtins.type_name(value)}"),
    };

    /// <summary>
    /// Python's slice-style clamping of optional start/end arguments (code point indices), as UTF-16
    /// offsets; a start past the end stays past it (s.Length + 1), where nothing can be found.
    /// </summary>
    private static (int From, int To) Range(string s, long? start, long? end)
    {
        int length = StrCodePoints.Length(s);
        long from = start ?? 0, to = end ?? length;
        if (from < 0) from = Math.Max(0, from + length);
        if (to < 0) to = Math.Max(0, to + length);
        to = Math.Min(to, length);
        if (length == s.Length) return ((int)Math.Min(from, s.Length + 1L), (int)to);
        return (from > length ? s.Length + 1 : StrCodePoints.Offset(s, (int)from), StrCodePoints.Offset(s, (int)to));
    }

    /// <summary>A UTF-16 offset found in <paramref name="s"/> as Python's code point index (-1 stays -1).</summary>
    private static long PythonIndex(string s, int offset) =>
        offset <= 0 || !StrCodePoints.HasPairs(s) ? offset : StrCodePoints.IndexAt(s, offset);

    public static long find(this string s, string sub, long? start = null, long? end = null)
    {
        var (from, to) = Range(s, start, end);
        if (from > s.Length || to - from < sub.Length) return -1;
        return PythonIndex(s, s.IndexOf(sub, from, to - from, StringComparison.Ordinal));
    }

    public static long rfind(this string s, string sub, long? start = null, long? end = null)
    {
        var (from, to) = Range(s, start, end);
        if (from > s.Length || to - from < sub.Length) return -1;
        if (sub.Length == 0) return PythonIndex(s, to);
        return s[from..to].LastIndexOf(sub, StringComparison.Ordinal) is int i && i >= 0 ? PythonIndex(s, i + from) : -1;
    }

    public static long index(this string s, string sub, long? start = null, long? end = null) =>
        find(s, sub, start, end) is long i && i >= 0 ? i : throw new ValueError("substring not found");

    public static long rindex(this string s, string sub, long? start = null, long? end = null) =>
        rfind(s, sub, start, end) is long i && i >= 0 ? i : throw new ValueError("substring not found");

    public static long count(this string s, string sub, long? start = null, long? end = null)
    {
        var (from, to) = Range(s, start, end);
        if (from > s.Length || to < from) return 0;
        if (sub.Length == 0) return PythonIndex(s, to) - PythonIndex(s, from) + 1;
        long n = 0;
        int position = from;
        while (position + sub.Length <= to)
        {
            int found = s.IndexOf(sub, position, to - position, StringComparison.Ordinal);
            if (found < 0) break;
            n++;
            position = found + sub.Length;
        }
        return n;
    }

    public static (string, string, string) partition(this string s, string sep)
    {
        if (sep.Length == 0) throw new ValueError("empty separator");
        int i = s.IndexOf(sep, StringComparison.Ordinal);
        return i < 0 ? (s, "", "") : (s[..i], sep, s[(i + sep.Length)..]);
    }

    public static (string, string, string) rpartition(this string s, string sep)
    {
        if (sep.Length == 0) throw new ValueError("empty separator");
        int i = s.LastIndexOf(sep, StringComparison.Ordinal);
        return i < 0 ? ("", "", s) : (s[..i], sep, s[(i + sep.Length)..]);
    }

    /// <summary><c>"...".format(*args, **kwargs)</c>; keyword arguments are passed as <see cref="Py.Kw"/> values.</summary>
    public static string format(this string s, params object?[] args) => StrFormat.Format(s, args);

    public static string format_map(this string s, object? mapping) => StrFormat.Format(s, [], mapping);
}
