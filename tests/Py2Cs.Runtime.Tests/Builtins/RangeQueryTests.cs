using Py2Cs.Runtime;
using static Py2Cs.Runtime.Builtins;

namespace Py2Cs.Runtime.Tests.Builtins;

/// <summary>A comprehension over a range binds to PyRange's own Select and Cast (sized, so a list is
/// allocated once); they must give what Enumerable.Select and Cast give, lazily and in order.</summary>
public sealed class RangeQueryTests
{
    [Fact]
    public void Select_over_a_range_is_lazy_in_order_and_builds_the_same_list()
    {
        var calls = new List<long>();
        var query = from i in range(2, 11, 3) select Record(i);
        Assert.Empty(calls);    // nothing runs before the list is built
        var list = new PyList<long>(query);
        Assert.Equal([2L, 5, 8], calls);
        Assert.Equal([20L, 50, 80], list);
        Assert.Equal(3, list.Capacity);     // sized once
        Assert.Equal([20L, 50, 80], query.ToList());    // enumerable again, as Enumerable.Select is

        long Record(long i) { calls.Add(i); return i * 10; }
    }

    [Fact]
    public void Typed_query_variable_casts_each_item_as_Enumerable_Cast_does()
    {
        var objects = new PyList<object?>(from object? i in range(3) select i);
        Assert.Equal([0L, 1L, 2L], objects);
        Assert.Equal(Enumerable.Range(0, 4).Select(i => (long)i), from long i in range(4) select i);
        Assert.Throws<InvalidCastException>(() => (from int i in range(2) select i).ToList());
        Assert.Equal([1L, 3L], (from object? i in range(4) where (long)i! % 2 == 1 select i).ToList());
    }

    [Fact]
    public void An_exception_in_the_selector_comes_out_of_the_list_constructor()
    {
        var query = from i in range(5) select i < 3 ? i : throw new ValueError("at 3");
        Assert.Throws<ValueError>(() => new PyList<long>(query));
    }
}
