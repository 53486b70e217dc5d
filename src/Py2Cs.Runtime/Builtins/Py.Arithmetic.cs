using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Py2Cs.Runtime;

/// <summary>Binary and unary operators with Python semantics for <c>object?</c> operands.</summary>
public static partial class Py
{
    /// <summary>Both operands as longs, for the fast paths: a Python int is a long, and so is an int literal that
    /// C# boxed as an int where generated code passes it as an object (<c>Py.Mod(x, 7)</c>), which would
    /// otherwise take the big-integer path on every call.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool Longs(object? a, object? b, out long x, out long y)
    {
        switch (a)
        {
            case long l: x = l; break;
            case int i: x = i; break;
            default: x = y = 0; return false;
        }
        switch (b)
        {
            case long l: y = l; return true;
            case int i: y = i; return true;
            default: y = 0; return false;
        }
    }

    public static object? Add(object? a, object? b)
    {
        if (Longs(a, b, out long x, out long y))
        {
            long r = unchecked(x + y);
            return ((x ^ r) & (y ^ r)) < 0 ? (object)((BigInteger)x + y) : BoxInt(r);
        }
        if (IsNumber(a) && IsNumber(b)) return Numeric(a, b, (p, q) => p + q, (p, q) => p + q);
        switch (a)
        {
            case string s when b is string t: return s + t;
            case string when b is not PyObject: throw new TypeError($"can only concatenate str (not \"{Builtins.type_name(b)}\") to str");
            // A named tuple adds as the tuple it is, unless its class defines __add__.
            case PyTuple or System.Runtime.CompilerServices.ITuple or PyNamedTuple when a is not PyObject && b is not PyObject
                && !(a is PyNamedTuple && Dunder.Has(a, "__add__", 1)):
                if (AsTupleItems(a) is { } left && AsTupleItems(b) is { } right) return new PyTuple([.. left, .. right]);
                throw new TypeError($"can only concatenate tuple (not \"{Builtins.type_name(b)}\") to tuple");
            case IPyList list when b is not PyObject: return list.Concat(b);
        }
        // str + obj: str does not add it, so only obj.__radd__ can; failing that, str's own message.
        if (a is string)
            return Dunder.TryCall(b!, "__radd__", out object? reflected, a) && reflected != Builtins.NotImplemented ? reflected
                : throw new TypeError($"can only concatenate str (not \"{Builtins.type_name(b)}\") to str");
        return Binary(a, b, "__add__", "__radd__", "+");
    }

    public static object? Sub(object? a, object? b)
    {
        if (Longs(a, b, out long x, out long y))
        {
            long r = unchecked(x - y);
            return ((x ^ y) & (x ^ r)) < 0 ? (object)((BigInteger)x - y) : BoxInt(r);
        }
        if (IsNumber(a) && IsNumber(b)) return Numeric(a, b, (p, q) => p - q, (p, q) => p - q);
        if (SetOperands(ref a, ref b) is { } s) return s.Difference(b);
        return Binary(a, b, "__sub__", "__rsub__", "-");
    }

    public static object? Mul(object? a, object? b)
    {
        if (Longs(a, b, out long x, out long y))
        {
            long r;
            try { r = checked(x * y); } catch (OverflowException) { return (BigInteger)x * y; }
            return BoxInt(r);
        }
        if (IsNumber(a) && IsNumber(b)) return Numeric(a, b, (p, q) => p * q, (p, q) => p * q);
        if (IsInt(b) && a is string or IPyList or PyTuple or System.Runtime.CompilerServices.ITuple && a is not PyObject) return Repeat(a, b);
        if (IsInt(a) && b is string or IPyList or PyTuple or System.Runtime.CompilerServices.ITuple && b is not PyObject) return Repeat(b, a);
        if (a is string or IPyList or PyTuple && b is not PyObject)
            throw new TypeError($"can't multiply sequence by non-int of type '{Builtins.type_name(b)}'");
        if (b is string or IPyList or PyTuple && a is not PyObject)
            throw new TypeError($"can't multiply sequence by non-int of type '{Builtins.type_name(a)}'");
        return Binary(a, b, "__mul__", "__rmul__", "*");
    }

    private static object Repeat(object? sequence, object? count)
    {
        long n = TryLong(count, out long c) ? c : throw new OverflowError("cannot fit 'int' into an index-sized integer");
        return sequence switch
        {
            string s => StrMethods.Repeat(s, n),
            IPyList list => list.Repeat(n),
            PyTuple t => t * n,
            System.Runtime.CompilerServices.ITuple t => PyTuple.From(t) * n,
            _ => throw new TypeError("unsupported repeat"),
        };
    }

