namespace Py2Cs.Runtime;

/// <summary>A function stored on a class, read through an instance: calling it passes the instance as the
/// first argument (CPython's bound method). A decorated method's class attribute is such a function.</summary>
public sealed class PyMethod(object function, object self) : ICallable, IPyRepr, IDynamicAttributes
{
    /// <summary>A bound method reads the attributes of its function (<c>inst.render.hook_event</c>, set by a
    /// decorator on the function); it takes none of its own.</summary>
    public bool TryGetAttribute(string name, out object? value)
    {
        value = null;
        return function is IDynamicAttributes attributes && attributes.TryGetAttribute(name, out value);
    }

    public bool TrySetAttribute(string name, object? value) => false;

    public object __func__ => function;
    public object __self__ => self;
    public string __name__ => Builtins.str(Py.GetAttr(function, "__name__"));
    public string __qualname__ => Builtins.str(Py.GetAttr(function, "__qualname__"));

    public object? Invoke(object?[] args) => Py.Call(function, [self, .. args]);

    /// <summary>Python's function descriptor: a function (or an lru_cache wrapper, which binds the same way)
    /// read through an instance binds; anything else (a callable object a decorator returned, a class) is
    /// returned as it is. A descriptor (<see cref="IDescriptor"/>: <c>functools.cached_property</c>) decides itself.</summary>
    public static object? BindToInstance(object obj, object? attribute) => attribute switch
    {
        IDescriptor descriptor when obj is not Type => descriptor.__get__(obj, obj.GetType()),
        PyFunction or CachedFunction when obj is not Type => new PyMethod(attribute, obj),
        _ => attribute,
    };

    public string __repr__() => $"<bound method {__qualname__} of {Builtins.repr(self)}>";
}
