#pragma warning disable CS8981, IDE1006 // Python's names.
using System.Text;

namespace Py2Cs.Runtime;

/// <summary>
/// Python's <c>urllib.parse</c>: splitting and joining URLs (<c>urlparse</c>, <c>urlsplit</c>,
/// <c>urlunparse</c>, <c>urlunsplit</c>, <c>urljoin</c>, <c>urldefrag</c>), percent-encoding (<c>quote</c>,
/// <c>quote_plus</c>, <c>unquote</c>, <c>unquote_plus</c>, <c>urlencode</c>) and query strings
/// (<c>parse_qs</c>, <c>parse_qsl</c>), ported from CPython 3.11's str code paths (bytes URLs are not taken).
/// </summary>
[PyModule("urllib.parse")]
public static class urllib_parse
{
    static readonly HashSet<string> s_usesRelative = new(["", "ftp", "http", "gopher", "nntp", "imap", "wais", "file", "https", "shttp", "mms",
        "prospero", "rtsp", "rtspu", "sftp", "svn", "svn+ssh", "ws", "wss"]);
    static readonly HashSet<string> s_usesNetloc = new(["", "ftp", "http", "gopher", "nntp", "telnet", "imap", "wais", "file", "mms", "https",
        "shttp", "snews", "prospero", "rtsp", "rtspu", "rsync", "svn", "svn+ssh", "sftp", "nfs", "git", "git+ssh", "ws", "wss"]);
    static readonly HashSet<string> s_usesParams = new(["", "ftp", "hdl", "prospero", "http", "imap", "https", "shttp", "rtsp", "rtspu",
        "sip", "sips", "mms", "sftp", "tel"]);

    /// <summary>What <c>SplitResult</c> and <c>ParseResult</c> share: the parts of the network location.</summary>
    public abstract class NetlocResult(string[] fields, params object?[] items) : PyNamedTuple(fields, items)
    {
        protected abstract string Netloc { get; }

        public string? username
        {
            get
            {
                int at = Netloc.LastIndexOf('@');
                if (at < 0) return null;
                string userinfo = Netloc[..at];
                int colon = userinfo.IndexOf(':');
                return colon < 0 ? userinfo : userinfo[..colon];
            }
        }

        public string? password
        {
            get
            {
                int at = Netloc.LastIndexOf('@');
                if (at < 0) return null;
                int colon = Netloc[..at].IndexOf(':');
                return colon < 0 ? null : Netloc[(colon + 1)..at];
            }
        }

        (string Host, string Port) HostInfo()
        {
            string hostinfo = Netloc[(Netloc.LastIndexOf('@') + 1)..];
            int open = hostinfo.IndexOf('[');
            if (open >= 0)
            {
                string bracketed = hostinfo[(open + 1)..];
                int close = bracketed.IndexOf(']');
                if (close < 0) return (bracketed, "");
                string rest = bracketed[(close + 1)..];
                int c = rest.IndexOf(':');
                return (bracketed[..close], c < 0 ? "" : rest[(c + 1)..]);
            }
            int colon = hostinfo.IndexOf(':');
            return colon < 0 ? (hostinfo, "") : (hostinfo[..colon], hostinfo[(colon + 1)..]);
        }

        public string? hostname
        {
            get
            {
                string host = HostInfo().Host;
                if (host.Length == 0) return null;
                int percent = host.IndexOf('%');
                return percent < 0 ? host.ToLowerInvariant() : host[..percent].ToLowerInvariant() + host[percent..];
            }
        }

        public long? port
        {
            get
            {
                string text = HostInfo().Port;
                if (text.Length == 0) return null;
                if (!text.All(char.IsAsciiDigit)) throw new ValueError($"Port could not be cast to integer value as {Builtins.repr(text)}");
                long value = text.Length > 6 ? long.MaxValue : long.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
                return value is >= 0 and <= 65535 ? value : throw new ValueError("Port out of range 0-65535");
            }
        }
    }

