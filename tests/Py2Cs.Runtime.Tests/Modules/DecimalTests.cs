using Py2Cs.Runtime;
using static Py2Cs.Runtime.@decimal;
using B = Py2Cs.Runtime.Builtins;

namespace Py2Cs.Runtime.Tests.Modules;

/// <summary>decimal against CPython 3.11: the expected text is what python3 printed for the same expressions
/// (exception lines print the bare class name, where the script printed module.name; the runtime's generic
/// operator error names the class 'Decimal' where CPython says 'decimal.Decimal').</summary>
public class DecimalTests
{
    private static @decimal.Decimal D(object? v) => new(v);

    private static PyTuple T(params object?[] items) => new(items);

    [Fact]
    public void LocalcontextSetsACopyForTheBlockAndRestoresTheSavedContext()
    {
        // python3: with localcontext(prec=3, rounding=ROUND_DOWN) as c: Decimal(2)/Decimal(3), c.prec, c.rounding
        // -> 0.666 3 ROUND_DOWN; after the block -> 0.6666666666666666666666666667 28
        var before = getcontext();
        var manager = localcontext(prec: 3, rounding: ROUND_DOWN);
        var c = manager.__enter__();
        try
        {
            Assert.Equal("0.666", B.str(D(2L).__truediv__(D(3L))));
            Assert.Equal((3L, ROUND_DOWN), (c.prec, c.rounding));
            Assert.Same(c, getcontext());
        }
        finally { manager.__exit__(null, null, null); }
        Assert.Same(before, getcontext());
        Assert.Equal("0.6666666666666666666666666667", B.str(D(2L).__truediv__(D(3L))));
    }

