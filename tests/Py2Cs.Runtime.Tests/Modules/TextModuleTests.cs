using Py2Cs.Runtime;
using B = Py2Cs.Runtime.Builtins;

namespace Py2Cs.Runtime.Tests.Modules;

/// <summary>string.Template and textwrap against CPython 3.11: expected text printed by python3 (repr of each result).</summary>
public class TextModuleTests
{
    private static readonly @string.Template T = new("$first, your ${plan} digest costs $$5 $missing");
    private const string Text = "Architecture review of the payment platform, including a written report and well-known state-of-the-art recommendations";

    private static Func<object?> Repr(Func<object?> f) => () =>
    {
        try { return B.repr(f()); }
        catch (BaseException e) { return $"{B.type_name(e)}: {e.__str__()}"; }
    };

    [Fact]
    public void TemplateAndWrappingMatchCPython() => PrintedLines.Check("""
        'Ann, your pro digest costs $5 $missing'
        KeyError: 'missing'
        ValueError: Invalid placeholder in string: line 1, col 5
        '12.5'
        '$first, your ${plan} digest costs $$5 $missing'
        'x\n  3 $'
        'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
        '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'
        'Hello Big World'
        ['Architecture review of the payment', 'platform, including a written', 'report and well-known state-of-', 'the-art recommendations']
        '* Architecture\n  review of the\n  payment platform,\n  including a\n  written report and\n  well-known state-\n  of-the-art\n  recommendations'
        'Architecture review of the payment platform, including [...]'
        'Hello world!'
        'Architecture review of the payment [...]'
        ['a-very-', 'long-hyphe', 'nated-iden', 'tifier-', 'that-goes-', 'on and on']
        ['supercal', 'ifragili', 'sticexpi', 'alidocio', 'us word']
        ['  leading', 'and   tabs', 'newlines']
        []
        'Architecture review of the\npayment platform, [...]'
        'def f():\n    return 1\n\nx\n'
        '> a\n\n> b\n'
        '+a\n+\n+b'
        ['em--dash', 'between--', 'words', 'here']
        ValueError: invalid width 0 (must be > 0)
        """,
        Repr(() => T.safe_substitute(null, Py.Kw("first", "Ann"), Py.Kw("plan", "pro"))), Repr(() => T.substitute(null, Py.Kw("first", "Ann"), Py.Kw("plan", "pro"))),
        Repr(() => new @string.Template("bad $").substitute()),
        Repr(() => new @string.Template("$a$b").substitute(new PyDict<string, object?> { ["a"] = 1L }, Py.Kw("b", 2.5))), Repr(() => T.template),
        Repr(() => new @string.Template("x\n  ${y} $").safe_substitute(null, Py.Kw("y", 3L))),
        Repr(() => @string.ascii_letters), Repr(() => @string.punctuation), Repr(() => @string.capwords("hello   big world")),
        Repr(() => textwrap.wrap(Text, width: 34)), Repr(() => textwrap.fill(Text, width: 20, initial_indent: "* ", subsequent_indent: "  ")),
        Repr(() => textwrap.shorten(Text, width: 60)), Repr(() => textwrap.shorten("Hello  world!", width: 12)), Repr(() => textwrap.shorten(Text, width: 40, placeholder: " [...]")),
        Repr(() => textwrap.wrap("a-very-long-hyphenated-identifier-that-goes-on and on", 10)), Repr(() => textwrap.wrap("supercalifragilisticexpialidocious word", 8)),
        Repr(() => textwrap.wrap("  leading and\ttabs\nnewlines  ", 12)), Repr(() => textwrap.wrap("", 10)), Repr(() => textwrap.fill(Text, 30, max_lines: 2)),
        Repr(() => textwrap.dedent("    def f():\n        return 1\n  \n    x\n")), Repr(() => textwrap.indent("a\n\nb\n", "> ")), Repr(() => textwrap.indent("a\n\nb", "+", l => true)),
        Repr(() => textwrap.wrap("em--dash between--words here", 9)), Repr(() => textwrap.wrap("x", 0)));
}
