using System.Globalization;
using System.Numerics;

namespace Py2Cs.Runtime;

/// <summary>
/// Python's <c>complex</c>: two doubles, with CPython 3.11's arithmetic step for step (Objects/complexobject.c:
/// the schoolbook product, Smith's quotient, integer powers by repeated squaring, the polar power otherwise) so
/// printed results agree to the last digit, and its repr (<c>2j</c>, <c>(1-1j)</c>, <c>(0.1+0.7000000000000001j)</c>).
/// Generated code handles complex values dynamically: the operators are the dunders <see cref="Py.Add"/> and the
/// others call.
/// </summary>
[PyName("complex")]
public sealed class PyComplex : PyObject, IPyHashable, IPyFrozen
{
    public PyComplex(double real, double imag)
    {
        this.real = real;
        this.imag = imag;
    }

    public double real { get; }
    public double imag { get; }

    public PyComplex conjugate() => new(real, -imag);

    /// <summary>An int, float or complex as a complex; null for anything else (the operator then gives NotImplemented).</summary>
    internal static PyComplex? From(object? value) => value switch
    {
        PyComplex c => c,
        bool b => new(b ? 1 : 0, 0),
        _ when Py.IsInt(value) || Py.IsFloat(value) => new(Py.ToDouble(value), 0),
        _ => null,
    };

    public object __add__(object? other) => From(other) is { } o ? new PyComplex(real + o.real, imag + o.imag) : Builtins.NotImplemented;
    public object __radd__(object? other) => __add__(other);
    public object __sub__(object? other) => From(other) is { } o ? new PyComplex(real - o.real, imag - o.imag) : Builtins.NotImplemented;
    public object __rsub__(object? other) => From(other) is { } o ? new PyComplex(o.real - real, o.imag - imag) : Builtins.NotImplemented;
    public object __mul__(object? other) => From(other) is { } o ? Multiply(this, o) : Builtins.NotImplemented;
    public object __rmul__(object? other) => __mul__(other);
    public object __truediv__(object? other) => From(other) is { } o ? Divide(this, o) : Builtins.NotImplemented;
    public object __rtruediv__(object? other) => From(other) is { } o ? Divide(o, this) : Builtins.NotImplemented;
    public object __pow__(object? other) => From(other) is { } o ? Power(this, o) : Builtins.NotImplemented;
    public object __rpow__(object? other) => From(other) is { } o ? Power(o, this) : Builtins.NotImplemented;
    public PyComplex __neg__() => new(-real, -imag);
    public PyComplex __pos__() => this;
    public double __abs__() => Abs(this);
    public bool __bool__() => real != 0 || imag != 0;

    public object __eq__(object? other) => From(other) is { } o ? real == o.real && imag == o.imag : Builtins.NotImplemented;
    public object __ne__(object? other) => __eq__(other) is bool equal ? !equal : Builtins.NotImplemented;

    /// <summary>CPython's hash: hash(real) + 1000003 * hash(imag), so <c>hash(1+0j) == hash(1)</c>.</summary>
    public long __hash__() => PythonHash();

    public long PythonHash()
    {
        ulong combined = unchecked((ulong)Py.Hash(real) + 1000003UL * (ulong)Py.Hash(imag));
        long h = unchecked((long)combined);
        return h == -1 ? -2 : h;
    }

    public override bool Equals(object? obj) => obj is PyComplex c && c.real == real && c.imag == imag;
    public override int GetHashCode() => __hash__().GetHashCode();

    public override string __repr__()
    {
        if (real == 0 && !double.IsNegative(real)) return Part(imag) + "j";
        string im = Part(imag);
        return "(" + Part(real) + (im.StartsWith('-') ? "" : "+") + im + "j)";
    }

    public override string __str__() => __repr__();

    // A part prints as repr(float) without a trailing ".0" (1j, 2.5j, 1e+20j).
    static string Part(double value)
    {
        string text = NumberText.FloatRepr(value);
        return text.EndsWith(".0", StringComparison.Ordinal) ? text[..^2] : text;
    }

    internal static double Abs(PyComplex z)
    {
        double result = double.Hypot(z.real, z.imag);
        if (double.IsInfinity(result) && double.IsFinite(z.real) && double.IsFinite(z.imag)) throw new OverflowError("absolute value too large");
        return result;
    }

    static PyComplex Multiply(PyComplex a, PyComplex b) => new(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);

    // _Py_c_quot: Smith's method, as CPython divides.
    static PyComplex Divide(PyComplex a, PyComplex b)
    {
        double absBr = Math.Abs(b.real), absBi = Math.Abs(b.imag);
        if (absBr >= absBi)
        {
            if (absBr == 0) throw new ZeroDivisionError("complex division by zero");
            double ratio = b.imag / b.real, denom = b.real + b.imag * ratio;
            return new((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
        }
        if (absBi >= absBr)
        {
            double ratio = b.real / b.imag, denom = b.real * ratio + b.imag;
            return new((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
        }
        return new(double.NaN, double.NaN);
    }

    // complex_pow: an integral exponent up to 100 by repeated squaring (c_powi), else the polar form (_Py_c_pow).
    static PyComplex Power(PyComplex a, PyComplex b)
    {
        if (b.imag == 0 && b.real == Math.Floor(b.real) && Math.Abs(b.real) <= 100)
        {
            long n = (long)b.real;
            return n >= 0 ? PowerOfNatural(a, n) : Divide(new PyComplex(1, 0), PowerOfNatural(a, -n));
        }
        if (b.real == 0 && b.imag == 0) return new(1, 0);
        if (a.real == 0 && a.imag == 0)
        {
            if (b.imag != 0 || b.real < 0) throw new ZeroDivisionError("0.0 to a negative or complex power");
            return new(0, 0);
        }
        double vabs = double.Hypot(a.real, a.imag);
        double length = Math.Pow(vabs, b.real);
        double at = Math.Atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0)
        {
            length /= Math.Exp(at * b.imag);
            phase += b.imag * Math.Log(vabs);
        }
        return new(length * Math.Cos(phase), length * Math.Sin(phase));
    }

    static PyComplex PowerOfNatural(PyComplex x, long n)
    {
        var result = new PyComplex(1, 0);
        var p = x;
        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1)
        {
            if ((n & mask) != 0) result = Multiply(result, p);
            p = Multiply(p, p);
        }
        return result;
    }

    /// <summary><c>complex("1+2j")</c>: CPython's accepted spellings (spaces around, parentheses, a sign between).</summary>
    internal static PyComplex Parse(string text)
    {
        string s = text.Trim();
        if (s.StartsWith('(') && s.EndsWith(')')) s = s[1..^1].Trim();
        var error = new ValueError("complex() arg is a malformed string");
        if (s.Length == 0) throw error;
        if (s.EndsWith('j') || s.EndsWith('J'))
        {
            string body = s[..^1];
            // The split between the parts is the last sign not right after an exponent's 'e'.
            for (int i = body.Length - 1; i > 0; i--)
            {
                if (body[i] is '+' or '-' && body[i - 1] is not ('e' or 'E'))
                    return new(Number(body[..i], error), Imaginary(body[i..], error));
            }
            return new(0, Imaginary(body, error));
        }
        return new(Number(s, error), 0);
    }

    static double Imaginary(string text, ValueError error) => text switch
    {
        "" or "+" => 1,
        "-" => -1,
        _ => Number(text, error),
    };

    static double Number(string text, ValueError error) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && !text.Contains(' ') ? value : throw error;
}
