using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Builtins;

/// <summary>Class attributes found along a class's C3 MRO (a mixin's static field) and set per class at run
/// time (<c>cls.count += 1</c> in a base's classmethod called on a subclass). Expected values from CPython 3.11:
/// <c>class P: tag = "p"</c>, <c>class L(M, P)</c> with <c>M.prefix = "m"</c>: <c>L.prefix == "m"</c>;
/// <c>Sub.count = 1</c> leaves <c>Job.count == 0</c>.</summary>
public class ClassAttributeMroTests
{
    public class Job : PyObject { public static long count = 0; }
    public class Sub : Job { }
    public class Prefix : PyObject { public static string prefix = "m"; }
    public class Channel : PyObject { public static string tag = "p"; }

    [PyBases(typeof(Prefix), typeof(Channel))]
    public class Loud : Channel { }

    [Fact]
    public void A_mixins_class_attribute_is_found_through_the_mro()
    {
        Assert.Equal("m", Py.GetAttr(typeof(Loud), "prefix"));
        Assert.Equal("m", Py.GetAttr(new Loud(), "prefix"));
        Assert.Equal("p", Py.GetAttr(typeof(Loud), "tag"));
    }

    [Fact]
    public void Setting_an_inherited_class_attribute_on_a_subclass_leaves_the_base_alone()
    {
        Py.SetAttr(typeof(Sub), "count", Py.Add(Py.GetAttr(typeof(Sub), "count"), 1L));
        Assert.Equal(1L, Py.GetAttr(typeof(Sub), "count"));
        Assert.Equal(1L, Py.GetAttr(new Sub(), "count"));
        Assert.Equal(0L, Py.GetAttr(typeof(Job), "count"));
        Assert.Equal(0L, Job.count);
    }

    [Fact]
    public void Setting_a_class_attribute_on_its_own_class_sets_the_static_field()
    {
        Py.SetAttr(typeof(Channel), "tag", "q");
        Assert.Equal("q", Channel.tag);
        Assert.Equal("q", Py.GetAttr(typeof(Loud), "tag"));
        Channel.tag = "p";
    }
}