    public static object? TrueDiv(object? a, object? b)
    {
        if (IsNumber(a) && IsNumber(b))
        {
            if (IsInt(a) && IsInt(b))
            {
                if (TryLong(a, out long x) && TryLong(b, out long y)) return TrueDiv(x, y);
                BigInteger bx = ToBig(a), by = ToBig(b);
                if (by.IsZero) throw new ZeroDivisionError("division by zero");
                return BigTrueDiv(bx, by);
            }
            double dy = ToDouble(b);
            if (dy == 0) throw new ZeroDivisionError("float division by zero");
            return ToDouble(a) / dy;
        }
        return Binary(a, b, "__truediv__", "__rtruediv__", "/");
    }

    /// <summary>Correctly rounded int / int, as CPython computes it for ints of any size.</summary>
    private static double BigTrueDiv(BigInteger x, BigInteger y)
    {
        if (BigInteger.Abs(x) < (BigInteger.One << 53) && BigInteger.Abs(y) < (BigInteger.One << 53))
            return (double)x / (double)y;
        bool negative = (x.Sign < 0) != (y.Sign < 0);
        BigInteger a = BigInteger.Abs(x), b = BigInteger.Abs(y);
        int shift = 56 - (int)(a.GetBitLength() - b.GetBitLength());
        if (shift > 0) a <<= shift; else b <<= -shift;
        BigInteger q = BigInteger.DivRem(a, b, out BigInteger r);
        q = (q << 1) | (r.IsZero ? BigInteger.Zero : BigInteger.One);   // sticky bit for correct rounding
        double result;
        try { result = Math.ScaleB(BigToDouble(q), -(shift + 1)); }
        catch (OverflowError) { result = double.PositiveInfinity; }
        if (double.IsInfinity(result)) throw new OverflowError("integer division result too large for a float");
        return negative ? -result : result;
    }

    public static object? FloorDiv(object? a, object? b)
    {
        if (Longs(a, b, out long x, out long y) && !(x == long.MinValue && y == -1)) return BoxInt(FloorDiv(x, y));
        if (IsNumber(a) && IsNumber(b))
        {
            if (IsInt(a) && IsInt(b))
            {
                BigInteger by = ToBig(b);
                if (by.IsZero) throw new ZeroDivisionError("integer division or modulo by zero");
                return Int(BigFloorDivMod(ToBig(a), by).Quotient);
            }
            return FloorDiv(ToDouble(a), ToDouble(b));
        }
        return Binary(a, b, "__floordiv__", "__rfloordiv__", "//");
    }

    public static object? Mod(object? a, object? b)
    {
        if (Longs(a, b, out long x, out long y) && y != -1) return BoxInt(Mod(x, y));
        if (IsNumber(a) && IsNumber(b))
        {
            if (IsInt(a) && IsInt(b))
            {
                BigInteger by = ToBig(b);
                if (by.IsZero) throw new ZeroDivisionError("integer modulo by zero");
                return Int(BigFloorDivMod(ToBig(a), by).Remainder);
            }
            return Mod(ToDouble(a), ToDouble(b));
        }
        if (a is string format) return PercentFormat(format, b);
        if (a is PyBytesLike bytesFormat) return PercentFormat(bytesFormat, b);
        return Binary(a, b, "__mod__", "__rmod__", "%");
    }

    public static object? Pow(object? a, object? b)
    {
        if (IsNumber(a) && IsNumber(b))
        {
            if (IsInt(a) && IsInt(b))
            {
                BigInteger exponent = ToBig(b);
                BigInteger baseValue = ToBig(a);
                if (exponent.Sign < 0)
                {
                    if (baseValue.IsZero) throw new ZeroDivisionError("0.0 cannot be raised to a negative power");
                    return Pow(ToDouble(a), ToDouble(b));
                }
                if (exponent > int.MaxValue) throw new OverflowError("exponent too large");
                return Int(BigInteger.Pow(baseValue, (int)exponent));
            }
            return Pow(ToDouble(a), ToDouble(b));
        }
        return Binary(a, b, "__pow__", "__rpow__", "** or pow()");
    }

    public static object? LShift(object? a, object? b)
    {
        if (IsInt(a) && IsInt(b))
        {
            BigInteger count = ToBig(b);
            if (count.Sign < 0) throw new ValueError("negative shift count");
            return Int(ToBig(a) << (int)count);
        }
        return Binary(a, b, "__lshift__", "__rlshift__", "<<");
    }

