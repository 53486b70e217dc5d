namespace Py2Cs.Runtime;

/// <summary>
/// Base of a program class deriving from an immutable builtin (<c>class Cents(int)</c>, <c>class Celsius(float)</c>,
/// <c>class Name(str)</c>): a program object holding the builtin value it was built from. Every dunder of the
/// builtin is here, applied to that value, so the instance behaves as the builtin (repr, equality, hashing as dict
/// keys, ordering, formatting, <c>int(x)</c>, json) while the subclass's own methods and overrides win (the emitter
/// hides these by name). Arithmetic the subclass does not override returns the base type, as CPython's does
/// (<c>Cents(3) + Cents(4)</c> is an int); the builtin's methods (<c>x.upper()</c>, <c>x.bit_length()</c>) are found on
/// the value through <see cref="IMixinValue"/>.
/// </summary>
public abstract class PyValueObject : PyObject, IMixinValue
{
    protected PyValueObject(object? value) => BuiltinValue = value;

    /// <summary>The builtin value (long or BigInteger, double, string) the instance is.</summary>
    public object? BuiltinValue { get; }

    object? IMixinValue.MixinValue => BuiltinValue;

    /// <summary>The builtin value of a value-subclass instance, any other value itself.</summary>
    public static object? Unwrap(object? value) => value is PyValueObject o ? o.BuiltinValue : value;

    public override string __repr__() => Builtins.repr(BuiltinValue);
    /// <summary>An empty spec is <c>str(self)</c> (the subclass's __str__), as the builtins' __format__ are.</summary>
    public string __format__(string spec) => spec.Length == 0 ? __str__() : Builtins.format(BuiltinValue, spec);
    public long __hash__() => Py.Hash(BuiltinValue);
    public bool __bool__() => Py.Truthy(BuiltinValue);
    public object? __eq__(object? other) => Py.Eq(BuiltinValue, Unwrap(other));
    public object? __ne__(object? other) => !Py.Eq(BuiltinValue, Unwrap(other));
    public object? __lt__(object? other) => Operate(other, Py.Lt);
    public object? __le__(object? other) => Operate(other, Py.Le);
    public object? __gt__(object? other) => Operate(other, Py.Gt);
    public object? __ge__(object? other) => Operate(other, Py.Ge);
    public object? __add__(object? other) => Operate(other, Py.Add);
    public object? __radd__(object? other) => Reflected(other, Py.Add);
    public object? __mul__(object? other) => Operate(other, Py.Mul);
    public object? __rmul__(object? other) => Reflected(other, Py.Mul);
    public object? __mod__(object? other) => Operate(other, Py.Mod);
    public object? __rmod__(object? other) => Reflected(other, Py.Mod);

    /// <summary>The builtin's operator on the two values; NotImplemented where the builtin has none for the other
    /// operand, so the other side's reflected method is tried and the error names the subclass, as CPython's does.</summary>
    protected object? Operate<T>(object? other, Func<object?, object?, T> operation)
    {
        try { return operation(BuiltinValue, Unwrap(other)); }
        catch (TypeError) { return Builtins.NotImplemented; }
    }

    protected object? Reflected<T>(object? other, Func<object?, object?, T> operation)
    {
        try { return operation(Unwrap(other), BuiltinValue); }
        catch (TypeError) { return Builtins.NotImplemented; }
    }
}

/// <summary>The number dunders int and float share.</summary>
public abstract class PyNumberObject : PyValueObject
{
    protected PyNumberObject(object? value) : base(value) { }

    public object? __sub__(object? other) => Operate(other, Py.Sub);
    public object? __rsub__(object? other) => Reflected(other, Py.Sub);
    public object? __truediv__(object? other) => Operate(other, Py.TrueDiv);
    public object? __rtruediv__(object? other) => Reflected(other, Py.TrueDiv);
    public object? __floordiv__(object? other) => Operate(other, Py.FloorDiv);
    public object? __rfloordiv__(object? other) => Reflected(other, Py.FloorDiv);
    public object? __pow__(object? other) => Operate(other, Py.Pow);
    public object? __rpow__(object? other) => Reflected(other, Py.Pow);
    public object? __neg__() => Py.Neg(BuiltinValue);
    public object? __pos__() => Py.Pos(BuiltinValue);
    public object? __abs__() => Builtins.abs(BuiltinValue);
    public object? __int__() => Builtins.@int(BuiltinValue);
    public double __float__() => Builtins.@float(BuiltinValue);
    public object? __round__() => Builtins.round(BuiltinValue);
    public object? __round__(object? ndigits) => Builtins.round(BuiltinValue, ndigits);
}

/// <summary>Base of <c>class C(int)</c>: <c>C()</c> is 0, <c>C(x)</c> is <c>int(x)</c>.</summary>
public class PyIntObject : PyNumberObject
{
    public PyIntObject() : base(0L) { }

    public PyIntObject(object? source) : base(Builtins.@int(Unwrap(source))) { }

    public object? __index__() => BuiltinValue;
    public object? __and__(object? other) => Operate(other, Py.BitAnd);
    public object? __rand__(object? other) => Reflected(other, Py.BitAnd);
    public object? __or__(object? other) => Operate(other, Py.BitOr);
    public object? __ror__(object? other) => Reflected(other, Py.BitOr);
    public object? __xor__(object? other) => Operate(other, Py.BitXor);
    public object? __rxor__(object? other) => Reflected(other, Py.BitXor);
    public object? __lshift__(object? other) => Operate(other, Py.LShift);
    public object? __rshift__(object? other) => Operate(other, Py.RShift);
    public object? __invert__() => Py.Invert(BuiltinValue);
}

/// <summary>Base of <c>class C(float)</c>: <c>C()</c> is 0.0, <c>C(x)</c> is <c>float(x)</c>.</summary>
public class PyFloatObject : PyNumberObject
{
    public PyFloatObject() : base(0.0) { }

    public PyFloatObject(object? source) : base(Builtins.@float(Unwrap(source))) { }
}

/// <summary>Base of <c>class C(str)</c>: <c>C()</c> is '', <c>C(x)</c> is <c>str(x)</c>; <c>str(c)</c> and print show
/// the text itself (str's own __str__), whatever __repr__ the subclass defines.</summary>
public class PyStrObject : PyValueObject
{
    public PyStrObject() : base("") { }

    public PyStrObject(object? source) : base(Builtins.str(Unwrap(source))) { }

    public string Text => (string)BuiltinValue!;

    public override string __str__() => Text;
    public long __len__() => Py.Len(Text);
    public object? __getitem__(object? index) => Py.GetItem(Text, index);
    public bool __contains__(object? item) => Py.Contains(Text, Unwrap(item));
    public IEnumerable<object?> __iter__() => Py.Iter(Text);
}
