using Py2Cs.Runtime;
using static Py2Cs.Runtime.Builtins;

namespace Py2Cs.Runtime.Tests.Builtins;

/// <summary>Augmented assignment through the runtime (<c>Py.InPlaceAdd</c> and its siblings): a list, set,
/// dict or object with an in-place method changes itself, so another name for it sees the change;
/// immutable values take the binary operator. Values and messages recorded from CPython 3.11.</summary>
public class InPlaceOperatorTests
{
    public class Bag : PyObject
    {
        public PyList<object?> items = [];
        public object? __iadd__(object? item) { items.append(item); return this; }
    }

    public class Declines : PyObject
    {
        public object? __iadd__(object? item) => NotImplemented;
        public object? __add__(object? item) => "added";
    }

    [Fact]
    public void List_plus_equals_extends_the_same_list_with_any_iterable()
    {
        var xs = new PyList<long> { 1, 2 };
        Assert.Same(xs, Py.InPlaceAdd(xs, new PyTuple(3L, 4L)));
        Assert.Same(xs, Py.InPlaceAdd(xs, xs));
        Assert.Equal("[1, 2, 3, 4, 1, 2, 3, 4]", repr(xs));
        var chars = new PyList<object?> { 0L };
        Py.InPlaceAdd(chars, "ab");
        Assert.Equal("[0, 'a', 'b']", repr(chars));
    }

    [Fact]
    public void List_times_equals_repeats_in_place()
    {
        var xs = new PyList<string> { "a", "b" };
        Assert.Same(xs, Py.InPlaceMul(xs, 2L));
        Assert.Equal("['a', 'b', 'a', 'b']", repr(xs));
    }

    [Fact]
    public void Set_operators_update_the_same_set_and_want_a_set()
    {
        var s = new PySet<long>([1L, 2L]);
        Py.InPlaceBitAnd(s, new PySet<long>([2L, 3L]));
        Py.InPlaceBitOr(s, new PySet<long>([9L]));
        Py.InPlaceBitXor(s, new PySet<long>([9L, 10L]));
        Py.InPlaceSub(s, new PySet<long>([10L]));
        Assert.Equal("{2}", repr(s));
        var e = Assert.Throws<TypeError>(() => Py.InPlaceBitOr(s, new PyList<long> { 1 }));
        Assert.Equal("unsupported operand type(s) for |=: 'set' and 'list'", e.Message);
    }

    [Fact]
    public void Dict_or_equals_updates_the_same_dict()
    {
        var d = new PyDict<string, long> { ["a"] = 1 };
        Assert.Same(d, Py.InPlaceBitOr(d, new PyDict<string, long> { ["b"] = 2 }));
        Assert.Equal("{'a': 1, 'b': 2}", repr(d));
    }

    [Fact]
    public void A_class_iadd_is_called_and_its_result_kept_else_the_binary_operator()
    {
        var bag = new Bag();
        Assert.Same(bag, Py.InPlaceAdd(bag, "x"));
        Assert.Equal("['x']", repr(bag.items));
        Assert.Equal("added", Py.InPlaceAdd(new Declines(), 1L));
    }

    [Fact]
    public void Immutable_values_get_a_new_value()
    {
        Assert.Equal("abc", Py.InPlaceAdd("ab", "c"));
        Assert.Equal(7L, Py.InPlaceAdd(3L, 4L));
        Assert.Equal("(1, 2)", repr(Py.InPlaceAdd(new PyTuple(1L), new PyTuple(2L))));
    }
}
