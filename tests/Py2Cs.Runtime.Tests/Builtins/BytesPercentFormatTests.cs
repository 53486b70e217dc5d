using PyBuiltins = Py2Cs.Runtime.Builtins;

namespace Py2Cs.Runtime.Tests.Builtins;

/// <summary><c>bytes % args</c> (PEP 461). Expected values recorded from CPython 3.11.</summary>
public class BytesPercentFormatTests
{
    static string Format(PyBytesLike format, object? args) => PyBuiltins.repr(Py.Mod(format, args));

    [Fact]
    public void Numbers_format_as_in_str_formatting()
    {
        Assert.Equal(@"b'sq 3 = 9\n'", Format(PyBytes.FromLiteral("sq %d = %d\n"), new PyTuple(3L, 9L)));
        Assert.Equal("b'ab-003.1-ff'", Format(PyBytes.FromLiteral("%s-%05.1f-%x"), new PyTuple(PyBytes.FromLiteral("ab"), 3.14159, 255L)));
    }

    [Fact]
    public void Percent_r_is_ascii_and_the_format_class_is_kept()
    {
        Assert.Equal("b\"'\\\\xe9'|'x'\"", Format(PyBytes.FromLiteral("%r|%a"), new PyTuple("é", "x")));
        Assert.Equal("bytearray(b'3')", Format(new PyByteArray(PyBytes.FromLiteral("%d")), 3L));
    }

    [Fact]
    public void Percent_s_of_a_str_is_a_TypeError()
    {
        var error = Assert.Throws<TypeError>(() => Py.Mod(PyBytes.FromLiteral("%s"), "x"));
        Assert.Equal("%b requires a bytes-like object, or an object that implements __bytes__, not 'str'", error.Message);
    }
}
