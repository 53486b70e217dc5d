using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Builtins;

/// <summary>The C3 method resolution order of classes with several Python bases, and CPython's TypeError
/// when the bases cannot be ordered. Expected values from CPython 3.11: <c>class D(B, C)</c> with
/// <c>B(A)</c>, <c>C(A)</c> has <c>D, B, C, A, object</c>; <c>class E(A, B)</c> with <c>B(A)</c> raises
/// "Cannot create a consistent method resolution\norder (MRO) for bases A, B".</summary>
public class MroTests
{
    public class A : PyObject { }
    public class B : A { }
    public class C : A { }

    [PyBases(typeof(B), typeof(C))]
    public class D : B { }

    [PyBases(typeof(A), typeof(B))]
    public class E : A { }

    static string Names(object? classes) => string.Join(" ", ((PyTuple)classes!).Select(c => (string)Py.GetAttr(c, "__name__")!));

    [Fact]
    public void A_diamond_is_ordered_by_C3()
    {
        Assert.Equal("D B C A object", Names(Py.GetAttr(typeof(D), "__mro__")));
        Assert.Equal("B C", Names(Py.GetAttr(typeof(D), "__bases__")));
    }

    [Fact]
    public void Bases_C3_cannot_order_raise_CPythons_TypeError()
    {
        var error = Assert.Throws<TypeError>(() => Py.CheckMro(typeof(E)));
        Assert.Equal("Cannot create a consistent method resolution\norder (MRO) for bases A, B", Runtime.Builtins.str(error));
    }

    [Fact]
    public void A_consistent_class_passes_the_check()
    {
        Py.CheckMro(typeof(D));
    }
}