    public sealed class SplitResult(string scheme, string netloc, string path, string query, string fragment)
        : NetlocResult(["scheme", "netloc", "path", "query", "fragment"], scheme, netloc, path, query, fragment)
    {
        public string scheme => (string)this[0]!;
        public string netloc => (string)this[1]!;
        public string path => (string)this[2]!;
        public string query => (string)this[3]!;
        public string fragment => (string)this[4]!;
        protected override string Netloc => netloc;

        public string geturl() => urlunsplit(this);
    }

    public sealed class ParseResult(string scheme, string netloc, string path, string @params, string query, string fragment)
        : NetlocResult(["scheme", "netloc", "path", "params", "query", "fragment"], scheme, netloc, path, @params, query, fragment)
    {
        public string scheme => (string)this[0]!;
        public string netloc => (string)this[1]!;
        public string path => (string)this[2]!;
        public string @params => (string)this[3]!;
        public string query => (string)this[4]!;
        public string fragment => (string)this[5]!;
        protected override string Netloc => netloc;

        public string geturl() => urlunparse(this);
    }

    public sealed class DefragResult(string url, string fragment) : PyNamedTuple(["url", "fragment"], url, fragment)
    {
        public string url => (string)this[0]!;
        public string fragment => (string)this[1]!;

        public string geturl() => fragment.Length > 0 ? url + "#" + fragment : url;
    }

    const string SchemeChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.";

