using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Builtins;

/// <summary>
/// Class methods of builtin classes reached through the class value, None as a dict key, and typing forms
/// subscripted at run time. Expected values recorded from CPython 3.11.
/// </summary>
public sealed class BuiltinClassMethodTests
{
    static object? ClassMethod(string cls, string name, params object?[] args) => Py.CallMethod(BuiltinTypes.Named(cls), name, args);

    [Fact]
    public void Bytes_fromhex_is_called_on_the_class()
        => Assert.Equal("b'\\xde\\xad\\xbe\\xef'", Py2Cs.Runtime.Builtins.repr(ClassMethod("bytes", "fromhex", "deadbeef")));

    [Fact]
    public void Int_from_bytes_takes_the_byte_order_by_keyword()
        => Assert.Equal(513L, ClassMethod("int", "from_bytes", PyBytes.FromLiteral("\u0001\u0002"), new KeywordArgument("byteorder", "little")));

    [Fact]
    public void Int_to_bytes_is_a_method_of_ints()
        => Assert.Equal("b'\\x01\\x02'", Py2Cs.Runtime.Builtins.repr(Py.CallMethod(513L, "to_bytes", 2L, "little")));

    [Fact]
    public void Dict_fromkeys_of_a_str_takes_its_characters()
        => Assert.Equal("{'x': None, 'y': None}", Py2Cs.Runtime.Builtins.repr(ClassMethod("dict", "fromkeys", "xy")));

    [Fact]
    public void Str_maketrans_and_translate()
    {
        var table = ClassMethod("str", "maketrans", "abc", "xyz", "d");
        Assert.Equal("{97: 120, 98: 121, 99: 122, 100: None}", Py2Cs.Runtime.Builtins.repr(table));
        Assert.Equal("xyz", Py.CallMethod("abcd", "translate", table));
    }

    [Fact]
    public void None_is_a_key_like_any_other()
    {
        var d = new PyDict<object, long> { [null!] = 1, ["a"] = 2 };
        Assert.Equal("{None: 1, 'a': 2}", d.__repr__());
        Assert.Equal(1L, Py.GetItem(d, null));
        Assert.True(d.ContainsKey(null!));
        d.__delitem__(null!);
        Assert.Equal("{'a': 2}", d.__repr__());
    }

    [Fact]
    public void Typing_forms_are_subscriptable()
    {
        Assert.Equal("typing.Callable[..., typing.Any]", Py.GetItem(TypingModule.Callable, new PyTuple(Py2Cs.Runtime.Builtins.Ellipsis, TypingModule.Any))!.ToString());
        Assert.Equal("typing.List[int]", Py.GetItem(TypingModule.List, typeof(long))!.ToString());
    }
}
