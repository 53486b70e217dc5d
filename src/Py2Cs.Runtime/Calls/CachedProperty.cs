namespace Py2Cs.Runtime;

/// <summary>
/// <c>functools.cached_property(func)</c>: the first read through an instance calls <c>func(instance)</c> and
/// stores the result in the instance's <c>__dict__</c> under the function's name, where later reads find it
/// before the class attribute (and <c>del obj.name</c> clears it), as CPython's does.
/// </summary>
[PyName("cached_property")]
public sealed class CachedProperty(object func) : IDescriptor, IPyRepr
{
    public object func { get; } = func;

    public string attrname => Builtins.str(Py.GetAttr(func, "__name__"));

    public object? __doc__ => Py.GetAttr(func, "__doc__", null);

    public object? __get__(object? instance, Type owner)
    {
        if (instance is null) return this;
        if (instance is not IDynamicAttributes attributes) throw NoDict(instance);
        if (attributes.TryGetAttribute(attrname, out object? cached)) return cached;
        object? value = Py.Call(func, instance);
        return attributes.TrySetAttribute(attrname, value) ? value : throw NoDict(instance);
    }

    TypeError NoDict(object instance) =>
        new($"No '__dict__' attribute on '{Builtins.type_name(instance)}' instance to cache '{attrname}' property.");

    public string __repr__() => $"<functools.cached_property object at {Py.FakeAddress(this)}>";

    public override string ToString() => __repr__();
}
