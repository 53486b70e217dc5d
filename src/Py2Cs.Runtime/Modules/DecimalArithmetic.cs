#pragma warning disable CS8981, IDE1006 // Python's names.
using System.Numerics;

namespace Py2Cs.Runtime;

public static partial class @decimal
{
    public sealed partial class Decimal
    {
        /// <summary>Decimal or int operands take part in arithmetic; anything else (float included, as in
        /// CPython) makes the operator return NotImplemented.</summary>
        private static Decimal? Operand(object? other) => other switch
        {
            Decimal d => d,
            bool or long or int or BigInteger => From(other),
            _ when Py.IsInt(other) => From(other),
            _ => null,
        };

        /// <summary>Comparisons also accept floats, compared exactly.</summary>
        private static Decimal? Comparable(object? other) => other is double or float ? FromFloat(Py.ToDouble(other)) : Operand(other);

        private static BigInteger Signed(Decimal d, int exponent) =>
            (d.Negative ? -1 : 1) * d.Coefficient * BigInteger.Pow(10, d.Exponent - exponent);

        private static Decimal FromSigned(BigInteger value, int exponent, bool negativeZero = false) =>
            new(value.Sign < 0 || (value.IsZero && negativeZero), BigInteger.Abs(value), exponent);

        private static void RejectNaN(Decimal a, Decimal b)
        {
            if (a.kind == Kind.NaN || b.kind == Kind.NaN) throw Invalid("InvalidOperation");
        }

        private static Decimal Add(Decimal a, Decimal b)
        {
            RejectNaN(a, b);
            if (a.kind == Kind.Infinity || b.kind == Kind.Infinity)
            {
                if (a.kind == Kind.Infinity && b.kind == Kind.Infinity && a.Negative != b.Negative) throw Invalid("InvalidOperation");
                return a.kind == Kind.Infinity ? a : b;
            }
            int exponent = Math.Min(a.Exponent, b.Exponent);
            var sum = Signed(a, exponent) + Signed(b, exponent);
            bool negativeZero = current.rounding == ROUND_FLOOR ? a.Negative || b.Negative : a.Negative && b.Negative;
            return FromSigned(sum, exponent, negativeZero).Fix();
        }

        private Decimal Negated() => new(!Negative, Coefficient, Exponent, kind);

        private static Decimal Multiply(Decimal a, Decimal b)
        {
            RejectNaN(a, b);
            bool negative = a.Negative != b.Negative;
            if (a.kind == Kind.Infinity || b.kind == Kind.Infinity)
            {
                if (a.IsZero || b.IsZero) throw Invalid("InvalidOperation");
                return new Decimal(negative, 0, 0, Kind.Infinity);
            }
            return new Decimal(negative, a.Coefficient * b.Coefficient, a.Exponent + b.Exponent).Fix();
        }

        private static Decimal Divide(Decimal a, Decimal b)
        {
            RejectNaN(a, b);
            bool negative = a.Negative != b.Negative;
            if (a.kind == Kind.Infinity || b.kind == Kind.Infinity)
            {
                if (a.kind == Kind.Infinity && b.kind == Kind.Infinity) throw Invalid("InvalidOperation");
                return a.kind == Kind.Infinity ? new Decimal(negative, 0, 0, Kind.Infinity) : new Decimal(negative, 0, 0);
            }
            if (b.IsZero)
            {
                if (a.IsZero) throw Invalid("DivisionUndefined");
                throw new DivisionByZero("[<class 'decimal.DivisionByZero'>]");
            }
            if (a.IsZero) return new Decimal(negative, 0, a.Exponent - b.Exponent).Fix();
            int shift = b.Digits - a.Digits + (int)current.prec + 1;
            int exponent = a.Exponent - b.Exponent - shift;
            BigInteger quotient, remainder;
            if (shift >= 0) quotient = BigInteger.DivRem(a.Coefficient * BigInteger.Pow(10, shift), b.Coefficient, out remainder);
            else quotient = BigInteger.DivRem(a.Coefficient, b.Coefficient * BigInteger.Pow(10, -shift), out remainder);
            if (!remainder.IsZero)
            {
                // Inexact: make sure the rounding step sees that something non-zero was dropped.
                if (quotient % 5 == 0) quotient += 1;
            }
            else
            {
                int ideal = a.Exponent - b.Exponent;
                while (exponent < ideal && quotient % 10 == 0)
                {
                    quotient /= 10;
                    exponent++;
                }
            }
            return new Decimal(negative, quotient, exponent).Fix();
        }

        /// <summary>Integer quotient (truncated toward zero) and remainder (sign of the dividend), as Decimal's // and %.</summary>
        private static (Decimal Quotient, Decimal Remainder) DivMod(Decimal a, Decimal b)
        {
            RejectNaN(a, b);
            if (a.IsSpecial || b.IsSpecial) throw Invalid("InvalidOperation");
            if (b.IsZero)
            {
                if (a.IsZero) throw Invalid("DivisionUndefined");
                throw new DivisionByZero("[<class 'decimal.DivisionByZero'>]");
            }
            int exponent = Math.Min(a.Exponent, b.Exponent);
            var x = a.Coefficient * BigInteger.Pow(10, a.Exponent - exponent);
            var y = b.Coefficient * BigInteger.Pow(10, b.Exponent - exponent);
            var q = BigInteger.DivRem(x, y, out var r);
            return (new Decimal(a.Negative != b.Negative, q, 0), new Decimal(a.Negative, r, exponent).Fix());
        }

