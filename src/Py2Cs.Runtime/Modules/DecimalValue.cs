#pragma warning disable CS8981, IDE1006 // Python's names.
using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace Py2Cs.Runtime;

public static partial class @decimal
{
    /// <summary>
    /// <c>decimal.Decimal</c>: (-1)^sign × coefficient × 10^exponent, or a special value. Construction is
    /// exact; arithmetic rounds to the context precision as CPython's <c>_fix</c> does.
    /// </summary>
    public sealed partial class Decimal : PyObject, IPyHashable
    {
        private enum Kind { Finite, Infinity, NaN }

        private readonly Kind kind;
        internal bool Negative { get; }
        internal BigInteger Coefficient { get; }
        internal int Exponent { get; }

        private Decimal(bool negative, BigInteger coefficient, int exponent, Kind kind = Kind.Finite)
        {
            Negative = negative;
            Coefficient = coefficient;
            Exponent = exponent;
            this.kind = kind;
        }

        public Decimal(object? value = null, object? context = null) : this(From(value)) { }

        private Decimal(Decimal other) : this(other.Negative, other.Coefficient, other.Exponent, other.kind) { }

        private static Decimal From(object? value)
        {
            switch (value)
            {
                case null: return new Decimal(false, 0, 0);
                case Decimal d: return d;
                case string s: return Parse(s);
                case double or float: return FromFloat(Py.ToDouble(value));
            }
            if (Py.IsInt(value))
            {
                var n = Py.ToBig(value);
                return new Decimal(n.Sign < 0, BigInteger.Abs(n), 0);
            }
            throw new TypeError($"conversion from {Builtins.type_name(value)} to Decimal is not supported");
        }

