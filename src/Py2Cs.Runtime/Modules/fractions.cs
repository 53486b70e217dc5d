#pragma warning disable CS8981, IDE1006 // Python's names.
using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace Py2Cs.Runtime;

/// <summary>Python's <c>fractions</c> module: <see cref="Fraction"/>, exact rationals that mix with ints
/// (staying exact) and floats (becoming floats) as CPython's do.</summary>
[PyModule("fractions")]
public static partial class fractions
{
    /// <summary><c>fractions.Fraction</c>, always in lowest terms with a positive denominator.</summary>
    public sealed partial class Fraction : PyObject, IPyHashable
    {
        internal BigInteger Num { get; }
        internal BigInteger Den { get; }

        private Fraction(BigInteger numerator, BigInteger denominator, bool normalize)
        {
            if (denominator.IsZero) throw new ZeroDivisionError($"Fraction({numerator}, 0)");
            if (normalize)
            {
                var g = BigInteger.GreatestCommonDivisor(numerator, denominator);
                if (denominator.Sign < 0) g = -g;
                numerator /= g;
                denominator /= g;
            }
            Num = numerator;
            Den = denominator;
        }

        internal static Fraction Of(BigInteger numerator, BigInteger denominator) => new(numerator, denominator, true);

        public Fraction(object? numerator = null, object? denominator = null) : this(Build(numerator ?? 0L, denominator)) { }

        private Fraction(Fraction other) : this(other.Num, other.Den, false) { }

        private static Fraction Build(object numerator, object? denominator)
        {
            if (denominator is null)
            {
                return numerator switch
                {
                    Fraction f => f,
                    string s => Parse(s),
                    double or float => FromDouble(Py.ToDouble(numerator)),
                    @decimal.Decimal dec => from_decimal(dec),
                    _ when Py.IsInt(numerator) => Of(Py.ToBig(numerator), 1),
                    _ => throw new TypeError("argument should be a string or a Rational instance"),
                };
            }
            if (Py.IsInt(numerator) && Py.IsInt(denominator)) return Of(Py.ToBig(numerator), Py.ToBig(denominator));
            if (Rational(numerator) is { } top && Rational(denominator) is { } bottom) return Of(top.Num * bottom.Den, top.Den * bottom.Num);
            throw new TypeError("both arguments should be Rational instances");
        }

