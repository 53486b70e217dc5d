using PyBuiltins = Py2Cs.Runtime.Builtins;

namespace Py2Cs.Runtime.Tests.Builtins;

/// <summary>complex values and cmath: reprs and results recorded from CPython 3.11 (python3 -c "print(repr(...))").</summary>
public class ComplexTests
{
    static PyComplex C(double real, double imag) => new(real, imag);

    static string R(object? value) => PyBuiltins.repr(value);

    [Fact]
    public void Repr_drops_the_real_part_when_it_is_zero_and_trailing_dot_zero()
    {
        Assert.Equal("2j", R(C(0, 2)));
        Assert.Equal("(1-1j)", R(C(1, -1)));
        Assert.Equal("1e+20j", R(C(0, 1e20)));
        Assert.Equal("(-0-0j)", R(C(-0.0, -0.0)));
        Assert.Equal("0j", R(C(0, 0)));
    }

    [Fact]
    public void Arithmetic_follows_CPythons_formulas()
    {
        Assert.Equal("(-3-4j)", R(Py.Neg(C(3, 4))));
        Assert.Equal("(0.1+0.7000000000000001j)", R(Py.TrueDiv(C(1, 2), C(3, -1))));
        Assert.Equal("(-1+0j)", R(Py.Pow(C(0, 1), 2L)));
        Assert.Equal("(-0-8j)", R(Py.Pow(C(0, 2), 3L)));
        Assert.Equal("(1.0986841134678098+0.45508986056222733j)", R(Py.Pow(C(1, 1), 0.5)));
        Assert.Equal("(5+1.5j)", R(Py.Add(Py.Add(Py.Add(0L, C(0, 1)), 2L), C(3, 0.5))));
        Assert.Equal(5.0, PyBuiltins.abs(C(3, 4)));
        var error = Assert.Throws<ZeroDivisionError>(() => Py.TrueDiv(1L, C(0, 0)));
        Assert.Equal("complex division by zero", error.Message);
    }

    [Fact]
    public void Equality_and_hash_agree_with_ints_and_floats()
    {
        Assert.True(Py.Eq(C(1, 0), 1L));
        Assert.Equal(PyBuiltins.hash(1L), PyBuiltins.hash(C(1, 0)));
        Assert.Equal(3000011L, PyBuiltins.hash(C(2, 3)));
    }

    [Fact]
    public void The_complex_builtin_parses_and_combines()
    {
        Assert.Equal("(2-3j)", R(PyBuiltins.complex(2L, -3L)));
        Assert.Equal("(1+2j)", R(PyBuiltins.complex("1+2j")));
        Assert.Equal("(3-1.5j)", R(PyBuiltins.complex(" (3-1.5j) ")));
        Assert.Equal("2j", R(PyBuiltins.complex(C(0, 1), 1L)));
    }

    [Fact]
    public void Cmath_basics()
    {
        Assert.Equal("1j", R(cmath.sqrt(-1L)));
        Assert.Equal("(1.4142135623730951+0j)", R(cmath.sqrt(C(2, 0))));
        Assert.Equal("(0.5403023058681398+0.8414709848078965j)", R(cmath.exp(C(0, 1))));
        Assert.Equal("3.141592653589793j", R(cmath.log(-1L)));
        Assert.Equal("(1.4142135623730951, 0.7853981633974483)", R(cmath.polar(C(1, 1))));
    }
}