    public static object? RShift(object? a, object? b)
    {
        if (IsInt(a) && IsInt(b))
        {
            BigInteger count = ToBig(b);
            if (count.Sign < 0) throw new ValueError("negative shift count");
            return Int(ToBig(a) >> (int)BigInteger.Min(count, int.MaxValue));
        }
        return Binary(a, b, "__rshift__", "__rrshift__", ">>");
    }

    /// <summary>The set a set operator works on: a set, or a dict view read as a set (either side, as the
    /// views' reflected operators do), when the other operand is no program object with its own operator.</summary>
    private static IPySet? SetOperands(ref object? a, ref object? b)
    {
        if (b is PyObject) return null;
        if (a is IPyDictView view)
        {
            // A view takes any iterable on its other side (d.keys() - ["a"]), where a set takes only sets.
            a = view.AsSet();
            if (b is IPyDictView right) b = right.AsSet();
            else if (b is not IPySet) b = new PySet<object?>(Iter(b));
        }
        else if (a is IPySet && b is IPyDictView other) b = other.AsSet();
        return a as IPySet;
    }

    public static object? BitAnd(object? a, object? b)
    {
        if (a is bool p && b is bool q) return p & q;
        if (IsInt(a) && IsInt(b)) return Int(ToBig(a) & ToBig(b));
        if (SetOperands(ref a, ref b) is { } s) return s.Intersection(b);
        return Binary(a, b, "__and__", "__rand__", "&");
    }

    public static object? BitOr(object? a, object? b)
    {
        if (a is bool p && b is bool q) return p | q;
        if (IsInt(a) && IsInt(b)) return Int(ToBig(a) | ToBig(b));
        if (SetOperands(ref a, ref b) is { } s) return s.Union(b);
        // A Counter's | is its own (the larger count of each), not the dict merge it would inherit.
        if (a is IPyDict d && b is IPyDict && !(a is ICounter && b is ICounter)) return d.Merge(b);
        return Binary(a, b, "__or__", "__ror__", "|");
    }

    public static object? BitXor(object? a, object? b)
    {
        if (a is bool p && b is bool q) return p ^ q;
        if (IsInt(a) && IsInt(b)) return Int(ToBig(a) ^ ToBig(b));
        if (SetOperands(ref a, ref b) is { } s) return s.SymmetricDifference(b);
        return Binary(a, b, "__xor__", "__rxor__", "^");
    }

    public static object? MatMul(object? a, object? b) => Binary(a, b, "__matmul__", "__rmatmul__", "@");

    public static object? Neg(object? a)
    {
        if (a is long x && x != long.MinValue) return -x;
        if (IsInt(a)) return Int(-ToBig(a));
        if (IsFloat(a)) return -ToDouble(a);
        return Unary(a, "__neg__", "-");
    }

    public static object? Pos(object? a)
    {
        if (a is bool b) return b ? 1L : 0L;
        if (IsInt(a)) return Int(ToBig(a));
        if (IsFloat(a)) return ToDouble(a);
        return Unary(a, "__pos__", "+");
    }

    public static object? Invert(object? a)
    {
        if (IsInt(a)) return Int(-ToBig(a) - 1);
        return Unary(a, "__invert__", "~");
    }

    public static bool Not(object? a) => !Truthy(a);

    private static object Numeric(object? a, object? b, Func<BigInteger, BigInteger, BigInteger> onInts, Func<double, double, double> onFloats)
    {
        if (IsFloat(a) || IsFloat(b)) return onFloats(ToDouble(a), ToDouble(b));
        return Int(onInts(ToBig(a), ToBig(b)));
    }

    private static object? Binary(object? a, object? b, string name, string reflected, string symbol)
    {
        if (a is not null && Dunder.TryCall(a, name, out object? result, b) && result != Builtins.NotImplemented) return result;
        if (b is not null && Dunder.TryCall(b, reflected, out result, a) && result != Builtins.NotImplemented) return result;
        if (TryOperator(a, b, symbol, out result)) return result;
        throw new TypeError($"unsupported operand type(s) for {symbol}: '{Builtins.type_name(a)}' and '{Builtins.type_name(b)}'");
    }

    private static readonly Dictionary<string, string> OperatorMethods = new()
    {
        ["+"] = "op_Addition", ["-"] = "op_Subtraction", ["*"] = "op_Multiply", ["/"] = "op_Division",
        ["%"] = "op_Modulus", ["&"] = "op_BitwiseAnd", ["|"] = "op_BitwiseOr", ["^"] = "op_ExclusiveOr",
        ["<<"] = "op_LeftShift", [">>"] = "op_RightShift",
    };

