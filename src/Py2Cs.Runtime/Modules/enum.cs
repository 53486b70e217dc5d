using System.Runtime.CompilerServices;

namespace Py2Cs.Runtime;

/// <summary>
/// Base of translated <c>enum.Enum</c> classes. Members are static readonly fields created with the
/// member's name and value:
/// <code>sealed class State : PyEnum&lt;State&gt; { public static readonly State NEW = new("NEW", "new"); State(string n, object? v) : base(n, v) { } }</code>
/// </summary>
public abstract class PyEnum : PyObject
{
    protected PyEnum(string name, object? value)
    {
        this.name = name;
        this.value = value;
    }

#pragma warning disable IDE1006 // Python's attribute names
    public string name { get; }
    public object? value { get; }
#pragma warning restore IDE1006

    public override string __repr__() => $"<{Builtins.type_name(this)}.{name}: {Builtins.repr(value)}>";
    public override string __str__() => $"{Builtins.type_name(this)}.{name}";
    public virtual string __format__(string spec) => Builtins.format(__str__(), spec);
}

/// <summary>The member registry of one enum class: <c>State("new")</c>, <c>State["NEW"]</c>, <c>list(State)</c>.</summary>
public abstract class PyEnum<TSelf> : PyEnum where TSelf : PyEnum<TSelf>
{
    private static readonly List<TSelf> Registered = [];

    protected PyEnum(string name, object? value) : base(name, value)
    {
        lock (Registered) Registered.Add((TSelf)this);
    }

    private static List<TSelf> All()
    {
        // Members live in the derived class's static fields; make sure they exist.
        RuntimeHelpers.RunClassConstructor(typeof(TSelf).TypeHandle);
        return Registered;
    }

    /// <summary><c>list(State)</c>: members in definition order.</summary>
    public static PyList<TSelf> Members() => new(All());

    /// <summary><c>State(value)</c>.</summary>
    public static TSelf FromValue(object? value) =>
        All().FirstOrDefault(m => Py.Eq(m.value, value))
        ?? throw new ValueError($"{Builtins.repr(value)} is not a valid {typeof(TSelf).Name}");

    /// <summary><c>State["NEW"]</c>.</summary>
    public static TSelf FromName(string name) => All().FirstOrDefault(m => m.name == name) ?? throw new KeyError(name);
}

/// <summary>Base of translated <c>enum.IntEnum</c> classes: members are ints too (str, comparisons, arithmetic).</summary>
public abstract class PyIntEnum<TSelf> : PyEnum<TSelf> where TSelf : PyIntEnum<TSelf>
{
    protected PyIntEnum(string name, long value) : base(name, value) => Int = value;

    public long Int { get; }

    public override string __str__() => Int.ToString(System.Globalization.CultureInfo.InvariantCulture);
    public override string __format__(string spec) => Builtins.format(Int, spec);
    public long __int__() => Int;
    public long __index__() => Int;
    public long __hash__() => Py.Hash(Int);
    public bool __eq__(object? other) => other is PyIntEnum<TSelf> e ? e.Int == Int : Py.IsNumber(other) && Py.Eq(Int, other);
    public object? __lt__(object? other) => Compare(other, Py.Lt);
    public object? __le__(object? other) => Compare(other, Py.Le);
    public object? __gt__(object? other) => Compare(other, Py.Gt);
    public object? __ge__(object? other) => Compare(other, Py.Ge);
    public object? __add__(object? other) => Py.Add(Int, Unwrap(other));
    public object? __radd__(object? other) => Py.Add(Unwrap(other), Int);
    public object? __sub__(object? other) => Py.Sub(Int, Unwrap(other));
    public object? __rsub__(object? other) => Py.Sub(Unwrap(other), Int);
    public object? __mul__(object? other) => Py.Mul(Int, Unwrap(other));
    public object? __rmul__(object? other) => Py.Mul(Unwrap(other), Int);

    private static object? Unwrap(object? value) => value is PyIntEnum<TSelf> e ? e.Int : value;

    private object? Compare(object? other, Func<object?, object?, bool> op) =>
        other is PyIntEnum<TSelf> || Py.IsNumber(other) ? op(Int, Unwrap(other)) : Builtins.NotImplemented;

    public static implicit operator long(PyIntEnum<TSelf> member) => member.Int;
}