        [GeneratedRegex(@"^(?<sign>[-+])?(?:(?<int>\d*)(?:\.(?<frac>\d*))?(?:[eE](?<exp>[-+]?\d+))?|(?<inf>inf(?:inity)?)|(?<nan>s?nan)\d*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
        private static partial Regex Literal();

        private static Decimal Parse(string text)
        {
            var m = Literal().Match(text.Trim().Replace("_", ""));
            if (!m.Success || (m.Groups["inf"].Length == 0 && m.Groups["nan"].Length == 0 && m.Groups["int"].Length + m.Groups["frac"].Length == 0))
                throw Invalid("ConversionSyntax");
            bool negative = m.Groups["sign"].Value == "-";
            if (m.Groups["inf"].Success && m.Groups["inf"].Length > 0) return new Decimal(negative, 0, 0, Kind.Infinity);
            if (m.Groups["nan"].Success && m.Groups["nan"].Length > 0) return new Decimal(negative, 0, 0, Kind.NaN);
            string digits = m.Groups["int"].Value + m.Groups["frac"].Value;
            int exponent = (m.Groups["exp"].Success ? int.Parse(m.Groups["exp"].Value, CultureInfo.InvariantCulture) : 0) - m.Groups["frac"].Length;
            return new Decimal(negative, BigInteger.Parse("0" + digits, CultureInfo.InvariantCulture), exponent);
        }

        /// <summary>The exact value of a binary float (<c>Decimal(0.1)</c> has 55 digits).</summary>
        private static Decimal FromFloat(double d)
        {
            if (double.IsNaN(d)) return new Decimal(false, 0, 0, Kind.NaN);
            if (double.IsInfinity(d)) return new Decimal(d < 0, 0, 0, Kind.Infinity);
            bool negative = double.IsNegative(d);
            long bits = BitConverter.DoubleToInt64Bits(Math.Abs(d));
            int rawExponent = (int)((bits >> 52) & 0x7FF);
            long mantissa = bits & 0xFFFFFFFFFFFFFL;
            if (rawExponent != 0) mantissa |= 1L << 52;
            int exponent = (rawExponent == 0 ? 1 : rawExponent) - 1075;
            if (mantissa == 0) return new Decimal(negative, 0, 0);
            while ((mantissa & 1) == 0 && exponent < 0) { mantissa >>= 1; exponent++; }
            if (exponent >= 0) return new Decimal(negative, (BigInteger)mantissa << exponent, 0);
            return new Decimal(negative, mantissa * BigInteger.Pow(5, -exponent), exponent);
        }

        public static Decimal from_float(double f) => FromFloat(f);

        private bool IsSpecial => kind != Kind.Finite;
        private bool IsZero => kind == Kind.Finite && Coefficient.IsZero;
        private int Digits => Coefficient.IsZero ? 1 : Coefficient.ToString(CultureInfo.InvariantCulture).Length;

        /// <summary>The exponent of the most significant digit.</summary>
        public long adjusted() => IsSpecial ? 0 : Exponent + Digits - 1;

        // ---------- rounding ----------

        /// <summary>This value with exponent <paramref name="exponent"/>, rounded by <paramref name="rounding"/> (CPython's _rescale).</summary>
        internal Decimal Rescale(int exponent, string rounding)
        {
            if (IsSpecial) return this;
            if (exponent <= Exponent) return new Decimal(Negative, Coefficient * BigInteger.Pow(10, Exponent - exponent), exponent);
            var divisor = BigInteger.Pow(10, exponent - Exponent);
            var quotient = BigInteger.DivRem(Coefficient, divisor, out var remainder);
            if (RoundsAway(quotient, remainder, divisor, rounding)) quotient += 1;
            return new Decimal(Negative, quotient, exponent);
        }

        private bool RoundsAway(BigInteger quotient, BigInteger remainder, BigInteger divisor, string rounding)
        {
            if (remainder.IsZero) return false;
            int half = (remainder * 2).CompareTo(divisor);
            return rounding switch
            {
                ROUND_DOWN => false,
                ROUND_UP => true,
                ROUND_CEILING => !Negative,
                ROUND_FLOOR => Negative,
                ROUND_HALF_UP => half >= 0,
                ROUND_HALF_DOWN => half > 0,
                ROUND_HALF_EVEN => half > 0 || (half == 0 && !quotient.IsEven),
                ROUND_05UP => quotient % 10 == 0 || quotient % 10 == 5,
                _ => throw new ValueError("invalid rounding mode"),
            };
        }

        /// <summary>Rounds to the context precision (CPython's _fix, without exponent limits).</summary>
        internal Decimal Fix(Context? context = null)
        {
            context ??= current;
            if (IsSpecial || Digits <= context.prec) return this;
            var rounded = Rescale(Exponent + (int)(Digits - context.prec), context.rounding);
            return rounded.Digits > context.prec ? rounded.Rescale(rounded.Exponent + 1, context.rounding) : rounded;
        }

        /// <summary>Rounds to <paramref name="places"/> significant digits (CPython's _round).</summary>
        private Decimal RoundSignificant(int places, string rounding)
        {
            if (IsZero || IsSpecial) return this;
            var result = Rescale((int)adjusted() + 1 - places, rounding);
            return result.adjusted() != adjusted() ? result.Rescale((int)result.adjusted() + 1 - places, rounding) : result;
        }

        public Decimal quantize(object exp, string? rounding = null, object? context = null)
        {
            var target = From(exp);
            if (IsSpecial || target.IsSpecial) throw Invalid("InvalidOperation");
            var result = Rescale(target.Exponent, rounding ?? current.rounding);
            if (result.Digits > current.prec) throw Invalid("InvalidOperation");
            return result;
        }

        public Decimal to_integral_value(string? rounding = null, object? context = null) =>
            IsSpecial || Exponent >= 0 ? this : Rescale(0, rounding ?? current.rounding);

        public Decimal to_integral(string? rounding = null, object? context = null) => to_integral_value(rounding);

        public Decimal normalize(object? context = null)
        {
            var value = Fix();
            if (value.IsSpecial) return value;
            if (value.Coefficient.IsZero) return new Decimal(value.Negative, 0, 0);
            var c = value.Coefficient;
            int e = value.Exponent;
            while (c % 10 == 0) { c /= 10; e++; }
            return new Decimal(value.Negative, c, e);
        }

        public bool is_signed() => Negative;
        public bool is_zero() => IsZero;
        public bool is_nan() => kind == Kind.NaN;
        public bool is_infinite() => kind == Kind.Infinity;
        public bool is_finite() => kind == Kind.Finite;

        public object as_tuple() => new DecimalTuple(Negative ? 1 : 0,
            new PyTuple(Coefficient.ToString(CultureInfo.InvariantCulture).Select(ch => (object?)(long)(ch - '0')).ToArray()),
            kind switch { Kind.Infinity => "F", Kind.NaN => "n", _ => (object)(long)Exponent });

        public Decimal sqrt(object? context = null)
        {
            if (Negative && !IsZero) throw Invalid("InvalidOperation");
            if (IsZero) return new Decimal(Negative, 0, Exponent / 2 - (Exponent < 0 && Exponent % 2 != 0 ? 1 : 0));
            // Work with an even exponent and enough digits, then round to the context precision.
            int prec = (int)current.prec;
            var c = Coefficient;
            int e = Exponent;
            int shift = Math.Max(0, 2 * (prec + 2) - Digits);
            if ((e - shift) % 2 != 0) shift++;
            c *= BigInteger.Pow(10, shift);
            e -= shift;
            var root = IntegerSqrt(c);
            bool exact = root * root == c;
            var result = new Decimal(false, exact ? root : root * 10 + 1, exact ? e / 2 : e / 2 - 1);
            if (exact)
            {
                int ideal = Exponent >= 0 ? Exponent / 2 : -((-Exponent + 1) / 2);
                while (result.Exponent < ideal && result.Coefficient % 10 == 0 && !result.Coefficient.IsZero)
                    result = new Decimal(false, result.Coefficient / 10, result.Exponent + 1);
            }
            return result.Fix(new Context(prec, ROUND_HALF_EVEN));
        }

        private static BigInteger IntegerSqrt(BigInteger n)
        {
            // Newton's iteration from above: converges to floor(sqrt(n)).
            if (n < 2) return n;
            var x = BigInteger.One << (int)((n.GetBitLength() + 1) / 2);
            while (true)
            {
                var next = (x + n / x) >> 1;
                if (next >= x) return x;
                x = next;
            }
        }

        // ---------- text ----------

        private string Coefficients => Coefficient.ToString(CultureInfo.InvariantCulture);

        public override string __str__()
        {
            string sign = Negative ? "-" : "";
            if (kind == Kind.Infinity) return sign + "Infinity";
            if (kind == Kind.NaN) return sign + "NaN";
            string digits = Coefficients;
            int leftDigits = Exponent + digits.Length;
            int dot = Exponent <= 0 && leftDigits > -6 ? leftDigits : 1;
            string intPart, fracPart;
            if (dot <= 0) { intPart = "0"; fracPart = "." + new string('0', -dot) + digits; }
            else if (dot >= digits.Length) { intPart = digits + new string('0', dot - digits.Length); fracPart = ""; }
            else { intPart = digits[..dot]; fracPart = "." + digits[dot..]; }
            string exponent = leftDigits == dot ? "" : "E" + (leftDigits - dot).ToString("+0;-0", CultureInfo.InvariantCulture);
            return sign + intPart + fracPart + exponent;
        }

        public override string __repr__() => $"Decimal('{__str__()}')";

        /// <summary>Format specs as Decimal.__format__ reads them (no type means 'g' on the exact digits).</summary>
        public string __format__(string spec)
        {
            var format = FormatSpec.Parse(spec);
            char type = format.Type == '\0' ? 'g' : format.Type;
            if ("eEfFgG%".IndexOf(type) < 0) throw new ValueError($"Invalid format specifier '{spec}' for object of type 'decimal.Decimal'");
            string sign = Negative ? "-" : format.Sign is '+' or ' ' ? format.Sign.ToString()! : "";
            if (IsSpecial) return NumberText.Finish(sign, "", kind == Kind.NaN ? "NaN" : "Infinity", format, 0, '>');
            var value = this;
            if (type == '%') value = new Decimal(Negative, Coefficient, Exponent + 2);
            string rounding = current.rounding;
            if (format.Precision is int precision)
            {
                if (type is 'e' or 'E') value = value.RoundSignificant(precision + 1, rounding);
                else if (type is 'f' or 'F' or '%') value = value.Rescale(-precision, rounding);
                else if (type is 'g' or 'G' && value.Digits > precision) value = value.RoundSignificant(precision, rounding);
            }
            if (value.IsZero && value.Exponent > 0 && type is 'f' or 'F' or '%') value = value.Rescale(0, rounding);
            if (value.IsZero && format.NoNegativeZero && Negative) sign = format.Sign is '+' or ' ' ? format.Sign.ToString()! : "";
            string digits = value.Coefficients;
            int leftDigits = value.Exponent + digits.Length;
            int dot = type switch
            {
                'e' or 'E' => value.IsZero && format.Precision is int p ? 1 - p : 1,
                'f' or 'F' or '%' => leftDigits,
                _ => value.Exponent <= 0 && leftDigits > -6 ? leftDigits : 1,
            };
            string intPart, fracPart;
            if (dot < 0) { intPart = "0"; fracPart = new string('0', -dot) + digits; }
            else if (dot > digits.Length) { intPart = digits + new string('0', dot - digits.Length); fracPart = ""; }
            else { intPart = dot == 0 ? "0" : digits[..dot]; fracPart = digits[dot..]; }
            int exponent = leftDigits - dot;
            if (fracPart.Length > 0 || format.Alternate) fracPart = "." + fracPart;
            if (exponent != 0 || type is 'e' or 'E')
                fracPart += (type is 'E' or 'G' ? "E" : "e") + exponent.ToString("+0;-0", CultureInfo.InvariantCulture);
            if (type == '%') fracPart += "%";
            return NumberText.Finish(sign, "", intPart + fracPart, format, 3, '>');
        }

        // ---------- conversions ----------

        public object __int__()
        {
            if (kind == Kind.NaN) throw new ValueError("cannot convert NaN to integer");
            if (kind == Kind.Infinity) throw new OverflowError("cannot convert Infinity to integer");
            var magnitude = Exponent >= 0 ? Coefficient * BigInteger.Pow(10, Exponent) : Coefficient / BigInteger.Pow(10, -Exponent);
            return Py.Int(Negative ? -magnitude : magnitude);
        }

        public object __trunc__() => __int__();

        public double __float__() => kind switch
        {
            Kind.NaN => double.NaN,
            Kind.Infinity => Negative ? double.NegativeInfinity : double.PositiveInfinity,
            _ => double.Parse(__str__(), NumberStyles.Float, CultureInfo.InvariantCulture),
        };

        public object __round__() => Rescale(0, ROUND_HALF_EVEN).__int__();

        public Decimal __round__(long ndigits) => quantize(new Decimal(false, 1, (int)-ndigits));

        public bool __bool__() => !IsZero;

        public override bool Equals(object? obj) => obj is not null && __eq__(obj) is true;

        public override int GetHashCode() => (int)PythonHash();

        public long __hash__() => PythonHash();

        /// <summary>CPython's Decimal hash, equal to the hash of an equal int or float.</summary>
        public long PythonHash()
        {
            if (kind == Kind.NaN) return 0;
            if (kind == Kind.Infinity) return Negative ? -314159 : 314159;
            BigInteger modulus = (BigInteger.One << 61) - 1;
            var tenInverse = BigInteger.ModPow(10, modulus - 2, modulus);
            var exponentHash = Exponent >= 0 ? BigInteger.ModPow(10, Exponent, modulus) : BigInteger.ModPow(tenInverse, -Exponent, modulus);
            long hash = (long)(Coefficient * exponentHash % modulus);
            long result = Negative ? -hash : hash;
            return result == -1 ? -2 : result;
        }
    }

    /// <summary>What <c>Decimal.as_tuple()</c> returns.</summary>
    public sealed class DecimalTuple(long sign, PyTuple digits, object exponent)
        : PyNamedTuple(["sign", "digits", "exponent"], sign, digits, exponent)
    {
        public override string __repr__() => $"DecimalTuple(sign={this[0]}, digits={Builtins.repr(this[1])}, exponent={Builtins.repr(this[2])})";
    }
}