    /// <summary>A runtime class's C# operator is its Python operator (<c>Counter + Counter</c>): typed code
    /// calls it directly, dynamic code reaches it here.</summary>
    private static bool TryOperator(object? a, object? b, string symbol, out object? result)
    {
        result = null;
        if (a is null || b is null || !OperatorMethods.TryGetValue(symbol, out var name)) return false;
        foreach (var type in new[] { a.GetType(), b.GetType() }.Distinct())
        {
            // FlattenHierarchy: a program's subclass of Counter adds with Counter's operator, as CPython's does.
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy).Where(m => m.Name == name && m.GetParameters().Length == 2))
            {
                var parameters = method.GetParameters();
                if (parameters[0].ParameterType.IsInstanceOfType(a) && parameters[1].ParameterType.IsInstanceOfType(b))
                {
                    result = Dunder.Invoke(method, null, [a, b]);
                    return true;
                }
            }
        }
        return false;
    }

    private static object? Unary(object? a, string name, string symbol)
    {
        if (a is not null && Dunder.TryCall(a, name, out object? result)) return result;
        throw new TypeError($"bad operand type for unary {symbol}: '{Builtins.type_name(a)}'");
    }

    // Typed fast paths for code whose operand types are known.

    // The throws live in helpers so that these fast paths inline; with a constant divisor the JIT
    // then folds the zero test and turns % into a multiply.

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long FloorDiv(long a, long b)
    {
        if (b == 0) ThrowZeroDivision("integer division or modulo by zero");
        long q = a / b;
        if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
        return q;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Mod(long a, long b)
    {
        if (b == 0) ThrowZeroDivision("integer modulo by zero");
        if (b == -1) return 0;              // long.MinValue % -1 would overflow; Python gives 0
        long r = a % b;
        if (r != 0 && ((r ^ b) < 0)) r += b;   // the remainder takes the divisor's sign
        return r;
    }

    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    static void ThrowZeroDivision(string message) => throw new ZeroDivisionError(message);

    public static double TrueDiv(long a, long b)
    {
        if (b == 0) throw new ZeroDivisionError("division by zero");
        if (a > -(1L << 53) && a < (1L << 53) && b > -(1L << 53) && b < (1L << 53)) return (double)a / b;
        return BigTrueDiv(a, b);
    }

    public static double TrueDiv(double a, double b)
    {
        if (b == 0) throw new ZeroDivisionError("float division by zero");
        return a / b;
    }

    /// <summary>Python's int ** int for non-negative exponents, checked against long overflow.</summary>
    public static long Pow(long a, long b)
    {
        if (b < 0) throw new ValueError("negative exponent in an int-typed power; use Pow(object?, object?)");
        long result = 1;
        checked
        {
            while (b > 0)
            {
                if ((b & 1) != 0) result *= a;
                b >>= 1;
                if (b > 0) a *= a;
            }
        }
        return result;
    }

    public static double Pow(double a, double b)
    {
        if (a == 0 && b < 0) throw new ZeroDivisionError("0.0 cannot be raised to a negative power");
        if (a < 0 && b != Math.Floor(b) && double.IsFinite(b))
            throw new ValueError("complex results are not supported");
        double r = Math.Pow(a, b);
        if (double.IsInfinity(r) && double.IsFinite(a) && double.IsFinite(b)) throw new OverflowError("(34, 'Numerical result out of range')");
        return r;
    }

    public static double Mod(double a, double b)
    {
        if (b == 0) throw new ZeroDivisionError("float modulo");
        return FloatDivMod(a, b).Remainder;
    }

    public static double FloorDiv(double a, double b)
    {
        if (b == 0) throw new ZeroDivisionError("float floor division by zero");
        return FloatDivMod(a, b).Quotient;
    }

    /// <summary>CPython's float_divmod: the floor quotient and the remainder with the divisor's sign.</summary>
    internal static (double Quotient, double Remainder) FloatDivMod(double a, double b)
    {
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0)
        {
            if ((b < 0) != (mod < 0)) { mod += b; div -= 1.0; }
        }
        else mod = b < 0 ? -0.0 : 0.0;
        double floordiv;
        if (div != 0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        }
        else floordiv = Math.CopySign(0.0, a / b);
        return (floordiv, mod);
    }

    internal static (BigInteger Quotient, BigInteger Remainder) BigFloorDivMod(BigInteger a, BigInteger b)
    {
        BigInteger q = BigInteger.DivRem(a, b, out BigInteger r);
        if (!r.IsZero && (r.Sign < 0) != (b.Sign < 0)) { q -= 1; r += b; }
        return (q, r);
    }
}
