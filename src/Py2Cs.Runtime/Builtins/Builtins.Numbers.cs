using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace Py2Cs.Runtime;

public static partial class Builtins
{
    /// <summary><c>int(x)</c> for any value; the result is long, or BigInteger when it does not fit.</summary>
    public static object @int(object? value) => value switch
    {
        string s => IntFromString(s, 10),
        double d => Py.Int(ToBigTruncated(d)),
        float f => Py.Int(ToBigTruncated(f)),
        bool b => b ? 1L : 0L,
        char c => IntFromString(c.ToString(), 10),
        PyBytesLike bytes => IntFromBytes(bytes),
        _ when Py.IsInt(value) => Py.Int(Py.ToBig(value)),
        PyObject when Dunder.TryCall(value, "__int__", out object? r) => r!,
        PyObject when Dunder.TryCall(value, "__index__", out object? r) => r!,
        _ => throw new TypeError($"int() argument must be a string, a bytes-like object or a real number, not '{type_name(value)}'"),
    };

    /// <summary><c>int(b"42")</c>: the ASCII digits, as from a str; the error shows the bytes' repr.</summary>
    private static object IntFromBytes(PyBytesLike bytes)
    {
        try { return IntFromString(new string(bytes.ToArray().Select(static b => (char)b).ToArray()), 10); }
        catch (ValueError) { throw new ValueError($"invalid literal for int() with base 10: {bytes.__repr__()}"); }
    }

    public static long @int(long value) => value;
    public static long @int(bool value) => value ? 1 : 0;
    public static long @int(double value) => ToLong(ToBigTruncated(value));
    public static long @int(string value) => ToLong(value is null ? @int((object?)null) : IntFromString(value, 10));
    public static object @int(string value, long @base) => IntFromString(value, @base);
    public static object @int() => 0L;

