#pragma warning disable CS8981 // Python module names are lower case.
using System.Collections.Concurrent;
using System.Reflection;

namespace Py2Cs.Runtime;

/// <summary>
/// Base of translated <c>@dataclass</c> classes: repr, ==, ordering (when <see cref="DataclassOrder"/>) and hashing
/// (when <see cref="DataclassFrozen"/>) come from the public instance fields in declaration order, base
/// class fields first, as dataclasses generates them.
/// </summary>
public abstract class PyDataclass : PyObject
{
    private static readonly ConcurrentDictionary<Type, MemberInfo[]> FieldCache = new();

    /// <summary><c>@dataclass(order=True)</c>.</summary>
    protected virtual bool DataclassOrder => false;

    /// <summary><c>@dataclass(frozen=True)</c>: hashable, attribute assignment raises FrozenInstanceError.</summary>
    protected virtual bool DataclassFrozen => false;

    /// <summary><c>@dataclass(eq=False)</c> overrides this: == is identity and the hash is object's.</summary>
    protected virtual bool DataclassEq => true;

    internal bool IsFrozen => DataclassFrozen;

    private static readonly ConcurrentDictionary<Type, bool> AbstractRootCache = new();

    protected PyDataclass()
    {
        if (AbstractRootCache.GetOrAdd(GetType(), static t => Root(t).IsDefined(typeof(AbstractBaseClassAttribute), inherit: false)))
            AbcModule.RefuseAbstract(this);
    }

    /// <summary>The class of the chain declared directly on PyDataclass.</summary>
    private static Type Root(Type t)
    {
        while (t.BaseType is { } b && b != typeof(PyDataclass)) t = b;
        return t;
    }

    private static readonly ConcurrentDictionary<Type, bool> BehavesCache = new();

    /// <summary>Whether instances of <paramref name="type"/> behave as a dataclass's: not a plain class that is only
    /// declared on PyDataclass because a dataclass derives from it (<see cref="NotADataclassAttribute"/>).</summary>
    internal static bool Behaves(Type type) => BehavesCache.GetOrAdd(type, static t => !t.IsDefined(typeof(NotADataclassAttribute), inherit: false));

    private bool IsDataclassInstance => Behaves(GetType());

    /// <summary>The dataclass fields, in order (attributes set elsewhere, such as in __post_init__, are not fields).</summary>
    internal static MemberInfo[] Fields(Type type) => FieldCache.GetOrAdd(type, t =>
    {
        var chain = new List<Type>();
        // A plain base's attributes are no fields: only the dataclasses of the chain declare them.
        for (var c = t; c is not null && c != typeof(PyDataclass); c = c.BaseType)
            if (Behaves(c)) chain.Insert(0, c);
        return chain.SelectMany(c => c.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                // A translated field is a C# field; a public property is a @property, never a dataclass field.
                .Where(m => m is FieldInfo && Options(m).IsField)
                .OrderBy(m => m.MetadataToken))
            .ToArray();
    });

    internal static DataclassFieldAttribute Options(MemberInfo m) => m.GetCustomAttribute<DataclassFieldAttribute>() ?? DataclassFieldAttribute.Plain;

    private PyTuple ValuesOf(Func<DataclassFieldAttribute, bool> which) =>
        new(Fields(GetType()).Where(m => which(Options(m))).Select(ValueOf).ToArray());

    private object? ValueOf(MemberInfo m) => m is FieldInfo f ? f.GetValue(this) : ((PropertyInfo)m).GetValue(this);

    internal PyTuple FieldValues() => ValuesOf(_ => true);

    /// <summary>What ==, ordering and hashing compare: the fields without <c>compare=False</c>.</summary>
    private PyTuple CompareValues() => ValuesOf(o => o.Compare);

    /// <summary>CPython's repr names the class by its <c>__qualname__</c> (<c>main.&lt;locals&gt;.Line</c>, <c>Outer.Inner</c>).</summary>
    public override string __repr__() => !IsDataclassInstance ? base.__repr__() :
        $"{GetType().GetCustomAttribute<PyQualNameAttribute>(inherit: false)?.QualName ?? Builtins.type_name(this)}({string.Join(", ", Fields(GetType()).Where(m => Options(m).Repr).Select(m => $"{m.Name}={Builtins.repr(ValueOf(m))}"))})";

