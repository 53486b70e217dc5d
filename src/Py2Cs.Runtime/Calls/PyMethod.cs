namespace Py2Cs.Runtime;

/// <summary>A function stored on a class, read through an instance: calling it passes the instance as the
/// first argument (CPython's bound method). A decorated method's class attribute is such a function.</summary>
public sealed class PyMethod(PyFunction function, object self) : ICallable, IPyRepr
{
    public PyFunction __func__ => function;
    public object __self__ => self;
    public string __name__ => function.__name__;
    public string __qualname__ => function.__qualname__;

    public object? Invoke(object?[] args) => Py.Call(function, [self, .. args]);

    /// <summary>Python's function descriptor: a function read through an instance binds; anything else (a
    /// callable object a decorator returned, a class) is returned as it is.</summary>
    public static object? BindToInstance(object obj, object? attribute) =>
        attribute is PyFunction function && obj is not Type ? new PyMethod(function, obj) : attribute;

    public string __repr__() => $"<bound method {function.__qualname__} of {Builtins.repr(self)}>";
}
