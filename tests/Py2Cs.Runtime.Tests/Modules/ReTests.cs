using Py2Cs.Runtime;
using B = Py2Cs.Runtime.Builtins;

namespace Py2Cs.Runtime.Tests.Modules;

/// <summary>re against CPython 3.11: the expected text is what python3 printed for the same calls.</summary>
public class ReTests
{
    private static readonly re.Match M = re.search(@"(?P<w>\w+)@(\w+)?", "mail bob@ here")!;

    private static Func<object?, object?> Fn(Func<re.Match, string> f) => m => f((re.Match)m!);

    [Fact]
    public void MatchesSubstitutionsAndErrorsMatchCPython() => PrintedLines.Check("""
        re.compile('a', re.IGNORECASE|re.MULTILINE)
        32
        {'x': 1}
        a\.b\-c\ d_e\#\~\&
        <re.Match object; span=(5, 9), match='bob@'>
        ('bob', None)
        ('bob@', 'bob')
        {'w': 'bob'}
        (-1, -1)
        1
        w
        bob
        -a-b--d-
        ['a', ',', 'b', None, 'c']
        [('a', 'b'), ('a', '')]
        1a\n
        . 2b\n
        .
        ['', 'hi', ' ', 'there', '']
        ('bba', 2)
        bAAnAAnAA
        error: invalid group reference 3 at position 1
        error: missing ), unterminated subpattern at position 0
        error: bad escape \q at position 0
        <re.Match object; span=(0, 2), match='ab'>
        None
        <re.Match object; span=(1, 2), match='b'>
        ['12', '34', '5', '']
        ['a', 'c']
        Hi there
         a b  
        ['x.html', '/y']
        True
        ('SUM', 'A1', 'B22')
        ('A1', '*', '3')
        (2, 4)
        ['Hello', 'HELLO']
        ['', 'a', 'b c ']
        <re.Match object; span=(1, 3), match='xx'>
        a#b#
        ['a.b@c.org', 'd@e.io']
        ('a', '-', 'c')
        [(1, 2), (3, 5), (6, 9)]
        ['h', 'llo', 'w', 'rld']
        3
        a
        b
        21 43
        7
        [a][]
        re.compile('x', re.IGNORECASE|re.DOTALL|re.VERBOSE)
        """,
        () => re.compile("a", re.I | re.M), () => re.compile("a").flags, () => re.compile(@"(?P<x>a)(b)").groupindex, () => re.escape("a.b-c d_e#~&"),
        () => M, () => M.groups(), () => M.group(0L, 1L), () => M.groupdict(), () => M.span(2L), () => M.lastindex, () => M.lastgroup, () => M.__getitem__(1L),
        () => re.sub(@"x*", "-", "abxd"), () => re.split(@"(,)|;", "a,b;c"), () => re.findall(@"(a)(b)?", "ab a"), () => re.sub(@"(\w)(\d)", @"\2\g<1>\\n\n.", "a1 b2"),
        () => re.split(@"\b", "hi there"), () => re.subn("a", "b", "aaa", count: 2), () => re.sub("(?P<n>a)", Fn(m => m.group("n")!.upper() + m.group("n")!.upper()), "banana"),
        () => re.sub("a", @"\3", "a"), () => re.compile("("), () => re.sub("a", @"\q", "a"),
        () => re.fullmatch(@"a|ab", "ab"), () => re.match(@"a", "ba"), () => re.compile(@"b").match("ab", 1), () => re.findall(@"\d{,2}", "12345"),
        () => re.findall(@"^\w", "ab\ncd", re.M), () => re.search(@"<title>(.*?)</title>", "<html><title>Hi there</title>")!.group(1L),
        () => re.sub(@"<[^>]+>", " ", "<p>a<b>b</b></p>"), () => re.findall(@"href=""([^""]+)""", @"<a href=""x.html"">x</a> <a href=""/y"">"),
        () => re.compile(@"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})").fullmatch("MCMXCIV") is not null,
        () => re.fullmatch(@"([A-Z]+)\(([A-Z]\d+):([A-Z]\d+)\)", "SUM(A1:B22)")!.groups(), () => re.fullmatch(@"([A-Z]\d+|\d+)([-+*/])([A-Z]\d+|\d+)", "A1*3")!.groups(),
        () => re.search(@"(\d+)-(\d+)\Z", "x 10-20")!.span(1L), () => re.findall(@"(?i)hello", "Hello HELLO"), () => re.split(@"\s+", " a  b c ", maxsplit: 2),
        () => re.search(@"(?P<a>x)(?P=a)", "axxb"), () => re.sub(@"(?x) \d + # digits", "#", "a12b3"), () => re.findall(@"[\w.]+@[\w.]+", "to: a.b@c.org, d@e.io"),
        () => re.match(@"(a)(b)?(c)", "ac")!.groups("-"), () => new PyList<object?>(re.finditer(@"\d+", "a1b22c333").Select(mm => (object?)mm.span())), () => re.findall(@"\w+", "héllo wörld", re.A),
        () => re.search(@"^b", "ab\nb", re.M)!.start(), () => re.match(@".+", "a\nb", re.S)!.group(), () => re.compile(@"(\d)(\d)").sub(Fn(m => m.group(2L) + m.group(1L)), "12 34"),
        () => re.search(@"\bcat\b", "concat cat")!.start(), () => re.sub(@"(a)|b", @"[\1]", "ab"), () => re.compile("x", re.IGNORECASE | re.DOTALL | re.VERBOSE));

    [Fact]
    public void PossessiveConditionalAndUnicodeEscapesMatchCPython() => PrintedLines.Check("""
        (['123x'], [], ['ababc'], ['xxy', 'xy'])
        (['<', ''], 'X X')
        (['é-', 'é]'], ['😀'])
        error: bad escape \U00110000 at position 0
        """,
        () => T(re.findall(@"\d++x", "123x 45"), re.findall(@"a*+a", "aaa"), re.findall(@"(?:ab)++c", "ababc"), re.findall(@"x{1,2}+y", "xxxy xy")),
        () => T(re.findall(@"(<)?\w+(?(1)>|$)", "<a> b"), re.sub(@"(?P<q>')?x(?(q)')", "X", "'x' x")),
        () => T(re.findall(@"\u00e9[\u002d\u005d]", "é-é]é"), re.findall(@"\U0001F600", "\U0001F600")),
        () => re.compile(@"\U00110000"));

    private static PyTuple T(params object?[] items) => new(items);
}
