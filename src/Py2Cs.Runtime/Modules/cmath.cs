#pragma warning disable CS8981 // Python module names are lower case.
namespace Py2Cs.Runtime;

/// <summary>Python's <c>cmath</c> basics, on CPython's formulas (Modules/cmathmodule.c) for finite values; the
/// special-value tables for infinities and NaNs are not ported. Arguments are any numbers; results are
/// <see cref="PyComplex"/> values, which generated code handles dynamically.</summary>
[PyModule("cmath")]
public static class cmath
{
    public const double pi = Math.PI;
    public const double e = Math.E;
    public const double tau = 2 * Math.PI;
    public const double inf = double.PositiveInfinity;
    public const double nan = double.NaN;
    public static readonly object infj = new PyComplex(0, double.PositiveInfinity);
    public static readonly object nanj = new PyComplex(0, double.NaN);

    static PyComplex Z(object? value) =>
        PyComplex.From(value) ?? throw new TypeError($"must be real number, not {Builtins.type_name(value)}");

    /// <summary>c_sqrt: 2*sqrt(|x|/8 + hypot(|x|/8, |y|/8)), scaled as CPython does for finite values.</summary>
    public static object sqrt(object? z)
    {
        var x = Z(z);
        if (x.real == 0 && x.imag == 0) return new PyComplex(0, x.imag);
        double ax = Math.Abs(x.real), ay = Math.Abs(x.imag);
        double s = 2 * Math.Sqrt(ax / 8 + double.Hypot(ax / 8, ay / 8));
        double d = ay / (2 * s);
        return x.real >= 0 ? new PyComplex(s, Math.CopySign(d, x.imag)) : new PyComplex(d, Math.CopySign(s, x.imag));
    }

    public static object exp(object? z)
    {
        var x = Z(z);
        double l = Math.Exp(x.real);
        return new PyComplex(l * Math.Cos(x.imag), l * Math.Sin(x.imag));
    }

    /// <summary>c_log: log(|z|) + i*atan2(y, x); with a base, the quotient of two logs.</summary>
    public static object log(object? z, object? @base = null)
    {
        var x = Z(z);
        var result = new PyComplex(Math.Log(double.Hypot(x.real, x.imag)), Math.Atan2(x.imag, x.real));
        return @base is null ? result : Py.TrueDiv(result, log(@base))!;
    }

    public static double phase(object? z)
    {
        var x = Z(z);
        return Math.Atan2(x.imag, x.real);
    }

    public static (double, double) polar(object? z)
    {
        var x = Z(z);
        return (PyComplex.Abs(x), Math.Atan2(x.imag, x.real));
    }

    public static object rect(double r, double phi) => new PyComplex(r * Math.Cos(phi), r * Math.Sin(phi));

    public static bool isclose(object? a, object? b, double rel_tol = 1e-09, double abs_tol = 0.0)
    {
        var x = Z(a);
        var y = Z(b);
        if (x.real == y.real && x.imag == y.imag) return true;
        double diff = PyComplex.Abs(new PyComplex(x.real - y.real, x.imag - y.imag));
        return diff <= rel_tol * PyComplex.Abs(y) || diff <= rel_tol * PyComplex.Abs(x) || diff <= abs_tol;
    }
}