    public object? __eq__(object? other) =>
        !DataclassEq || !IsDataclassInstance ? (ReferenceEquals(this, other) ? true : Builtins.NotImplemented)
        : other is not null && other.GetType() == GetType() ? Py.Eq(CompareValues(), ((PyDataclass)other).CompareValues()) : Builtins.NotImplemented;

    public object? __lt__(object? other) => Ordered(other, Py.Lt);
    public object? __le__(object? other) => Ordered(other, Py.Le);
    public object? __gt__(object? other) => Ordered(other, Py.Gt);
    public object? __ge__(object? other) => Ordered(other, Py.Ge);

    private object? Ordered(object? other, Func<object?, object?, bool> op) =>
        DataclassOrder && IsDataclassInstance && other is not null && other.GetType() == GetType() ? op(CompareValues(), ((PyDataclass)other).CompareValues()) : Builtins.NotImplemented;

    public long __hash__() =>
        !DataclassEq || !IsDataclassInstance ? System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this)
        : DataclassFrozen ? CompareValues().PythonHash() : throw new TypeError($"unhashable type: '{Builtins.type_name(this)}'");
}

/// <summary>A plain class declared on <see cref="PyDataclass"/> only because a dataclass derives from it
/// (<c>class Shape(ABC)</c> under <c>@dataclass class Circle(Shape)</c>): its instances have object's repr, equality
/// and hash, and its attributes are not dataclass fields.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class NotADataclassAttribute : Attribute;

/// <summary>
/// <c>field(compare=False, repr=False, init=False)</c> on a translated dataclass field; with
/// <see cref="IsField"/> false, an attribute the class sets that is not a dataclass field (one
/// assigned in <c>__post_init__</c>): repr, ==, asdict and replace leave it out.
/// </summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
public sealed class DataclassFieldAttribute : Attribute
{
    internal static readonly DataclassFieldAttribute Plain = new();

    public bool IsField { get; init; } = true;
    public bool Compare { get; init; } = true;
    public bool Repr { get; init; } = true;
    public bool Init { get; init; } = true;
}

/// <summary>Python's <c>dataclasses</c> module helpers.</summary>
[PyModule("dataclasses")]
public static class dataclasses
{
    /// <summary><c>dataclasses.FrozenInstanceError</c>: raised by a store into a frozen dataclass.</summary>
    public class FrozenInstanceError : AttributeError
    {
        public FrozenInstanceError(params object?[] args) : base(args) { }
        public override string PythonTypeName => "dataclasses.FrozenInstanceError";
    }

    /// <summary><c>asdict(obj)</c> of a value not known statically: CPython's TypeError when it is not a dataclass.</summary>
    public static PyDict<string, object?> asdict(object? obj) =>
        obj is PyDataclass d && PyDataclass.Behaves(d.GetType()) ? asdict(d) : throw new TypeError("asdict() should be called on dataclass instances");

    public static PyTuple astuple(object? obj) =>
        obj is PyDataclass d && PyDataclass.Behaves(d.GetType()) ? astuple(d) : throw new TypeError("astuple() should be called on dataclass instances");

    public static object replace(object? obj, params KeywordArgument[] changes) =>
        obj is PyDataclass d && PyDataclass.Behaves(d.GetType()) ? replace(d, changes) : throw new TypeError("replace() should be called on dataclass instances");

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

    /// <summary><c>dataclasses.replace(obj, **changes)</c>: a copy built with the class's constructor
    /// (from the fields it takes; an <c>init=False</c> field cannot be changed, as in CPython).</summary>
    public static object replace(PyDataclass obj, params KeywordArgument[] changes)
    {
        var fields = PyDataclass.Fields(obj.GetType());
        var values = obj.FieldValues().Items.ToArray();
        foreach (var change in changes)
        {
            int i = Array.FindIndex(fields, f => f.Name == change.Name);
            if (i < 0) throw new TypeError($"{Builtins.type_name(obj)}.__init__() got an unexpected keyword argument '{change.Name}'");
            if (!PyDataclass.Options(fields[i]).Init)
                throw new ValueError($"field {change.Name} is declared with init=False, it cannot be specified with replace()");
            values[i] = change.Value;
        }
        return Py.Call(obj.GetType(), fields.Select((f, i) => (f, i)).Where(p => PyDataclass.Options(p.f).Init).Select(p => values[p.i]).ToArray())!;
    }
}
