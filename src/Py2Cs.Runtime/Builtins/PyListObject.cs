namespace Py2Cs.Runtime;

/// <summary>
/// Base class of a translated <c>class C(list)</c>: a list of any items that is also a program object
/// (attributes set on the instance, <c>__repr__</c>/<c>__str__</c> a subclass may override); the list
/// methods are the inherited ones.
/// </summary>
public class PyListObject : PyList<object?>, IDynamicAttributes, IBuiltinSubclassBase
{
    private Dictionary<string, object?>? _attributes;

    public PyListObject() { }

    /// <summary><c>C(iterable)</c>: the items of any iterable, as <c>list(iterable)</c>.</summary>
    public PyListObject(object? items) : base(Py.Iter(items)) { }

    /// <summary><c>super().__init__(items)</c> after statements of the subclass's own __init__: list's __init__, which
    /// replaces the items (the C# constructor already ran).</summary>
    public void __init__() => clear();

    public void __init__(object? items)
    {
        var copied = Py.Iter(items).ToList();
        clear();
        extend(copied);
    }

    /// <summary>str() is the repr (list's, or the subclass's own) unless the subclass gives a __str__.</summary>
    public virtual string __str__() => __repr__();

    public override string ToString() => __str__();

    bool IDynamicAttributes.TryGetAttribute(string name, out object? value) => InstanceAttributes.TryGet(_attributes, name, out value);

    bool IDynamicAttributes.TrySetAttribute(string name, object? value)
    {
        InstanceAttributes.Set(ref _attributes, name, value);
        return true;
    }
}
