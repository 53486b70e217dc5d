using Py2Cs.Runtime;
using B = Py2Cs.Runtime.Builtins;

namespace Py2Cs.Runtime.Tests.Modules;

/// <summary>shlex, fnmatch, html, urllib.parse, calendar and pprint against CPython 3.11: the expected text is
/// what python3 printed for the same calls (<c>print(value)</c>, or <c>Type: message</c>).</summary>
public class SmallModulesTests
{
    private static PyList<long> Range(long start, long stop, long step = 1)
    {
        var list = new PyList<long>();
        for (long i = start; step > 0 ? i < stop : i > stop; i += step) list.append(i);
        return list;
    }

    [Fact]
    public void ShlexFnmatchHtmlUrlCalendarAndPprintMatchCPython() => PrintedLines.Check("""
        ['ls', '-l', 'my file.txt', 'a b', 'c d', 'x"y', 'e#f', '']
        ['a', 'b\\c', 'd\\e']
        ['cmd', 'next']
        ValueError: No closing quotation
        ValueError: No escaped character
        'it'"'"'s here'
        echo 'hello world' '' a@b%c+d=e:f,g./-
        ['main.py', 'test_a.py']
        [True, False, True, True, True]
        &lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#x27;s&lt;/a&gt;
        <p>café & 'x' © ¬anentity; € � &bogus;
        ParseResult(scheme='https', netloc='user:pw@Example.COM:8443', path='/path/to', params='p=1', query='q=1&r=two', fragment='frag')
        [70, 'a@b', 'x', 'http']
        ValueError: Port could not be cast to integer value as 'x'
        q=hello+world&lang=en%26fr&n=3&l=%5B1%2C+2%5D
        a=1&a=2&b=x+y
        ['a%20b/c%3Fd%3D%C3%A9', 'a%20b%2Fc', 'a+b%2Bc', 'café x%2', 'a b!']
        {'a': ['1', '3'], 'b': ['2'], 'd': [' x y']}
        [('x', '1'), ('y', ''), ('z', '')]
        ['http://a/b/c/g', 'http://a/b/g', 'http://a/g', 'http://a/g', 'http://g', 'http://a/b/c/d;p?y', 'http://a/b/c/d;p?q#s', 'http://a/b/c/g;x', 'http://a/b/c/d;p?q', 'http://a/b/c/', 'http://a/b/c/g/', 'http://a/b/c/h', 'https:z']
        ['https://h/p;x?q=1#f', 'p', DefragResult(url='http://a/b', fragment='c')]
        [True, False, 31, (3, 29), 6]
        IllegalMonthError: bad month number 13; must be 1-12
        [[0, 0, 0, 0, 0, 0, 1], [2, 3, 4, 5, 6, 7, 8], [9, 10, 11, 12, 13, 14, 15], [16, 17, 18, 19, 20, 21, 22], [23, 24, 25, 26, 27, 28, 0]]
                 March 2026
        Mon Tue Wed Thu Fri Sat Sun
                                  1
          2   3   4   5   6   7   8
          9  10  11  12  13  14  15
         16  17  18  19  20  21  22
         23  24  25  26  27  28  29
         30  31

        1709296215
        {'name': 'server',
         'nested': {'a': (1,), 'b': [1, 2]},
         'ports': [8000,
                   8001,
                   8002,
                   8003,
                   8004,
                   8005,
                   8006,
                   8007,
                   8008,
                   8009,
                   8010,
                   8011,
                   8012,
                   8013,
                   8014,
                   8015,
                   8016,
                   8017,
                   8018,
                   8019,
                   8020,
                   8021,
                   8022,
                   8023,
                   8024,
                   8025,
                   8026,
                   8027,
                   8028,
                   8029],
         'tags': {1, 3}}
        { 'alpha': [ {'k': 0, 'v': ''},
                     {'k': 1, 'v': 'x'},
                     {'k': 2, 'v': 'xx'},
                     {'k': 3, 'v': 'xxx'},
                     {'k': 4, 'v': 'xxxx'}],
          'zeta': 1}
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
         15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26,
         27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38,
         39]
        {'b': 1, 'a': 2}
        [[1, [...]], {'a': {...}}]
        ('word word word word word word word '
         'word word word word word word word '
         'word word word word word word word '
         'word word word word word word word '
         'word word ')
        {'k': 'word word word word word word word word '
              'word word word word word word word word '
              'word word word word ',
         't': (('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
                'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',
                'cccccccccccccccccccccccccccccc'),)}
        frozenset({1,
                   2,
                   3,
                   4,
                   5,
                   6,
                   7,
                   8,
                   9,
                   10,
                   11,
                   12,
                   13,
                   14,
                   15,
                   16,
                   17,
                   18,
                   19,
                   20,
                   21,
                   22,
                   23,
                   24,
                   25,
                   26,
                   27,
                   28,
                   29,
                   30})
        """,
        () => shlex.split("ls -l \"my file.txt\" 'a b' c\\ d \"x\\\"y\" e#f \"\""),
        () => shlex.split("a \"b\\c\" 'd\\e'"),
        () => shlex.split("cmd # comment here\nnext", comments: true),
        () => shlex.split("\"open"),
        () => shlex.split("trail\\"),
        () => shlex.quote("it's here"),
        () => shlex.join(["echo", "hello world", "", "a@b%c+d=e:f,g./-"]),
        () => B.fnmatch.filter(["main.py", "test_a.py", "README.md", "x.pyc"], "*.py"),
        () => new PyList<bool> { B.fnmatch.fnmatch("data1.csv", "data[0-9].csv"), B.fnmatch.fnmatchcase("D.CSV", "*.csv"), B.fnmatch.fnmatch("a?b", "a[?]b"), B.fnmatch.fnmatch("[x", "[x"), B.fnmatch.fnmatch("t1", "[!a-s]*") },
        () => html.escape("<a href=\"x\">Tom & Jerry's</a>"),
        () => html.unescape("&lt;p&gt;caf&eacute; &amp; &#39;x&#x27; &copy &notanentity; &#128; &#0; &bogus;"),
        () => urllib_parse.urlparse("https://user:pw@Example.COM:8443/path/to;p=1?q=1&r=two#frag"),
        () => new PyList<object?> { urllib_parse.urlparse("http://h:70/").port, urllib_parse.urlsplit("mailto:a@b").path, urllib_parse.urlsplit("//x/y").netloc, urllib_parse.urlsplit("HTTP://H/p").scheme },
        () => urllib_parse.urlparse("http://h:x/").port,
        () => urllib_parse.urlencode(new PyDict<string, object?> { ["q"] = "hello world", ["lang"] = "en&fr", ["n"] = 3L, ["l"] = new PyList<long> { 1, 2 } }),
        () => urllib_parse.urlencode(new PyList<(string, object)> { ("a", new PyList<long> { 1, 2 }), ("b", "x y") }, doseq: true),
        () => new PyList<string> { urllib_parse.quote("a b/c?d=é"), urllib_parse.quote("a b/c", safe: ""), urllib_parse.quote_plus("a b+c"), urllib_parse.unquote("caf%C3%A9%20x%2"), urllib_parse.unquote_plus("a+b%21") },
        () => urllib_parse.parse_qs("a=1&b=2&a=3&c=&d=%20x+y"),
        () => urllib_parse.parse_qsl("x=1&y=&z", keep_blank_values: true),
        () => new PyList<string>(new[] { "g", "../g", "../../../g", "/g", "//g", "?y", "#s", "g;x", "", ".", "./g/.", "g/../h", "https:z" }.Select(r => urllib_parse.urljoin("http://a/b/c/d;p?q", r))),
        () => new PyList<object> { urllib_parse.urlunparse(new PyTuple("https", "h", "/p", "x", "q=1", "f")), urllib_parse.urlunsplit(new PyTuple("", "", "p", "", "")), urllib_parse.urldefrag("http://a/b#c") },
        () => new PyList<object> { B.calendar.isleap(2024), B.calendar.isleap(1900), B.calendar.leapdays(1900, 2025), B.calendar.monthrange(2024, 2), B.calendar.weekday(2026, 12, 6) },
        () => B.calendar.monthrange(2024, 13),
        () => B.calendar.monthcalendar(2026, 2),
        () => B.calendar.month(2026, 3, 3, 1),
        () => B.calendar.timegm(new PyTuple(2024L, 3L, 1L, 12L, 30L, 15L, 0L, 0L, 0L)),
        () => B.pprint.pformat(new PyDict<string, object?> { ["name"] = "server", ["ports"] = Range(8000, 8030), ["nested"] = new PyDict<string, object?> { ["b"] = new PyList<long> { 1, 2 }, ["a"] = new PyTuple(1L) }, ["tags"] = new PySet<long> { 3, 1 } }),
        () => B.pprint.pformat(new PyDict<string, object?> { ["zeta"] = 1L, ["alpha"] = new PyList<PyDict<string, object>>(Enumerable.Range(0, 5).Select(i => new PyDict<string, object> { ["k"] = (long)i, ["v"] = new string('x', i) })) }, width: 40, indent: 2),
        () => B.pprint.pformat(Range(0, 40), compact: true, width: 50),
        () => B.pprint.pformat(new PyDict<string, long> { ["b"] = 1, ["a"] = 2 }, sort_dicts: false),
        () => B.pprint.pformat(new PyList<object> { new PyList<object> { 1L, new PyList<object> { 2L, new PyList<object> { 3L, new PyList<long> { 4 } } } }, new PyDict<string, object> { ["a"] = new PyDict<string, object> { ["b"] = new PyDict<string, long> { ["c"] = 1 } } } }, depth: 2),
        () => B.pprint.pformat(string.Concat(Enumerable.Repeat("word ", 30)), width: 40),
        () => B.pprint.pformat(new PyDict<string, object> { ["k"] = string.Concat(Enumerable.Repeat("word ", 20)), ["t"] = new PyTuple(new object?[] { new PyTuple(new string('a', 30), new string('b', 30), new string('c', 30)) }) }, width: 50),
        () => B.pprint.pformat(new PyFrozenSet<long>(Range(30, 0, -1)), width: 30));
}
