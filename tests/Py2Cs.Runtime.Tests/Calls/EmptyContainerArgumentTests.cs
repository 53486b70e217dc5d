using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Calls;

/// <summary>
/// An empty list, dict or set made on the dynamic path (`[]` whose element type was never known) is taken
/// where a typed container of the same kind is expected: `PAGES.get(n, [])` on a dict[int, list[str]]
/// with an untyped n. A default with items of another type is returned as it is, as CPython returns it.
/// </summary>
public sealed class EmptyContainerArgumentTests
{
    static PyDict<long, PyList<string>> Pages() => new() { [1] = new PyList<string> { "a", "b" } };

    [Fact]
    public void Dict_get_with_an_empty_untyped_list_default_returns_an_empty_list_for_a_missing_key()
    {
        var missing = Py.CallMethod(Pages(), "get", 9L, new PyList<object?>());
        Assert.Equal("[]", Py2Cs.Runtime.Builtins.repr(missing));
        var found = Py.CallMethod(Pages(), "get", 1L, new PyList<object?>());
        Assert.Equal("['a', 'b']", Py2Cs.Runtime.Builtins.repr(found));
    }

    [Fact]
    public void Setdefault_stores_the_typed_empty_container_it_returns()
    {
        var groups = new PyDict<string, PySet<long>>();
        var made = Py.CallMethod(groups, "setdefault", "x", new PySet<object?>());
        Py.CallMethod(made, "add", 3L);
        Assert.Equal("{'x': {3}}", Py2Cs.Runtime.Builtins.repr(groups));
    }

    [Fact]
    public void A_non_empty_default_of_other_items_is_returned_as_it_is()
    {
        // CPython: {1: ['a', 'b']}.get(9, [1]) is [1]; the default is never converted to the value type.
        var missing = Py.CallMethod(Pages(), "get", 9L, new PyList<object?> { 1L });
        Assert.Equal("[1]", Py2Cs.Runtime.Builtins.repr(missing));
        Assert.IsType<PyList<object?>>(missing);
    }
}