    public static SplitResult urlsplit(string url, string scheme = "", bool allow_fragments = true)
    {
        url = url.TrimStart(Enumerable.Range(0, 33).Select(c => (char)c).ToArray());
        scheme = scheme.Trim(Enumerable.Range(0, 33).Select(c => (char)c).ToArray());
        url = url.Replace("\t", "").Replace("\r", "").Replace("\n", "");
        scheme = scheme.Replace("\t", "").Replace("\r", "").Replace("\n", "");
        string netloc = "", query = "", fragment = "";
        int i = url.IndexOf(':');
        if (i > 0 && char.IsAsciiLetter(url[0]) && url[..i].All(c => SchemeChars.Contains(c)))
        {
            scheme = url[..i].ToLowerInvariant();
            url = url[(i + 1)..];
        }
        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            int delim = url.Length;
            foreach (char c in "/?#")
            {
                int w = url.IndexOf(c, 2);
                if (w >= 0) delim = Math.Min(delim, w);
            }
            netloc = url[2..delim];
            url = url[delim..];
            if (netloc.Contains('[') != netloc.Contains(']')) throw new ValueError("Invalid IPv6 URL");
        }
        if (allow_fragments && url.IndexOf('#') is var hash and >= 0) (url, fragment) = (url[..hash], url[(hash + 1)..]);
        if (url.IndexOf('?') is var q and >= 0) (url, query) = (url[..q], url[(q + 1)..]);
        return new SplitResult(scheme, netloc, url, query, fragment);
    }

    public static ParseResult urlparse(string url, string scheme = "", bool allow_fragments = true)
    {
        var split = urlsplit(url, scheme, allow_fragments);
        string path = split.path, @params = "";
        if (s_usesParams.Contains(split.scheme) && path.Contains(';'))
        {
            int i = path.Contains('/') ? path.IndexOf(';', path.LastIndexOf('/')) : path.IndexOf(';');
            if (i >= 0) (path, @params) = (path[..i], path[(i + 1)..]);
        }
        return new ParseResult(split.scheme, split.netloc, path, @params, split.query, split.fragment);
    }

    /// <summary>Joins the five parts of <c>urlsplit</c> (any 5-item iterable of str: a tuple literal is a C# value tuple) back into a URL.</summary>
    public static string urlunsplit(object components)
    {
        var parts = Parts(components, 5);
        return Unsplit(parts[0], parts[1], parts[2], parts[3], parts[4]);
    }

    public static string urlunparse(object components)
    {
        var parts = Parts(components, 6);
        string url = parts[3].Length > 0 ? parts[2] + ";" + parts[3] : parts[2];
        return Unsplit(parts[0], parts[1], url, parts[4], parts[5]);
    }

    static string[] Parts(object components, int count)
    {
        var parts = Py.Iter(components).Select(p => p is null ? "" : (string)p).ToArray();
        return parts.Length == count ? parts : throw new ValueError($"not enough values to unpack (expected {count}, got {parts.Length})");
    }

    static string Unsplit(string scheme, string netloc, string url, string query, string fragment)
    {
        if (netloc.Length > 0 || (scheme.Length > 0 && s_usesNetloc.Contains(scheme) && !url.StartsWith("//", StringComparison.Ordinal)))
        {
            if (url.Length > 0 && url[0] != '/') url = "/" + url;
            url = "//" + netloc + url;
        }
        if (scheme.Length > 0) url = scheme + ":" + url;
        if (query.Length > 0) url += "?" + query;
        if (fragment.Length > 0) url += "#" + fragment;
        return url;
    }

    public static string urljoin(string @base, string url, bool allow_fragments = true)
    {
        if (@base.Length == 0) return url;
        if (url.Length == 0) return @base;
        var b = urlparse(@base, "", allow_fragments);
        var u = urlparse(url, b.scheme, allow_fragments);
        string scheme = u.scheme, netloc = u.netloc, path = u.path, @params = u.@params, query = u.query, fragment = u.fragment;
        if (scheme != b.scheme || !s_usesRelative.Contains(scheme)) return url;
        if (s_usesNetloc.Contains(scheme))
        {
            if (netloc.Length > 0) return urlunparse(new ParseResult(scheme, netloc, path, @params, query, fragment));
            netloc = b.netloc;
        }
        if (path.Length == 0 && @params.Length == 0)
        {
            path = b.path;
            @params = b.@params;
            if (query.Length == 0) query = b.query;
            return urlunparse(new ParseResult(scheme, netloc, path, @params, query, fragment));
        }
        var baseParts = b.path.Split('/').ToList();
        if (baseParts[^1] != "") baseParts.RemoveAt(baseParts.Count - 1);
        List<string> segments;
        if (path.StartsWith('/')) segments = path.Split('/').ToList();
        else
        {
            segments = baseParts.Concat(path.Split('/')).ToList();
            // Empty segments in the middle would make redundant slashes on re-joining.
            if (segments.Count > 2)
                segments = [segments[0], .. segments.Skip(1).Take(segments.Count - 2).Where(s => s.Length > 0), segments[^1]];
        }
        var resolved = new List<string>();
        foreach (var segment in segments)
        {
            if (segment == "..") { if (resolved.Count > 0) resolved.RemoveAt(resolved.Count - 1); }
            else if (segment != ".") resolved.Add(segment);
        }
        if (segments[^1] is "." or "..") resolved.Add("");
        string joined = string.Join("/", resolved);
        return urlunparse(new ParseResult(scheme, netloc, joined.Length > 0 ? joined : "/", @params, query, fragment));
    }

    public static DefragResult urldefrag(string url)
    {
        if (!url.Contains('#')) return new DefragResult(url, "");
        var p = urlparse(url);
        return new DefragResult(urlunparse(new ParseResult(p.scheme, p.netloc, p.path, p.@params, p.query, "")), p.fragment);
    }

    const string AlwaysSafe = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~";

    /// <summary>Percent-encodes the UTF-8 bytes of <paramref name="string"/> except letters, digits, <c>_.-~</c> and <paramref name="safe"/>.</summary>
    public static string quote(object @string, string safe = "/", string? encoding = null, string? errors = null)
    {
        byte[] bytes = @string switch
        {
            string s => Encoding.UTF8.GetBytes(s),
            PyBytes b => b.ToArray(),
            _ => throw new TypeError("quote() doesn't support '" + Builtins.type_name(@string) + "' objects"),
        };
        var sb = new StringBuilder();
        foreach (byte c in bytes)
        {
            if (c < 128 && (AlwaysSafe.Contains((char)c) || safe.Contains((char)c))) sb.Append((char)c);
            else sb.Append('%').Append(c.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    public static string quote_plus(object @string, string safe = "", string? encoding = null, string? errors = null)
    {
        if (@string is string s && !s.Contains(' ')) return quote(s, safe);
        return quote(@string, safe + " ").Replace(' ', '+');
    }

    /// <summary>Replaces <c>%XX</c> escapes by the characters their UTF-8 bytes encode (invalid bytes become U+FFFD).</summary>
    public static string unquote(string @string, string encoding = "utf-8", string errors = "replace")
    {
        if (!@string.Contains('%')) return @string;
        var sb = new StringBuilder();
        var pending = new List<byte>();
        void Flush()
        {
            if (pending.Count > 0) sb.Append(Encoding.UTF8.GetString(pending.ToArray()));
            pending.Clear();
        }
        int i = 0;
        while (i < @string.Length)
        {
            if (@string[i] == '%' && i + 2 < @string.Length && Uri.IsHexDigit(@string[i + 1]) && Uri.IsHexDigit(@string[i + 2]))
            {
                pending.Add(Convert.ToByte(@string.Substring(i + 1, 2), 16));
                i += 3;
            }
            else
            {
                Flush();
                sb.Append(@string[i++]);
            }
        }
        Flush();
        return sb.ToString();
    }

    public static string unquote_plus(string @string, string encoding = "utf-8", string errors = "replace") =>
        unquote(@string.Replace('+', ' '), encoding, errors);

    /// <summary>
    /// <c>key=value&amp;...</c> from a dict or a sequence of pairs, each part passed through <c>quote_plus</c>
    /// (<paramref name="quote_via"/>); with <paramref name="doseq"/> a sequence value gives one pair per item.
    /// </summary>
    public static string urlencode(object query, bool doseq = false, string safe = "", string? encoding = null, string? errors = null,
        Func<object, string, string>? quote_via = null)
    {
        quote_via ??= (s, sf) => quote_plus(s, sf);
        IEnumerable<(object? Key, object? Value)> pairs = query is IPyDict dict
            ? dict.Pairs().Select(p => (p.Key, p.Value))
            : Py.Iter(query).Select(Pair);
        string Part(object? v) => v is string or PyBytes ? quote_via(v!, safe) : quote_via(Builtins.str(v), safe);
        var parts = new List<string>();
        foreach (var (key, value) in pairs)
        {
            string k = Part(key);
            if (!doseq || value is string or PyBytes) parts.Add(k + "=" + Part(value));
            else if (value is System.Collections.IEnumerable items)
                foreach (var item in items.Cast<object?>()) parts.Add(k + "=" + Part(item));
            else parts.Add(k + "=" + Part(value));
        }
        return string.Join("&", parts);
    }

    static (object?, object?) Pair(object? item)
    {
        var parts = Py.Iter(item).ToList();
        return parts.Count == 2 ? (parts[0], parts[1]) : throw new TypeError("not a valid non-string sequence or mapping object");
    }

    public static PyList<(string, string)> parse_qsl(string qs, bool keep_blank_values = false, bool strict_parsing = false,
        string encoding = "utf-8", string errors = "replace", long? max_num_fields = null, string separator = "&")
    {
        if (max_num_fields is { } max && qs.Split(separator).Length > max) throw new ValueError("Max number of fields exceeded");
        var result = new PyList<(string, string)>();
        foreach (var field in qs.Split(separator))
        {
            if (field.Length == 0 && !strict_parsing) continue;
            int eq = field.IndexOf('=');
            string name, value;
            if (eq < 0)
            {
                if (strict_parsing) throw new ValueError($"bad query field: {Builtins.repr(field)}");
                if (!keep_blank_values) continue;
                (name, value) = (field, "");
            }
            else (name, value) = (field[..eq], field[(eq + 1)..]);
            if (value.Length > 0 || keep_blank_values) result.append((unquote_plus(name), unquote_plus(value)));
        }
        return result;
    }

    public static PyDict<string, PyList<string>> parse_qs(string qs, bool keep_blank_values = false, bool strict_parsing = false,
        string encoding = "utf-8", string errors = "replace", long? max_num_fields = null, string separator = "&")
    {
        var result = new PyDict<string, PyList<string>>();
        foreach (var (name, value) in parse_qsl(qs, keep_blank_values, strict_parsing, encoding, errors, max_num_fields, separator))
        {
            if (result.TryGetValue(name, out var values)) values.append(value);
            else result[name] = new PyList<string> { value };
        }
        return result;
    }
}
