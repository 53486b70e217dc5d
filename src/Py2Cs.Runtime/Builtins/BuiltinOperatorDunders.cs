namespace Py2Cs.Runtime;

/// <summary>
/// The operator methods of builtin values called by name, <c>(-17).__floordiv__(5)</c> or
/// <c>s.__len__()</c>: a builtin value has no C# method of that name, so each is the operator it
/// stands for. Unlike the operator, a binary method of an int or float returns NotImplemented for an
/// operand of another kind (CPython's <c>(1).__add__(Fraction(1))</c>) instead of trying the reflected one.
/// </summary>
static class BuiltinOperatorDunders
{
    static readonly Dictionary<string, Func<object?, object?, object?>> Binary = new()
    {
        ["__add__"] = Py.Add, ["__sub__"] = Py.Sub, ["__mul__"] = Py.Mul, ["__truediv__"] = Py.TrueDiv,
        ["__floordiv__"] = Py.FloorDiv, ["__mod__"] = Py.Mod, ["__pow__"] = Py.Pow, ["__lshift__"] = Py.LShift,
        ["__rshift__"] = Py.RShift, ["__and__"] = Py.BitAnd, ["__or__"] = Py.BitOr, ["__xor__"] = Py.BitXor,
        ["__radd__"] = (a, b) => Py.Add(b, a), ["__rsub__"] = (a, b) => Py.Sub(b, a), ["__rmul__"] = (a, b) => Py.Mul(b, a),
        ["__rtruediv__"] = (a, b) => Py.TrueDiv(b, a), ["__rfloordiv__"] = (a, b) => Py.FloorDiv(b, a),
        ["__rmod__"] = (a, b) => Py.Mod(b, a), ["__rpow__"] = (a, b) => Py.Pow(b, a),
        ["__eq__"] = (a, b) => Py.Eq(a, b), ["__ne__"] = (a, b) => Py.Ne(a, b), ["__lt__"] = (a, b) => Py.Lt(a, b),
        ["__le__"] = (a, b) => Py.Le(a, b), ["__gt__"] = (a, b) => Py.Gt(a, b), ["__ge__"] = (a, b) => Py.Ge(a, b),
        ["__contains__"] = (a, b) => Py.Contains(a, b), ["__getitem__"] = Py.GetItem,
    };

    static readonly Dictionary<string, Func<object?, object?>> Unary = new()
    {
        ["__neg__"] = Py.Neg, ["__pos__"] = Py.Pos, ["__invert__"] = Py.Invert, ["__abs__"] = x => Builtins.abs(x),
        ["__str__"] = x => Builtins.str(x), ["__repr__"] = x => Builtins.repr(x), ["__hash__"] = x => Builtins.hash(x),
        ["__bool__"] = x => Py.Truthy(x), ["__len__"] = x => Builtins.len(x),
    };

    public static bool Has(string name) => Binary.ContainsKey(name) || Unary.ContainsKey(name);

    /// <summary>Calls the operator method <paramref name="name"/> of a builtin value; false when it is not one.</summary>
    public static bool TryCall(object receiver, string name, object?[] args, out object? result)
    {
        result = null;
        if (args.Length == 0 && Unary.TryGetValue(name, out var unary)) { result = unary(receiver); return true; }
        if (args.Length != 1 || !Binary.TryGetValue(name, out var binary)) return false;
        bool arithmetic = name is not ("__eq__" or "__ne__" or "__lt__" or "__le__" or "__gt__" or "__ge__" or "__contains__" or "__getitem__");
        if (arithmetic && Py.IsNumber(receiver) && !Py.IsNumber(args[0])) { result = Builtins.NotImplemented; return true; }
        result = binary(receiver, args[0]);
        return true;
    }
}
