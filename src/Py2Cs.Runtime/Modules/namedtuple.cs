using System.Collections;

namespace Py2Cs.Runtime;

/// <summary>
/// Base of translated <c>collections.namedtuple</c> / <c>typing.NamedTuple</c> classes: a tuple whose
/// items also have names. The generated class passes its field names and values to this constructor,
/// declares a public constructor taking the fields in order, and properties reading <c>this[i]</c>.
/// </summary>
public abstract class PyNamedTuple : IReadOnlyList<object?>, IPyRepr, IPyHashable
{
    private readonly string[] fieldNames;
    private readonly object?[] items;

    protected PyNamedTuple(string[] fieldNames, params object?[] items)
    {
        this.fieldNames = fieldNames;
        this.items = items;
    }

    public object? this[int index] => items[index];
    public object? this[long index] => items[Py.Index(index, items.Length, "tuple")];
    public int Count => items.Length;

    /// <summary><c>_fields</c>.</summary>
    public PyTuple FieldNames => new(fieldNames.Cast<object?>().ToArray());

    /// <summary><c>nt._replace(name=value)</c>: a new instance built with the class's constructor.</summary>
    public object _replace(params KeywordArgument[] changes)
    {
        var values = (object?[])items.Clone();
        foreach (var change in changes)
        {
            int i = Array.IndexOf(fieldNames, change.Name);
            if (i < 0) throw new ValueError($"Got unexpected field names: ['{change.Name}']");
            values[i] = change.Value;
        }
        return Py.Call(GetType(), values)!;
    }

    /// <summary><c>P._make(iterable)</c>: an instance from the iterable's items, which must be one per field.</summary>
    protected static T Make<T>(object? iterable, int fieldCount) where T : PyNamedTuple
    {
        var values = Py.Iter(iterable).ToArray();
        if (values.Length != fieldCount) throw new TypeError($"Expected {fieldCount} arguments, got {values.Length}");
        return (T)Py.Call(typeof(T), values)!;
    }

    // A field called count or index hides these in the generated class, as it does in CPython.
    public long count(object? item) => items.LongCount(x => Py.SameOrEqual(x, item));

    public long index(object? item)
    {
        int i = Array.FindIndex(items, x => Py.SameOrEqual(x, item));
        return i >= 0 ? i : throw new ValueError("tuple.index(x): x not in tuple");
    }

    public PyDict<string, object?> _asdict() => new(fieldNames.Zip(items, (n, v) => (n, v)));

    /// <summary><c>str(p)</c>: the repr unless the class defines <c>__str__</c>.</summary>
    public virtual string __str__() => __repr__();

    public virtual string __repr__() =>
        $"{Builtins.type_name(this)}({string.Join(", ", fieldNames.Zip(items, (n, v) => $"{n}={Builtins.repr(v)}"))})";

    public override string ToString() => __str__();
    public long PythonHash() => Py.TupleHash(items);
    public override bool Equals(object? obj) => obj is not null && Py.Eq(this, obj);
    public override int GetHashCode() => (int)PythonHash();

    public IEnumerator<object?> GetEnumerator() => ((IEnumerable<object?>)items).GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
