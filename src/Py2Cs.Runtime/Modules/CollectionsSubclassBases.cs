#pragma warning disable CS8981 // Python class names are lower case.
namespace Py2Cs.Runtime;

// Base classes of a translated class deriving from collections.Counter, defaultdict or OrderedDict
// (class WordCounter(Counter)): the runtime class over any keys and values, also a program object
// (attributes on the instance, __repr__/__str__ a subclass may override), its repr named after the
// subclass as CPython's are. PyDictObject is the same for dict.

/// <summary>Base of <c>class C(Counter)</c>.</summary>
public class CounterObject : Counter<object>, IDynamicAttributes, IBuiltinSubclassBase
{
    private Dictionary<string, object?>? _attributes;

    public CounterObject() { }

    /// <summary><c>C(iterable)</c> counts the items; <c>C(mapping)</c> takes its counts.</summary>
    public CounterObject(object? source) => __init__(source);

    /// <summary><c>super().__init__(iterable)</c> after statements of the subclass's own __init__: Counter's __init__,
    /// which adds the counts (the C# constructor already ran).</summary>
    public void __init__() { }

    public void __init__(object? source)
    {
        if (source is IPyDict mapping) update(mapping);
        else if (source is not null) update(Py.Iter(source).Select(item => item!));
    }

    public override string __repr__() => Builtins.type_name(this) + base.__repr__()["Counter".Length..];

    public virtual string __str__() => __repr__();

    public override string ToString() => __str__();

    bool IDynamicAttributes.TryGetAttribute(string name, out object? value) => InstanceAttributes.TryGet(_attributes, name, out value);

    bool IDynamicAttributes.TrySetAttribute(string name, object? value)
    {
        InstanceAttributes.Set(ref _attributes, name, value);
        return true;
    }
}

/// <summary>Base of <c>class C(defaultdict)</c>: <c>C(factory)</c>, <c>C(factory, source)</c>; a subclass's
/// <c>__missing__</c> replaces the factory's, as in CPython.</summary>
public class DefaultDictObject : defaultdict<object, object?>, IDynamicAttributes, IBuiltinSubclassBase
{
    private Dictionary<string, object?>? _attributes;

    public DefaultDictObject() : base(null) { }

    public DefaultDictObject(object? default_factory) : base(Factory(default_factory), FactoryRepr(default_factory)) { }

    public DefaultDictObject(object? default_factory, object? source) : this(default_factory)
    {
        foreach (var (key, value) in Builtins.dict(source).Entries()) this[key] = value;
    }

    static Func<object?>? Factory(object? factory) => factory is null ? null : () => Py.Call(factory);

    static string FactoryRepr(object? factory) => factory is null ? "None" : Builtins.repr(factory);

    protected override object? Missing(object key) =>
        Dunder.TryCall(this, "__missing__", out object? value, key) ? value : base.Missing(key);

    public override string __repr__() => Builtins.type_name(this) + base.__repr__()["defaultdict".Length..];

    public virtual string __str__() => __repr__();

    public override string ToString() => __str__();

    bool IDynamicAttributes.TryGetAttribute(string name, out object? value) => InstanceAttributes.TryGet(_attributes, name, out value);

    bool IDynamicAttributes.TrySetAttribute(string name, object? value)
    {
        InstanceAttributes.Set(ref _attributes, name, value);
        return true;
    }
}

/// <summary>Base of <c>class C(OrderedDict)</c>.</summary>
public class OrderedDictObject : OrderedDict<object, object?>, IDynamicAttributes, IBuiltinSubclassBase
{
    private Dictionary<string, object?>? _attributes;

    public OrderedDictObject() { }

    public OrderedDictObject(object? source) => __init__(source);

    /// <summary><c>super().__init__(source)</c> after statements of the subclass's own __init__ (see PyDictObject).</summary>
    public void __init__() { }

    public void __init__(object? source)
    {
        foreach (var (key, value) in Builtins.dict(source).Entries()) this[key] = value;
    }

    protected override object? Missing(object key) =>
        Dunder.TryCall(this, "__missing__", out object? value, key) ? value : base.Missing(key);

    public override string __repr__() => Builtins.type_name(this) + base.__repr__()["OrderedDict".Length..];

    public virtual string __str__() => __repr__();

    public override string ToString() => __str__();

    bool IDynamicAttributes.TryGetAttribute(string name, out object? value) => InstanceAttributes.TryGet(_attributes, name, out value);

    bool IDynamicAttributes.TrySetAttribute(string name, object? value)
    {
        InstanceAttributes.Set(ref _attributes, name, value);
        return true;
    }
}
