using Py2Cs.Runtime;
using static Py2Cs.Runtime.Builtins;

namespace Py2Cs.Runtime.Tests.Builtins;

/// <summary>Program classes derived from dict and list (as the translator emits them: PyDictObject and
/// PyListObject bases), and abstract properties under abc.ABC. Values recorded from CPython 3.11.</summary>
public class BuiltinSubclassTests
{
    public class Counts : PyDictObject
    {
        public long __missing__(object? key) => 0;
    }

    public class Plain : PyDictObject
    {
        public Plain(object? source, [PyVarKeywords] PyDict<string, object?> keywords) : base(source, keywords) { }
        public Plain() { }
    }

    public class Shelf : PyListObject
    {
        public Shelf(object? items) : base(items) { }
        public override string __str__() => "S!";
    }

    public abstract class Shape : AbcModule.ABC
    {
        [AbstractMethod] public virtual double area => 0;
        [AbstractMethod] public virtual object? perim() => null;
    }

    public class Square : Shape
    {
        public override double area => 1;
    }

    [Fact]
    public void A_dict_subclass_answers_a_missing_key_with_its___missing__()
    {
        var c = new Counts();
        Assert.Equal(0L, Py.GetItem(c, "x"));
        Assert.False(Py.Contains(c, "x"));
        Py.SetItem(c, "a", 1L);
        Assert.Equal("{'a': 1}", repr(c));
        Assert.Equal("{'a': 1}", str(c));
        Assert.Equal("Counts", type_name(c));
    }

    [Fact]
    public void A_dict_subclass_without___missing___raises_KeyError_and_takes_dicts_constructor_arguments()
    {
        var d = new Plain(new PyList<object?> { new PyTuple("k", 1L) }, new PyDict<string, object?> { ["z"] = 2L });
        Assert.Equal("{'k': 1, 'z': 2}", repr(d));
        var e = Assert.Throws<KeyError>(() => Py.GetItem(d, "x"));
        Assert.Equal("KeyError('x')", repr(e));
        Assert.True(isinstance(d, typeof(PyDict<,>)));
    }

    [Fact]
    public void A_list_subclass_keeps_lists_repr_and_its_own_str()
    {
        var s = new Shelf(new PyTuple(3L, 1L));
        Assert.Equal("[3, 1]", repr(s));
        Assert.Equal("S!", str(s));
        Assert.True(isinstance(s, typeof(PyList<>)));
        Assert.Equal("Shelf", type_name(s));
    }

    [Fact]
    public void An_abstract_property_counts_as_an_abstract_method_until_a_subclass_defines_it()
    {
        var e = Assert.Throws<TypeError>(() => new Square().perim());
        Assert.Equal("Can't instantiate abstract class Square with abstract method perim", e.Message);
    }
}
