using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Calls;

/// <summary>
/// An empty list, dict or set made on the dynamic path (`[]` whose element type was never known) is taken
/// where a typed container of the same kind is expected: `PAGES.get(n, [])` on a dict[int, list[str]]
/// with an untyped n. A container with items of another type is not converted, and other kinds are not.
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
    public void A_non_empty_list_of_other_items_is_not_converted()
    {
        var ex = Assert.Throws<TypeError>(() => Py.CallMethod(Pages(), "get", 9L, new PyList<object?> { 1L }));
        Assert.Contains("get()", ex.Message);
    }
}
