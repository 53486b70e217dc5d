using Py2Cs.Runtime;
using static Py2Cs.Runtime.Builtins;

namespace Py2Cs.Runtime.Tests.Builtins;

/// <summary>The object protocol as translated classes use it: attributes that do not exist yet, class
/// attributes set on a class value, __getattr__, __slots__, constructors called through a class value,
/// object.__init_subclass__, reversed(). Messages and values recorded from CPython 3.11.</summary>
public class ObjectProtocolTests
{
    public class Crawler : PyObject
    {
        public object? fetched = Unassigned.Value;
        public long pages = 0;
    }

    public class Sensor : PyObject { }
    public class Thermo : Sensor { }

    public class Settings : PyObject
    {
        public object? __getattr__(object? name) => (string)name! == "interval" ? 5L : throw new AttributeError($"no setting '{name}'");
    }

    public class Point : PyObject
    {
        public static PyTuple __slots__ = new("x", "y");
        public long x = 1;
    }

    public class Job : PyObject
    {
        public string name;
        public PyDict<string, object?> options;
        public Job(string name, [PyVarKeywords] PyDict<string, object?> options) { this.name = name; this.options = options; }
    }

    public class Money : PyObject
    {
        public long cents;
        public Money(long cents) => this.cents = cents;
        public virtual bool __eq__(object? other) => other is Money m && m.cents == cents;
    }

    public class Coin : Money
    {
        public Coin(long cents) : base(cents) { }
        public virtual long __hash__() => cents;
    }

    public class Token : Coin
    {
        public Token() : base(0) { }
        public override bool __eq__(object? other) => ReferenceEquals(this, other);
    }

    [Fact]
    public void A_class_defining_eq_without_hash_is_unhashable_until_a_subclass_defines_hash()
    {
        // CPython: class Money defines __eq__ only, so Money.__hash__ is None; Coin defines __hash__;
        // Token overrides __eq__ alone, so its __hash__ is None again.
        var e = Assert.Throws<TypeError>(() => hash(new Money(5)));
        Assert.Equal("unhashable type: 'Money'", e.Message);
        Assert.Throws<TypeError>(() => new PySet<object?> { new Money(1) });
        Assert.Equal(7L, hash(new Coin(7)));
        Assert.Equal(1L, len(new PySet<object?> { new Coin(3), new Coin(3) }));
        Assert.Equal("unhashable type: 'Token'", Assert.Throws<TypeError>(() => hash(new Token())).Message);
        Assert.True(Py.Eq(new Money(2), new Money(2)));
    }

    [Fact]
    public void An_attribute_not_assigned_yet_is_missing_until_the_program_sets_it()
    {
        var c = new Crawler();
        Assert.Equal("none", getattr(c, "fetched", "none"));
        Assert.False(hasattr(c, "fetched"));
        Assert.Equal("{'pages': 0}", repr(vars(c)));
        var e = Assert.Throws<AttributeError>(() => Py.GetAttr(c, "fetched"));
        Assert.Equal("'Crawler' object has no attribute 'fetched'", e.Message);
        Py.SetAttr(c, "fetched", new PyDict<string, long>());
        Assert.True(hasattr(c, "fetched"));
    }

    [Fact]
    public void A_class_attribute_set_on_a_subclass_value_is_seen_by_its_instances_only()
    {
        Py.SetAttr(typeof(Thermo), "unit", "C");
        Assert.Equal("C", Py.GetAttr(new Thermo(), "unit"));
        Assert.Equal("C", Py.GetAttr(typeof(Thermo), "unit"));
        Assert.False(hasattr(new Sensor(), "unit"));
    }

    [Fact]
    public void Getattr_is_the_last_resort()
    {
        Assert.Equal(5L, Py.GetAttr(new Settings(), "interval"));
        Assert.Equal("no setting 'colour'", Assert.Throws<AttributeError>(() => Py.GetAttr(new Settings(), "colour")).Message);
    }

    [Fact]
    public void Slots_refuse_a_new_attribute()
    {
        var p = new Point();
        Py.SetAttr(p, "x", 6L);
        Assert.Equal(6L, p.x);
        Assert.Equal("'Point' object has no attribute 'z'", Assert.Throws<AttributeError>(() => Py.SetAttr(p, "z", 3L)).Message);
    }

    [Fact]
    public void A_class_value_called_with_keywords_gives_the_rest_to_its_kwargs()
    {
        var job = (Job)Py.Call(typeof(Job), "unit", Py.Kw("total", 42L), Py.Kw("seconds", 0.06))!;
        Assert.Equal("unit", job.name);
        Assert.Equal("{'total': 42, 'seconds': 0.06}", repr(job.options));
    }

    [Fact]
    public void Object_init_subclass_takes_nothing_but_the_class()
    {
        Assert.Null(Py.ObjectInitSubclass(typeof(Thermo)));
        Assert.Equal("Thermo.__init_subclass__() takes no keyword arguments",
            Assert.Throws<TypeError>(() => Py.ObjectInitSubclass(typeof(Thermo), Py.Kw("x", 1L))).Message);
        Assert.Equal("Thermo.__init_subclass__() takes no arguments (1 given)",
            Assert.Throws<TypeError>(() => Py.ObjectInitSubclass(typeof(Thermo), 1L)).Message);
    }

    [Fact]
    public void Reversed_is_a_one_shot_iterator()
    {
        var it = reversed(new PyList<long>([1, 2, 3]));
        Assert.Equal(3L, next(it));
        Assert.Equal("[2, 1]", repr(list(it)));
        Assert.Equal("[]", repr(list(it)));
        Assert.StartsWith("<list_reverseiterator object at", repr(it));
    }

    [Fact]
    public void A_subscripted_builtin_type_prints_as_written()
    {
        var alias = Py.GetItem(typeof(PyDict<,>), (typeof(string), Py.GetItem(typeof(PyList<>), typeof(long))));
        Assert.Equal("dict[str, list[int]]", repr(alias));
    }
}
