#pragma warning disable CS8981 // Python module names are lower case.
using System.Collections.Concurrent;
using System.Reflection;

namespace Py2Cs.Runtime;

/// <summary>
/// Base of translated <c>@dataclass</c> classes: repr, ==, ordering (when <see cref="Order"/>) and hashing
/// (when <see cref="Frozen"/>) come from the public instance fields/properties in declaration order, base
/// class fields first, as dataclasses generates them.
/// </summary>
public abstract class PyDataclass : PyObject
{
    private static readonly ConcurrentDictionary<Type, MemberInfo[]> FieldCache = new();

    /// <summary><c>@dataclass(order=True)</c>.</summary>
    protected virtual bool Order => false;

    /// <summary><c>@dataclass(frozen=True)</c>: hashable, attribute assignment raises FrozenInstanceError.</summary>
    protected virtual bool Frozen => false;

    internal bool IsFrozen => Frozen;

    internal static MemberInfo[] Fields(Type type) => FieldCache.GetOrAdd(type, t =>
    {
        var chain = new List<Type>();
        for (var c = t; c is not null && c != typeof(PyDataclass); c = c.BaseType) chain.Insert(0, c);
        return chain.SelectMany(c => c.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => m is FieldInfo || (m is PropertyInfo p && p.GetIndexParameters().Length == 0 && p.GetMethod is not null && !p.IsSpecialName))
                .OrderBy(m => m.MetadataToken))
            .ToArray();
    });

    internal PyTuple FieldValues() => new(Fields(GetType()).Select(m => m is FieldInfo f ? f.GetValue(this) : ((PropertyInfo)m).GetValue(this)).ToArray());

    public override string __repr__() =>
        $"{Builtins.type_name(this)}({string.Join(", ", Fields(GetType()).Zip(FieldValues().Items, (m, v) => $"{m.Name}={Builtins.repr(v)}"))})";

    public object? __eq__(object? other) =>
        other is not null && other.GetType() == GetType() ? Py.Eq(FieldValues(), ((PyDataclass)other).FieldValues()) : Builtins.NotImplemented;

    public object? __lt__(object? other) => Ordered(other, Py.Lt);
    public object? __le__(object? other) => Ordered(other, Py.Le);
    public object? __gt__(object? other) => Ordered(other, Py.Gt);
    public object? __ge__(object? other) => Ordered(other, Py.Ge);

    private object? Ordered(object? other, Func<object?, object?, bool> op) =>
        Order && other is not null && other.GetType() == GetType() ? op(FieldValues(), ((PyDataclass)other).FieldValues()) : Builtins.NotImplemented;

    public long __hash__() =>
        Frozen ? FieldValues().PythonHash() : throw new TypeError($"unhashable type: '{Builtins.type_name(this)}'");
}

/// <summary><c>dataclasses.FrozenInstanceError</c>.</summary>
public class FrozenInstanceError : AttributeError
{
    public FrozenInstanceError(params object?[] args) : base(args) { }
    public override string PythonTypeName => "dataclasses.FrozenInstanceError";
}

/// <summary>Python's <c>dataclasses</c> module helpers.</summary>
[PyModule("dataclasses")]
public static class dataclasses
{
    /// <summary><c>asdict(obj)</c>: recursively converts dataclasses, copying lists, tuples and dicts.</summary>
    public static PyDict<string, object?> asdict(PyDataclass obj)
    {
        var result = new PyDict<string, object?>();
        foreach (var (member, value) in PyDataclass.Fields(obj.GetType()).Zip(obj.FieldValues().Items)) result[member.Name] = Convert(value);
        return result;
    }

    public static PyTuple astuple(PyDataclass obj) => new(obj.FieldValues().Items.Select(Convert).ToArray());

    private static object? Convert(object? value) => value switch
    {
        PyDataclass d => asdict(d),
        IPyList list => new PyList<object?>(list.Items().Select(Convert)),
        PyTuple t => new PyTuple(t.Items.Select(Convert).ToArray()),
        IPyDict dict => new PyDict<object, object?>(dict.Pairs().Select(p => (Convert(p.Key)!, Convert(p.Value)))),
        _ => value,
    };

    /// <summary><c>dataclasses.replace(obj, **changes)</c>: a copy built with the class's constructor.</summary>
    public static object replace(PyDataclass obj, params KeywordArgument[] changes)
    {
        var fields = PyDataclass.Fields(obj.GetType());
        var values = obj.FieldValues().Items.ToArray();
        foreach (var change in changes)
        {
            int i = Array.FindIndex(fields, f => f.Name == change.Name);
            if (i < 0) throw new TypeError($"__init__() got an unexpected keyword argument '{change.Name}'");
            values[i] = change.Value;
        }
        return Py.Call(obj.GetType(), values)!;
    }
}
