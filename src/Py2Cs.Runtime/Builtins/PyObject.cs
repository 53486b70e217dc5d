namespace Py2Cs.Runtime;

/// <summary>
/// Base class of translated Python classes. <c>__repr__</c>/<c>__str__</c> are virtual; the other dunders
/// (<c>__eq__</c>, <c>__hash__</c>, <c>__lt__</c>, <c>__len__</c>, <c>__bool__</c>, <c>__contains__</c>,
/// <c>__iter__</c>, <c>__getitem__</c>, <c>__call__</c>, <c>__add__</c> ...) are found by name, with any
/// parameter types, by the dynamic operations in <see cref="Py"/>.
/// </summary>
public class PyObject : IPyRepr, IDynamicAttributes
{
    /// <summary>The instance attributes that are not C# fields of the class, in the order they were first set:
    /// a class attribute shadowed per instance (<c>obj.limit = 9</c> where the class says <c>limit = 3</c>),
    /// or any name <c>setattr</c> gives. Made on first use.</summary>
    private Dictionary<string, object?>? _attributes;

    internal IEnumerable<KeyValuePair<string, object?>> ExtraAttributes => _attributes ?? [];

    bool IDynamicAttributes.TryGetAttribute(string name, out object? value) => InstanceAttributes.TryGet(_attributes, name, out value);

    bool IDynamicAttributes.TryDeleteAttribute(string name) => InstanceAttributes.Remove(ref _attributes, name);

    // Only a translated program class has a __dict__ for new names; the runtime's own classes (Decimal,
    // Template...) are CPython builtins without one.
    bool IDynamicAttributes.TrySetAttribute(string name, object? value)
    {
        if (GetType().Assembly == typeof(PyObject).Assembly || HasOnlySlots(GetType())) return false;
        InstanceAttributes.Set(ref _attributes, name, value);
        return true;
    }

    /// <summary>Whether every program class of the instance declares <c>__slots__</c> without <c>__dict__</c>:
    /// its instances then have no __dict__ to take a new attribute.</summary>
    internal static bool HasOnlySlots(Type type)
    {
        for (var t = type; t is not null && t != typeof(PyObject) && t != typeof(object); t = t.BaseType)
        {
            if (t.Assembly == typeof(PyObject).Assembly) break;
            if (t.GetField("__slots__", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.DeclaredOnly)?.GetValue(null) is not { } slots
                || Py.Iter(slots).Contains("__dict__")) return false;
        }
        return true;
    }

    /// <summary>CPython's default: <c>&lt;__main__.Name object at 0x...&gt;</c> (the address is a stable fake).</summary>
    public virtual string __repr__() => $"<__main__.{Builtins.type_name(this)} object at {Py.FakeAddress(this)}>";

    public virtual string __str__() => __repr__();

    public override string ToString() => __str__();

    // .NET collections (dict keys, set members) see Python's __eq__/__hash__ when the class defines them.
    public override bool Equals(object? obj) =>
        Dunder.TryCall(this, "__eq__", out object? result, obj) && result != Builtins.NotImplemented ? Py.Truthy(result) : ReferenceEquals(this, obj);

    public override int GetHashCode()
    {
        long h = Py.Hash(this);
        return (int)(h ^ (h >> 32));
    }
}
