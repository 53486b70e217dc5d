using PyBuiltins = Py2Cs.Runtime.Builtins;

namespace Py2Cs.Runtime.Tests.Modules;

/// <summary>A library module as a value (<c>mod = math</c>, <c>getattr(math, name)</c>): its attributes come
/// from the module's runtime class. Expected values recorded from CPython 3.11.</summary>
public class ModuleObjectTests
{
    [Fact]
    public void Functions_and_constants_are_found_by_their_python_name()
    {
        var math = Py.Module("math");
        Assert.Equal(4.0, Py.Call(PyBuiltins.getattr(math, "sqrt"), 16L));
        Assert.Equal(3.141592653589793, PyBuiltins.getattr(math, "pi"));
        Assert.True(PyBuiltins.hasattr(math, "floor"));
        Assert.False(PyBuiltins.hasattr(math, "nope"));
        Assert.Equal("fallback", PyBuiltins.getattr(math, "nope", "fallback"));
    }

    [Fact]
    public void A_missing_attribute_raises_AttributeError()
    {
        Assert.Throws<AttributeError>(() => Py.GetAttr(Py.Module("math"), "nope"));
    }

    [Fact]
    public void A_module_is_one_object_named_like_the_import()
    {
        Assert.Same(Py.Module("math"), Py.Module("math"));
        Assert.Equal("math", PyBuiltins.getattr(Py.Module("math"), "__name__"));
        Assert.Equal("module", PyBuiltins.type_name(Py.Module("math")));
        Assert.Throws<ModuleNotFoundError>(() => Py.Module("no_such_module"));
    }

    [Fact]
    public void A_module_object_with_a_function_of_its_own_name_calls_its_instance_methods()
    {
        var copied = Py.Call(PyBuiltins.getattr(Py.Module("copy"), "copy"), new PyList<long> { 1, 2 });
        Assert.Equal("[1, 2]", PyBuiltins.repr(copied));
    }
}
