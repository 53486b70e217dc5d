using System.Numerics;

namespace Py2Cs.Runtime.Tests.Builtins;

/// <summary>Py.As: a dynamic value converted into a typed slot as Python reads it.</summary>
public class BorderConversionTests
{
    [Fact]
    public void A_value_of_the_slots_type_is_itself()
    {
        var list = new PyList<long> { 1, 2 };
        Assert.Same(list, Py.As<PyList<long>>(list));
        Assert.Equal("ab", Py.As<string>("ab"));
    }

    [Fact]
    public void Ints_read_as_floats_and_small_big_ints_as_ints()
    {
        Assert.Equal(3.0, Py.As<double>(3L));
        Assert.Equal(2.0, Py.As<double?>(2L));
        Assert.Equal(1L, Py.As<long>(true));
        Assert.Equal(5L, Py.As<long>(new BigInteger(5)));
    }

    [Fact]
    public void None_fits_a_nullable_slot_only()
    {
        Assert.Null(Py.As<string?>(null));
        Assert.Null(Py.As<double?>(null));
        var error = Assert.Throws<TypeError>(() => Py.As<long>(null));
        Assert.Equal("'NoneType' object cannot be used as 'int'", error.Message);
    }

    [Fact]
    public void A_list_of_other_items_becomes_a_new_list_of_the_slots_items()
    {
        var converted = Py.As<PyList<long>>(new PyList<object?> { 7L, 8L });
        Assert.Equal([7L, 8L], converted);
        Assert.Equal([1.0, 2.0], Py.As<IEnumerable<double>>(new PyList<long> { 1, 2 }));
    }

    [Fact]
    public void A_dict_converts_key_by_key()
    {
        var dict = new PyDict<string, long> { ["a"] = 1 };
        var converted = Py.As<PyDict<object, double>>(dict);
        Assert.Equal(1.0, converted["a"]);
    }

    [Fact]
    public void A_tuple_converts_element_by_element()
    {
        Assert.Equal(("ab", 2L), Py.As<(string, long)>(((object?)"ab", 2L)));
        Assert.Equal((1.0, 2L), Py.As<(double, long)>(new PyTuple(1L, 2L)));
    }

    [Fact]
    public void A_value_that_does_not_fit_raises_TypeError()
    {
        var error = Assert.Throws<TypeError>(() => Py.As<long>("x"));
        Assert.Equal("'str' object cannot be used as 'int'", error.Message);
    }
}
