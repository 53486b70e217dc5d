namespace Py2Cs.Runtime;

/// <summary>
/// What <c>functools.singledispatch(func)</c> returns: a generic function that calls the implementation registered
/// for the class of its first argument, the nearest one along that class's MRO, else <c>func</c>.
/// <c>register(cls, f)</c>, <c>register(cls)</c> (a decorator) and <c>register(f)</c> (the class from the annotation
/// of f's first parameter) as in CPython; <c>dispatch(cls)</c> and <c>registry</c> too.
/// </summary>
[PyName("function")]
public sealed class SingleDispatchFunction : ICallable, IPyRepr, IDynamicAttributes
{
    readonly Dictionary<string, object?> _attributes = new();

    public SingleDispatchFunction(object func)
    {
        __wrapped__ = func;
        registry = new PyDict<object, object?> { [typeof(object)] = func };
    }

    public object __wrapped__ { get; }
    public PyDict<object, object?> registry { get; }
    public string __name__ => Builtins.str(Py.GetAttr(__wrapped__, "__name__", ""));
    public string __qualname__ => Builtins.str(Py.GetAttr(__wrapped__, "__qualname__", __name__));
    public object? __doc__ => Py.GetAttr(__wrapped__, "__doc__", null);

    public object? Invoke(object?[] args)
    {
        if (args.Length == 0 || args[0] is KeywordArgument)
            throw new TypeError($"{__name__} requires at least 1 positional argument");
        return Py.Call(dispatch(Builtins.type(args[0]), args[0]), args);
    }

    public object? __call__(params object?[] args) => Invoke(args);

    /// <summary>The implementation for class <paramref name="cls"/>: the first class of its MRO with one registered.</summary>
    public object? dispatch(Type cls) => dispatch(cls, null);

    object? dispatch(Type cls, object? instance)
    {
        foreach (var type in Py.PythonMro(cls))
            if (type is not null && registry.ContainsKey(type)) return registry[type];
        // An abstract class registered (collections.abc.Sequence): the latest registration the value is an instance of.
        if (instance is not null)
            foreach (var (registered, implementation) in registry.Entries().Reverse())
                if (registered is Type abstractClass && abstractClass != typeof(object) && Builtins.isinstance(instance, abstractClass)) return implementation;
        return registry[typeof(object)];
    }

    /// <summary><c>register(cls, func=None)</c>: registers func for cls and returns it; without func, the decorator
    /// that does; with a function alone, the class is the annotation of its first parameter.</summary>
    public object? register(object? cls, object? func = null)
    {
        if (cls is Type type)
        {
            if (func is null) return new RegisterDecorator(this, type);
            Add(type, func);
            return func;
        }
        if (func is null && cls is PyFunction annotated && FirstAnnotation(annotated) is { } inferred)
        {
            if (inferred is not Type annotation)
                throw new TypeError($"Invalid annotation for '{FirstParameter(annotated)}'. {Builtins.repr(inferred)} is not a class.");
            Add(annotation, annotated);
            return annotated;
        }
        throw new TypeError($"Invalid first argument to `register()`: {Builtins.repr(cls)}. "
            + "Use either `@register(some_class)` or plain `@register` on an annotated function.");
    }

    void Add(Type cls, object func) => registry[BuiltinTypes.Canonical(cls)] = func;

    static string? FirstParameter(PyFunction f) => f.Signature.Positional.Length > 0 ? f.Signature.Positional[0] : null;

    static object? FirstAnnotation(PyFunction f) =>
        FirstParameter(f) is { } name && f.__annotations__.ContainsKey(name) ? f.__annotations__[name] : null;

    public bool TryGetAttribute(string name, out object? value) => _attributes.TryGetValue(name, out value);

    public bool TrySetAttribute(string name, object? value)
    {
        _attributes[name] = value;
        return true;
    }

    public bool TryDeleteAttribute(string name) => _attributes.Remove(name);

    public string __repr__() => $"<function {__qualname__} at {Py.FakeAddress(this)}>";

    public override string ToString() => __repr__();

    sealed class RegisterDecorator(SingleDispatchFunction owner, Type cls) : ICallable
    {
        public object? Invoke(object?[] args) => args is [var func] ? owner.register(cls, func)
            : throw new TypeError($"register() takes the function to register ({args.Length} arguments given)");
    }
}
