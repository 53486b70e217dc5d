using Py2Cs.Runtime;
using static Py2Cs.Runtime.Builtins;

namespace Py2Cs.Runtime.Tests.Builtins;

/// <summary>Instance attributes that hide class attributes, and classes with several Python bases, as
/// translated classes use them. Expected values recorded from CPython 3.11 (tests/conformance/tier2_language/
/// class_attributes_shadowed.py and multiple_inheritance.py hold the programs).</summary>
public class PythonClassesTests
{
    public class Counter : PyObject
    {
        public static long limit = 3;
        public PyList<object?> items = new();
    }

    public class Base : PyObject { }
    public class Mixin : PyObject { }
    public class Other : PyObject { }

    [PyBases(typeof(Mixin), typeof(Base))]
    public class Widget : Base { }

    [Fact]
    public void An_instance_value_hides_the_class_attribute_for_that_instance_only()
    {
        var a = new Counter();
        var b = new Counter();
        Py.SetAttr(a, "limit", 9);
        Assert.Equal(9L, Py.GetAttr(a, "limit"));
        Assert.Equal(3L, Py.GetAttr(b, "limit"));
        Assert.Equal(3L, Py.GetAttr(typeof(Counter), "limit"));
    }

    [Fact]
    public void Dict_lists_fields_then_attributes_in_the_order_they_were_set()
    {
        var a = new Counter();
        Py.SetAttr(a, "tag", "custom");
        Py.SetAttr(a, "limit", 9);
        Assert.Equal("{'items': [], 'tag': 'custom', 'limit': 9}", repr(Py.GetAttr(a, "__dict__")));
    }

    [Fact]
    public void A_runtime_class_takes_no_new_attributes()
    {
        // CPython: AttributeError: 'decimal.Decimal' object has no attribute 'x' (the runtime names the type 'Decimal').
        Assert.Throws<AttributeError>(() => Py.SetAttr(new @decimal.Decimal("1"), "x", 1L));
    }

    [Fact]
    public void Isinstance_and_issubclass_follow_every_python_base()
    {
        var w = new Widget();
        Assert.True(isinstance(w, typeof(Mixin)));
        Assert.True(isinstance(w, typeof(Base)));
        Assert.False(isinstance(w, typeof(Other)));
        Assert.True(Py.IsSubclass(typeof(Widget), typeof(Mixin)));
        Assert.False(Py.IsSubclass(typeof(Base), typeof(Mixin)));
    }

    [Fact]
    public void Mro_is_the_c3_linearization_of_the_python_bases()
    {
        var names = ((PyTuple)Py.GetAttr(typeof(Widget), "__mro__")!).Select(t => (string)Py.GetAttr(t, "__name__")!);
        Assert.Equal(["Widget", "Mixin", "Base", "object"], names);
        Assert.Equal(2, ((PyTuple)Py.GetAttr(typeof(Widget), "__bases__")!).Count());
    }
}