        [GeneratedRegex(@"^\s*(?<sign>[-+]?)(?=\d|\.\d)(?<num>\d*|\d+(_\d+)*)(?:(?:/(?<denom>\d+(_\d+)*))?|(?:\.(?<decimal>\d*|\d+(_\d+)*))?(?:E(?<exp>[-+]?\d+(_\d+)*))?)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
        private static partial Regex Literal();

        private static Fraction Parse(string text)
        {
            var m = Literal().Match(text);
            if (!m.Success) throw new ValueError($"Invalid literal for Fraction: {StringRepr.Of(text)}");
            BigInteger Int(string s) => BigInteger.Parse("0" + s.Replace("_", ""), CultureInfo.InvariantCulture);
            var numerator = Int(m.Groups["num"].Value);
            BigInteger denominator = 1;
            if (m.Groups["denom"].Success && m.Groups["denom"].Length > 0) denominator = Int(m.Groups["denom"].Value);
            else
            {
                string fraction = m.Groups["decimal"].Value.Replace("_", "");
                if (fraction.Length > 0)
                {
                    var scale = BigInteger.Pow(10, fraction.Length);
                    numerator = numerator * scale + Int(fraction);
                    denominator *= scale;
                }
                if (m.Groups["exp"].Success && m.Groups["exp"].Length > 0)
                {
                    int exp = int.Parse(m.Groups["exp"].Value.Replace("_", ""), CultureInfo.InvariantCulture);
                    if (exp >= 0) numerator *= BigInteger.Pow(10, exp);
                    else denominator *= BigInteger.Pow(10, -exp);
                }
            }
            if (m.Groups["sign"].Value == "-") numerator = -numerator;
            return Of(numerator, denominator);
        }

        private static Fraction FromDouble(double d)
        {
            if (double.IsNaN(d)) throw new ValueError("cannot convert NaN to integer ratio");
            if (double.IsInfinity(d)) throw new OverflowError("cannot convert Infinity to integer ratio");
            var (n, den) = Ratio(d);
            return Of(n, den);
        }

        internal static (BigInteger Numerator, BigInteger Denominator) Ratio(double d)
        {
            long bits = BitConverter.DoubleToInt64Bits(d);
            bool negative = bits < 0;
            int rawExponent = (int)((bits >> 52) & 0x7FF);
            long mantissa = bits & 0xFFFFFFFFFFFFFL;
            if (rawExponent != 0) mantissa |= 1L << 52;
            int exponent = (rawExponent == 0 ? 1 : rawExponent) - 1075;
            BigInteger n = mantissa, den = 1;
            if (exponent > 0) n <<= exponent;
            else den <<= -exponent;
            var g = BigInteger.GreatestCommonDivisor(n, den);
            if (!g.IsZero) { n /= g; den /= g; }
            return (negative ? -n : n, den);
        }

        public static Fraction from_float(double f) => FromDouble(f);

        public static Fraction from_decimal(@decimal.Decimal dec)
        {
            var (n, d) = (Py.ToBig(dec.__int__()), BigInteger.One);
            if (dec.Exponent < 0)
            {
                d = BigInteger.Pow(10, -dec.Exponent);
                n = (dec.Negative ? -1 : 1) * dec.Coefficient;
            }
            return Of(n, d);
        }

        public object numerator => Py.Int(Num);
        public object denominator => Py.Int(Den);

        public PyTuple as_integer_ratio() => new(Py.Int(Num), Py.Int(Den));

        /// <summary>The closest fraction with a denominator at most <paramref name="max_denominator"/> (CPython's algorithm).</summary>
        public Fraction limit_denominator(object? max_denominator = null)
        {
            var maxDen = max_denominator is null ? 1_000_000 : Py.ToBig(max_denominator);
            if (maxDen < 1) throw new ValueError("max_denominator should be at least 1");
            if (Den <= maxDen) return this;
            BigInteger p0 = 0, q0 = 1, p1 = 1, q1 = 0, n = Num, d = Den;
            while (true)
            {
                var a = BigInteger.Divide(n, d) - (n.Sign < 0 && !(n % d).IsZero ? 1 : 0);
                var q2 = q0 + a * q1;
                if (q2 > maxDen) break;
                (p0, q0, p1, q1) = (p1, q1, p0 + a * p1, q2);
                (n, d) = (d, n - a * d);
            }
            var k = (maxDen - q0) / q1;
            var bound1 = Of(p0 + k * p1, q0 + k * q1);
            var bound2 = Of(p1, q1);
            var diff2 = Abs(Subtract(bound2, this));
            var diff1 = Abs(Subtract(bound1, this));
            return Compare(diff2, diff1) <= 0 ? bound2 : bound1;
        }

        public override string __str__() => Den.IsOne ? Num.ToString(CultureInfo.InvariantCulture) : $"{Num}/{Den}";

        public override string __repr__() => $"Fraction({Num}, {Den})";

        public string __format__(string spec) => spec.Length == 0 ? __str__() : Builtins.format(__float__(), spec);

        public double __float__() => Py.ToDouble(Py.TrueDiv(Py.Int(Num), Py.Int(Den)));

        public object __int__() => __trunc__();

        public object __trunc__() => Py.Int(BigInteger.Divide(Num, Den));

        public object __floor__() => Py.Int(FloorDiv(Num, Den));

        public object __ceil__() => Py.Int(-FloorDiv(-Num, Den));

        /// <summary><c>round(f)</c>: the nearest int, halves to even.</summary>
        public object __round__()
        {
            var floor = FloorDiv(Num, Den);
            var remainder = Num - floor * Den;
            int twice = (remainder * 2).CompareTo(Den);
            return Py.Int(twice > 0 || (twice == 0 && !floor.IsEven) ? floor + 1 : floor);
        }

        /// <summary><c>round(f, ndigits)</c>: a Fraction rounded to a multiple of 10**-ndigits, halves to even.</summary>
        public Fraction __round__(long ndigits)
        {
            var shift = BigInteger.Pow(10, (int)Math.Abs(ndigits));
            if (ndigits > 0) return Of(Py.ToBig(Of(Num * shift, Den).__round__()), shift);
            return Of(Py.ToBig(Of(Num, Den * shift).__round__()) * shift, 1);
        }

        internal static BigInteger FloorDiv(BigInteger a, BigInteger b)
        {
            var q = BigInteger.DivRem(a, b, out var r);
            return !r.IsZero && (r.Sign < 0) != (b.Sign < 0) ? q - 1 : q;
        }

        public bool __bool__() => !Num.IsZero;

        public long __hash__() => PythonHash();

        /// <summary>CPython's rational hash: equal to the hash of an equal int or float.</summary>
        public long PythonHash()
        {
            BigInteger modulus = (BigInteger.One << 61) - 1;
            var inverse = BigInteger.ModPow(Den, modulus - 2, modulus);
            long hash = inverse.IsZero ? 314159 : (long)(BigInteger.Abs(Num) % modulus * inverse % modulus);
            long result = Num.Sign < 0 ? -hash : hash;
            return result == -1 ? -2 : result;
        }

        public override bool Equals(object? obj) => obj is not null && __eq__(obj) is true;

        public override int GetHashCode() => (int)PythonHash();
    }
}
