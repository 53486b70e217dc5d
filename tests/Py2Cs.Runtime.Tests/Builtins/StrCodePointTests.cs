using Py2Cs.Runtime;
using static Py2Cs.Runtime.Builtins;

namespace Py2Cs.Runtime.Tests.Builtins;

/// <summary>A str counts code points, not UTF-16 units; each expected value was printed by CPython 3.11.</summary>
public class StrCodePointTests
{
    const string Mixed = "a\U0001F600b\U0001F600c";   // "a😀b😀c"

    [Fact]
    public void Length_counts_a_surrogate_pair_once()
    {
        Assert.Equal([5L, 3L, 0L, 1L], new[] { len(Mixed), len("日本語"), len(""), len("\U0001D518") });
        Assert.Equal(5L, Py.Len(Mixed));
    }

    [Fact]
    public void Indexing_and_slicing_step_over_whole_code_points()
    {
        Assert.Equal("\U0001F600", Py.GetItem(Mixed, 1L));
        Assert.Equal("c", Py.GetItem(Mixed, -1L));
        Assert.Equal("\U0001F600b\U0001F600", Py.GetItem(Mixed, new Slice(1L, 4L, null)));
        Assert.Equal("c\U0001F600b\U0001F600a", Py.GetItem(Mixed, new Slice(null, null, -1L)));
        Assert.Equal("abc", Py.GetItem(Mixed, new Slice(null, null, 2L)));
        Assert.Throws<IndexError>(() => Py.GetItem(Mixed, 5L));
    }

    [Fact]
    public void Search_positions_are_code_point_indices()
    {
        // s.find("b"), s.find("😀", 2), s.rfind("😀"), s.count(""), s.find("", 9), s.find("😀", -3), s.rfind("😀", 0, 2)
        Assert.Equal([2L, 3L, 3L, 6L, -1L, 3L, 1L],
            new[] { Mixed.find("b"), Mixed.find("\U0001F600", 2), Mixed.rfind("\U0001F600"), Mixed.count(""), Mixed.find("", 9), Mixed.find("\U0001F600", -3), Mixed.rfind("\U0001F600", 0, 2) });
        Assert.True(Mixed.startswith("b", 2));
    }

    [Fact]
    public void Padding_and_precision_count_code_points()
    {
        Assert.Equal("  a\U0001F600b\U0001F600c  ", format(Mixed, "^9"));
        Assert.Equal("a\U0001F600b", format(Mixed, ".3"));
        Assert.Equal("a\U0001F600b\U0001F600c..", Mixed.ljust(7, "."));
        Assert.Equal("000a\U0001F600b\U0001F600c", Mixed.zfill(8));
        Assert.Equal("[ a\U0001F600b\U0001F600c]", Py.PercentFormat("[%6s]", Mixed));
    }
}