    [Fact]
    public void ArithmeticRoundingAndFormattingMatchCPython()
    {
        var prec = getcontext().prec;
        try
        {
            PrintedLines.Check("""
                (Decimal('1.50'), "Decimal('1.50')", Decimal('1E+3'), Decimal('1.23E-8'), Decimal('0.000001'), Decimal('1E-7'), Decimal('0.1000000000000000055511151231257827021181583404541015625'), Decimal('2'), Decimal('-0'), Decimal('1.2345E+30'), Decimal('1000000000000000000000000000000'), Decimal('1000.5'))
                (Decimal('1687.500'), Decimal('196.00'), Decimal('0.3333333333333333333333333333'), Decimal('0.5'), Decimal('0.125'), Decimal('2.5'), Decimal('10'), Decimal('10'))
                (Decimal('0.5'), Decimal('-3'), Decimal('-1'), Decimal('3'), Decimal('0.3'), Decimal('0.3'), Decimal('0.00'), Decimal('1024'), Decimal('2.25'), Decimal('0.25'))
                (Decimal('0.01'), Decimal('0.00'), Decimal('2.68'), Decimal('1234'), Decimal('1.235'), Decimal('-3'), Decimal('8'), Decimal('-8'), Decimal('7'), Decimal('8'), Decimal('2'))
                1,234,567.89|    44.99|21%|12.5|2|1.5|-3.142|00005.00|1.5e+0|123.456|       1.5|1.23e+4
                (2, 4, Decimal('2.68'), -7, 1.1, True, True, True, True, True)
                (Decimal('1.2345678901234567890123456789012'), Decimal('0.1428571428571428571428571429'), 28, Decimal('-1.5'), Decimal('2'), True, Decimal('2.0'), True, False)
                (Decimal('1.2'), Decimal('1.2E+2'), DecimalTuple(sign=0, digits=(3, 1, 4), exponent=-2), True, Decimal('2'), Decimal('1.414213562373095048801688724'), Decimal('1.2'), Decimal('100'))
                InvalidOperation: [<class 'decimal.ConversionSyntax'>]
                DivisionByZero: [<class 'decimal.DivisionByZero'>]
                InvalidOperation: [<class 'decimal.DivisionUndefined'>]
                TypeError: unsupported operand type(s) for +: 'Decimal' and 'float'
                0.33333 1.2346E+8 1.2346
                """,
                () => T(D("1.50"), B.repr(D("1.50")), D("1e3"), D("123E-10"), D("0.000001"), D("0.0000001"), D(0.1), D(2.0), D("-0"), D("1.2345e+30"), D(System.Numerics.BigInteger.Pow(10, 30)), D(" 1_000.5 ")),
                () => T(Py.Mul(D("12.5"), D("135.00")), Py.TrueDiv(Py.Mul(D("1960.00"), 10L), 100L), Py.TrueDiv(D("1"), D("3")), Py.TrueDiv(D("2"), D("4")), Py.TrueDiv(D(1L), D(8L)), Py.TrueDiv(D("10"), D("4")), Py.TrueDiv(D("100"), D("10")), Py.TrueDiv(D("1.0"), D("0.1"))),
                () => T(Py.Mod(D("12.5"), 1L), Py.Mod(D(-7L), 4L), Py.FloorDiv(D(-7L), 4L), Py.FloorDiv(D("7.5"), D("2")), Py.Add(D("0.1"), D("0.2")), Py.Add(Py.Add(Py.Add(0L, D("0.1")), D("0.1")), D("0.1")), Py.Sub(D("1.1"), D("1.10")), Py.Pow(D(2L), 10L), Py.Pow(D("1.5"), 2L), Py.Pow(D(2L), -2L)),
                () => T(D("0.005").quantize(D("0.01"), ROUND_HALF_UP), D("0.005").quantize(D("0.01")), D("2.675").quantize(D("0.01")), D("1234.5").quantize(D("1")), D("1.23456").quantize(D("1.000")), D("-2.5").quantize(D("1"), rounding: ROUND_HALF_UP), D("7.1").quantize(D("1"), ROUND_UP), D("-7.1").quantize(D("1"), ROUND_FLOOR), D("7.9").quantize(D("1"), ROUND_DOWN), D("7.1").quantize(D("1"), ROUND_CEILING), D("2.5").quantize(D("1"), ROUND_HALF_DOWN)),
                () => "{:,.2f}|{:>9.2f}|{:.0%}|{:.1f}|{:.0f}|{}|{:+.3f}|{:08.2f}|{:e}|{:g}|{:10}|{:.2e}".format(D("1234567.891"), D("44.99"), D("0.21"), D("12.5"), D("2"), D("1.5"), D("-3.14159"), D("5"), D("1.5"), D("123.456"), D("1.5"), D("12345.678")),
                () => T(D("2.5").__round__(), D("3.5").__round__(), D("2.675").__round__(2), D("-7.9").__int__(), D("1.1").__float__(), Py.Eq(D("1.5"), 1.5), Py.Eq(D(3L), 3L), Py.Lt(D("0.1"), D("0.2")), B.hash(D("1.0")) == B.hash(1L), B.hash(D("0.5")) == B.hash(0.5)),
                () => T(D("1.2345678901234567890123456789012"), Py.TrueDiv(D(1L), D(7L)), getcontext().prec, Py.Neg(D("1.5")), B.abs(D("-2")), Py.Gt(D("3"), 2L), Py.Gt(D("2.0"), D("1")) ? D("2.0") : D("1"), Py.Eq(D("1.0"), D("1")), Py.Truthy(D(0L))),
                () => T(D("1.20").normalize(), D("120").normalize(), D("3.14").as_tuple(), D("-0.5").is_signed(), D("1.5").to_integral_value(), D(2L).sqrt(), D("1.44").sqrt(), Py.Add(D("1E+2"), 0L)),
                () => D("abc"), () => Py.TrueDiv(D(1L), D(0L)), () => Py.TrueDiv(D(0L), D(0L)), () => Py.Add(D("1"), 1.5),
                () =>
                {
                    getcontext().prec = 5;
                    return $"{Py.TrueDiv(D(1L), D(3L))} {Py.Mul(D("123456789"), 1L)} {Py.Add(D("1.23456789"), 0L)}";
                });
        }
        finally { getcontext().prec = prec; }
    }
}