    private static long ToLong(object value) => value is long l ? l : ToLong((BigInteger)value);
    private static long ToLong(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue ? (long)value : throw new OverflowError("Python int too large to convert to C long");

    internal static BigInteger ToBigTruncated(double value)
    {
        if (double.IsNaN(value)) throw new ValueError("cannot convert float NaN to integer");
        if (double.IsInfinity(value)) throw new OverflowError("cannot convert float infinity to integer");
        return new BigInteger(Math.Truncate(value));
    }

    // The literal patterns are built on first use, not in Builtins' type initializer, which every
    // program runs at start-up (a Regex costs milliseconds to construct).
    private static Regex IntLiteral => LiteralPatterns.Int;
    private static Regex FloatLiteral => LiteralPatterns.Float;

    private static class LiteralPatterns
    {
        internal static readonly Regex Int = new(@"^[+-]?(?:[0-9a-zA-Z]+(?:_[0-9a-zA-Z]+)*)$", RegexOptions.CultureInvariant);
        internal static readonly Regex Float = new(@"^[+-]?(?:\d+(?:_\d+)*(?:\.(?:\d+(?:_\d+)*)?)?|\.\d+(?:_\d+)*)(?:[eE][+-]?\d+(?:_\d+)*)?$", RegexOptions.CultureInvariant);
    }

    internal static object IntFromString(string text, long radix)
    {
        string Invalid() => $"invalid literal for int() with base {radix}: {repr(text)}";
        if (radix != 0 && (radix < 2 || radix > 36)) throw new ValueError("int() base must be >= 2 and <= 36, or 0");
        string s = AsciiDigits(text.strip());
        bool negative = false;
        if (s.Length > 0 && s[0] is '+' or '-') { negative = s[0] == '-'; s = s[1..]; }
        long b = radix;
        if (s.Length >= 2 && s[0] == '0' && char.ToLowerInvariant(s[1]) is 'x' or 'o' or 'b')
        {
            long prefixBase = char.ToLowerInvariant(s[1]) switch { 'x' => 16, 'o' => 8, _ => 2 };
            if (radix == 0 || radix == prefixBase)
            {
                b = prefixBase;
                s = s[2..];
                if (s.StartsWith('_')) s = s[1..];
            }
        }
        if (b == 0)
        {
            b = 10;
            if (s.Length > 1 && s.TrimStart('0', '_').Length == 0) s = "0";
            else if (s.Length > 1 && s[0] == '0') throw new ValueError(Invalid());
        }
        if (s.Length == 0 || !IntLiteral.IsMatch(s)) throw new ValueError(Invalid());
        BigInteger result = BigInteger.Zero;
        foreach (char c in s)
        {
            if (c == '_') continue;
            int digit = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetter(c) ? char.ToLowerInvariant(c) - 'a' + 10 : 99;
            if (digit >= b) throw new ValueError(Invalid());
            result = result * b + digit;
        }
        return Py.Int(negative ? -result : result);
    }

    /// <summary>Python accepts any Unicode decimal digit in int() and float().</summary>
    private static string AsciiDigits(string s) =>
        s.All(char.IsAscii) ? s : new string(s.Select(c => char.IsDigit(c) && !char.IsAscii(c) ? (char)('0' + (int)char.GetNumericValue(c)) : c).ToArray());

    /// <summary><c>complex(real, imag)</c>: <c>real + imag*1j</c> for numbers (complex ones too), or a parsed str.</summary>
    public static object complex(object? real = null, object? imag = null)
    {
        if (real is string text)
            return imag is null ? PyComplex.Parse(text) : throw new TypeError("complex() can't take second arg if first is a string");
        if (imag is string) throw new TypeError("complex() second arg can't be a string");
        var r = PyComplex.From(real ?? 0L) ?? throw new TypeError($"complex() first argument must be a string or a number, not '{type_name(real)}'");
        var i = imag is null ? new PyComplex(0, 0) : PyComplex.From(imag) ?? throw new TypeError($"complex() second argument must be a number, not '{type_name(imag)}'");
        return new PyComplex(r.real - i.imag, r.imag + i.real);
    }

    /// <summary><c>float(x)</c>.</summary>
    public static double @float(object? value) => value switch
    {
        null => throw new TypeError("float() argument must be a string or a real number, not 'NoneType'"),
        string s => FloatFromString(s),
        double d => d,
        _ when Py.IsNumber(value) => Py.ToDouble(value),
        PyObject when Dunder.TryCall(value, "__float__", out object? r) => (double)r!,
        _ => throw new TypeError($"float() argument must be a string or a real number, not '{type_name(value)}'"),
    };

    public static double @float() => 0.0;


    private static double FloatFromString(string text)
    {
        string s = AsciiDigits(text.strip());
        string lower = s.ToLowerInvariant();
        string unsigned = lower.TrimStart('+', '-');
        bool negative = lower.StartsWith('-');
        if (lower.Length - unsigned.Length <= 1)
        {
            if (unsigned is "inf" or "infinity") return negative ? double.NegativeInfinity : double.PositiveInfinity;
            if (unsigned == "nan") return double.NaN;
        }
        if (!FloatLiteral.IsMatch(s)) throw new ValueError($"could not convert string to float: {repr(text)}");
        return double.Parse(s.Replace("_", ""), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    public static bool @bool(object? value) => Py.Truthy(value);
    public static bool @bool() => false;

    public static long abs(long value) => value == long.MinValue ? throw new OverflowError("int too large") : Math.Abs(value);
    public static double abs(double value) => Math.Abs(value);

    public static object? abs(object? value)
    {
        if (value is bool b) return b ? 1L : 0L;
        if (Py.IsInt(value)) return Py.Int(BigInteger.Abs(Py.ToBig(value)));
        if (Py.IsFloat(value)) return Math.Abs(Py.ToDouble(value));
        if (value is PyObject && Dunder.TryCall(value, "__abs__", out object? r)) return r;
        throw new TypeError($"bad operand type for abs(): '{type_name(value)}'");
    }

    /// <summary><c>round(x)</c>: half to even, an int.</summary>
    public static long round(double value)
    {
        if (double.IsNaN(value)) throw new ValueError("cannot convert float NaN to integer");
        if (double.IsInfinity(value)) throw new OverflowError("cannot convert float infinity to integer");
        return ToLong(new BigInteger(Math.Round(value, MidpointRounding.ToEven)));
    }

    public static long round(long value) => value;

    /// <summary><c>round(x, n)</c> for floats: correctly rounded, half to even on the exact binary value (CPython's dtoa mode 3).</summary>
    public static double round(double value, long ndigits)
    {
        if (!double.IsFinite(value) || value == 0) return value;
        if (ndigits > 330) return value;
        if (ndigits < -330) return 0.0 * value;
        BigInteger scaled = FloatDigits.ScaledRound(value, (int)ndigits);
        string text = ndigits >= 0 ? $"{scaled}e-{ndigits}" : $"{scaled}e{-ndigits}";
        double result = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsInfinity(result)) throw new OverflowError("rounded value too large to represent");
        return value < 0 ? -result : result;
    }

    public static long round(long value, long ndigits)
    {
        if (ndigits >= 0) return value;
        return ToLong(RoundInteger(value, ndigits));
    }

    private static BigInteger RoundInteger(BigInteger value, long ndigits)
    {
        if (ndigits >= 0) return value;
        BigInteger unit = BigInteger.Pow(10, (int)Math.Min(-ndigits, 4000));
        var (q, r) = Py.BigFloorDivMod(value, unit);
        int twice = (r * 2).CompareTo(unit);
        if (twice > 0 || (twice == 0 && !q.IsEven)) q += 1;
        return q * unit;
    }

    public static object? round(object? value, object? ndigits = null)
    {
        if (ndigits is null)
        {
            if (Py.IsFloat(value)) return round(Py.ToDouble(value));
            if (Py.IsInt(value)) return Py.Int(Py.ToBig(value));
            if (value is PyObject && Dunder.TryCall(value, "__round__", out object? r)) return r;
            throw new TypeError($"type {type_name(value)} doesn't define __round__ method");
        }
        if (!Py.IsNumber(value) && value is not PyObject) throw new TypeError($"type {type_name(value)} doesn't define __round__ method");
        long n = (long)Py.ToBig(ndigits);
        if (Py.IsFloat(value)) return round(Py.ToDouble(value), n);
        if (Py.IsInt(value)) return Py.Int(RoundInteger(Py.ToBig(value), n));
        if (value is PyObject && Dunder.TryCall(value, "__round__", out object? r2, ndigits)) return r2;
        throw new TypeError($"type {type_name(value)} doesn't define __round__ method");
    }

    public static (long, long) divmod(long a, long b) => (Py.FloorDiv(a, b), Py.Mod(a, b));

    public static (double, double) divmod(double a, double b)
    {
        if (b == 0) throw new ZeroDivisionError("float divmod()");
        return Py.FloatDivMod(a, b);
    }

    public static (object?, object?) divmod(object? a, object? b)
    {
        if (Py.IsInt(a) && Py.IsInt(b))
        {
            BigInteger divisor = Py.ToBig(b);
            if (divisor.IsZero) throw new ZeroDivisionError("integer division or modulo by zero");
            var (q, r) = Py.BigFloorDivMod(Py.ToBig(a), divisor);
            return (Py.Int(q), Py.Int(r));
        }
        if (Py.IsNumber(a) && Py.IsNumber(b)) return divmod(Py.ToDouble(a), Py.ToDouble(b));
        if (a is PyObject && Dunder.TryCall(a!, "__divmod__", out object? result, b) && result is System.Runtime.CompilerServices.ITuple t)
            return (t[0], t[1]);
        throw new TypeError($"unsupported operand type(s) for divmod(): '{type_name(a)}' and '{type_name(b)}'");
    }

    public static object? pow(object? @base, object? exp) => Py.Pow(@base, exp);

    /// <summary><c>pow(b, e, m)</c>: modular power, negative exponents use the modular inverse.</summary>
    public static object pow(object? @base, object? exp, object? mod)
    {
        if (!Py.IsInt(@base) || !Py.IsInt(exp) || !Py.IsInt(mod))
            throw new TypeError("pow() 3rd argument not allowed unless all arguments are integers");
        BigInteger b = Py.ToBig(@base), e = Py.ToBig(exp), m = Py.ToBig(mod);
        if (m.IsZero) throw new ValueError("pow() 3rd argument cannot be 0");
        BigInteger modulus = BigInteger.Abs(m);
        if (e.Sign < 0)
        {
            b = ModInverse(Py.BigFloorDivMod(b, modulus).Remainder, modulus);
            e = -e;
        }
        BigInteger r = BigInteger.ModPow(Py.BigFloorDivMod(b, modulus).Remainder, e, modulus);
        if (m.Sign < 0 && !r.IsZero) r += m;
        return Py.Int(r);
    }

    private static BigInteger ModInverse(BigInteger a, BigInteger m)
    {
        BigInteger g = m, x = 0, x1 = 1, a1 = a;
        while (!a1.IsZero)
        {
            BigInteger q = g / a1;
            (g, a1) = (a1, g - q * a1);
            (x, x1) = (x1, x - q * x1);
        }
        if (g != 1) throw new ValueError("base is not invertible for the given modulus");
        return Py.BigFloorDivMod(x, m).Remainder;
    }

    public static string hex(object? value) => Prefixed(value, 16, "0x");
    public static string oct(object? value) => Prefixed(value, 8, "0o");
    public static string bin(object? value) => Prefixed(value, 2, "0b");

    private static string Prefixed(object? value, int radix, string prefix)
    {
        if (value is PyIntObject subclassed) value = subclassed.BuiltinValue;
        if (!Py.IsInt(value)) throw new TypeError($"'{type_name(value)}' object cannot be interpreted as an integer");
        BigInteger v = Py.ToBig(value);
        return (v.Sign < 0 ? "-" : "") + prefix + NumberText.ToBase(BigInteger.Abs(v), radix);
    }

    public static string chr(long code) =>
        code < 0 || code > 0x10FFFF ? throw new ValueError("chr() arg not in range(0x110000)")
        : code is >= 0xD800 and <= 0xDFFF ? ((char)code).ToString() : char.ConvertFromUtf32((int)code);

    public static long ord(string c)
    {
        if (c is null) throw new TypeError("ord() expected string of length 1, but NoneType found");
        if (c.Length == 1) return c[0];
        if (c.Length == 2 && char.IsSurrogatePair(c[0], c[1])) return char.ConvertToUtf32(c[0], c[1]);
        throw new TypeError($"ord() expected a character, but string of length {c.Length} found");
    }

    public static long ord(char c) => c;
}
