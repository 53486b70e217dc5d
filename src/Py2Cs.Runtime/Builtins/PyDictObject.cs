namespace Py2Cs.Runtime;

/// <summary>
/// Base class of a translated <c>class C(dict)</c>: a dict of any keys and values that is also a program
/// object (attributes set on the instance, <c>__repr__</c>/<c>__str__</c> a subclass may override). A
/// <c>__missing__</c> the subclass defines is what a subscript of a missing key returns, as in CPython;
/// the other dict methods are the inherited ones.
/// </summary>
public class PyDictObject : PyDict<object, object?>, IDynamicAttributes, IBuiltinSubclassBase
{
    private Dictionary<string, object?>? _attributes;

    public PyDictObject() { }

    /// <summary><c>C(mapping)</c> or <c>C(iterable of pairs)</c>: dict's own construction, then the entries copied.</summary>
    public PyDictObject(object? source)
    {
        foreach (var (key, value) in Builtins.dict(source).Entries()) this[key] = value;
    }

    /// <summary><c>C(source, key=value, ...)</c> and <c>C(key=value, ...)</c>.</summary>
    public PyDictObject(object? source, [PyVarKeywords] PyDict<string, object?> keywords) : this(source)
    {
        foreach (var (key, value) in keywords.Entries()) this[key] = value;
    }

    /// <summary><c>super().__init__(source)</c> after statements of the subclass's own __init__: dict's __init__, which
    /// adds the entries to those already there (the C# constructor already ran).</summary>
    public void __init__() { }

    public void __init__(object? source)
    {
        foreach (var (key, value) in Builtins.dict(source).Entries()) this[key] = value;
    }

    public void __init__(object? source, [PyVarKeywords] PyDict<string, object?> keywords)
    {
        __init__(source);
        foreach (var (key, value) in keywords.Entries()) this[key] = value;
    }

    protected override object? Missing(object key) =>
        Dunder.TryCall(this, "__missing__", out object? value, key) ? value : base.Missing(key);

    /// <summary>str() is the repr (dict's, or the subclass's own) unless the subclass gives a __str__.</summary>
    public virtual string __str__() => __repr__();

    public override string ToString() => __str__();

    bool IDynamicAttributes.TryGetAttribute(string name, out object? value) => InstanceAttributes.TryGet(_attributes, name, out value);

    bool IDynamicAttributes.TrySetAttribute(string name, object? value)
    {
        InstanceAttributes.Set(ref _attributes, name, value);
        return true;
    }
}