        private static int Compare(Decimal a, Decimal b)
        {
            if (a.kind == Kind.NaN || b.kind == Kind.NaN) throw Invalid("InvalidOperation");
            int Rank(Decimal d) => d.kind == Kind.Infinity ? (d.Negative ? -1 : 1) : 0;
            if (Rank(a) != 0 || Rank(b) != 0) return Rank(a).CompareTo(Rank(b));
            int exponent = Math.Min(a.Exponent, b.Exponent);
            return Signed(a, exponent).CompareTo(Signed(b, exponent));
        }

        public object __add__(object? other) => Operand(other) is { } d ? Add(this, d) : Builtins.NotImplemented;
        public object __radd__(object? other) => Operand(other) is { } d ? Add(d, this) : Builtins.NotImplemented;
        public object __sub__(object? other) => Operand(other) is { } d ? Add(this, d.Negated()) : Builtins.NotImplemented;
        public object __rsub__(object? other) => Operand(other) is { } d ? Add(d, Negated()) : Builtins.NotImplemented;
        public object __mul__(object? other) => Operand(other) is { } d ? Multiply(this, d) : Builtins.NotImplemented;
        public object __rmul__(object? other) => Operand(other) is { } d ? Multiply(d, this) : Builtins.NotImplemented;
        public object __truediv__(object? other) => Operand(other) is { } d ? Divide(this, d) : Builtins.NotImplemented;
        public object __rtruediv__(object? other) => Operand(other) is { } d ? Divide(d, this) : Builtins.NotImplemented;
        public object __floordiv__(object? other) => Operand(other) is { } d ? DivMod(this, d).Quotient : Builtins.NotImplemented;
        public object __rfloordiv__(object? other) => Operand(other) is { } d ? DivMod(d, this).Quotient : Builtins.NotImplemented;
        public object __mod__(object? other) => Operand(other) is { } d ? DivMod(this, d).Remainder : Builtins.NotImplemented;
        public object __rmod__(object? other) => Operand(other) is { } d ? DivMod(d, this).Remainder : Builtins.NotImplemented;

        public object __divmod__(object? other)
        {
            if (Operand(other) is not { } d) return Builtins.NotImplemented;
            var (q, r) = DivMod(this, d);
            return new PyTuple(q, r);
        }

        public object __pow__(object? other)
        {
            if (Operand(other) is not { } d) return Builtins.NotImplemented;
            if (d.IsSpecial || d.Exponent < 0 && !(d.Coefficient % BigInteger.Pow(10, -d.Exponent)).IsZero)
                throw new NotImplementedError("Decimal powers with non-integer exponents are not supported by this runtime");
            var n = Py.ToBig(d.__int__());
            if (IsSpecial) throw Invalid("InvalidOperation");
            var magnitude = BigInteger.Abs(n);
            if (magnitude > 100_000) throw new OverflowError("exponent too large");
            var power = new Decimal(Negative && !magnitude.IsEven, BigInteger.Pow(Coefficient, (int)magnitude), Exponent * (int)magnitude);
            return n.Sign >= 0 ? power.Fix() : Divide(new Decimal(false, 1, 0), power);
        }

        public Decimal __neg__() => (IsZero && current.rounding != ROUND_FLOOR ? new Decimal(false, 0, Exponent) : Negated()).Fix();
        public Decimal __pos__() => (IsZero && current.rounding != ROUND_FLOOR ? new Decimal(false, 0, Exponent) : this).Fix();
        public Decimal __abs__() => new Decimal(false, Coefficient, Exponent, kind).Fix();

        public object __eq__(object? other)
        {
            if (Comparable(other) is not { } d) return Builtins.NotImplemented;
            if (kind == Kind.NaN || d.kind == Kind.NaN) return false;
            return Compare(this, d) == 0;
        }

        public object __ne__(object? other) => __eq__(other) is bool b ? !b : Builtins.NotImplemented;
        public object __lt__(object? other) => Comparable(other) is { } d ? Compare(this, d) < 0 : Builtins.NotImplemented;
        public object __le__(object? other) => Comparable(other) is { } d ? Compare(this, d) <= 0 : Builtins.NotImplemented;
        public object __gt__(object? other) => Comparable(other) is { } d ? Compare(this, d) > 0 : Builtins.NotImplemented;
        public object __ge__(object? other) => Comparable(other) is { } d ? Compare(this, d) >= 0 : Builtins.NotImplemented;

        public Decimal max(object other) => Compare(this, From(other)) >= 0 ? this : From(other);
        public Decimal min(object other) => Compare(this, From(other)) <= 0 ? this : From(other);
        public Decimal copy_abs() => new(false, Coefficient, Exponent, kind);
        public Decimal copy_negate() => Negated();
    }
}
