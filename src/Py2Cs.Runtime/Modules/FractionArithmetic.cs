#pragma warning disable CS8981, IDE1006 // Python's names.
using System.Numerics;

namespace Py2Cs.Runtime;

public static partial class fractions
{
    public sealed partial class Fraction
    {
        /// <summary>An int or Fraction operand as a Fraction; null for anything else (floats are handled apart).</summary>
        private static Fraction? Rational(object? value) => value switch
        {
            Fraction f => f,
            _ when Py.IsInt(value) => Of(Py.ToBig(value), 1),
            _ => null,
        };

        private static Fraction Add(Fraction a, Fraction b) => Of(a.Num * b.Den + b.Num * a.Den, a.Den * b.Den);
        private static Fraction Subtract(Fraction a, Fraction b) => Of(a.Num * b.Den - b.Num * a.Den, a.Den * b.Den);
        private static Fraction Multiply(Fraction a, Fraction b) => Of(a.Num * b.Num, a.Den * b.Den);

        private static Fraction Divide(Fraction a, Fraction b) =>
            b.Num.IsZero ? throw new ZeroDivisionError($"Fraction({a.Num * b.Den}, 0)") : Of(a.Num * b.Den, a.Den * b.Num);

        private static Fraction Abs(Fraction a) => a.Num.Sign < 0 ? Of(-a.Num, a.Den) : a;

        private static int Compare(Fraction a, Fraction b) => (a.Num * b.Den).CompareTo(b.Num * a.Den);

        private static object FloorDivide(Fraction a, Fraction b)
        {
            if (b.Num.IsZero) throw new ZeroDivisionError("division by zero");
            return Py.Int(FloorDiv(a.Num * b.Den, a.Den * b.Num));
        }

        private static Fraction Modulo(Fraction a, Fraction b)
        {
            if (b.Num.IsZero) throw new ZeroDivisionError("division by zero");
            var q = FloorDiv(a.Num * b.Den, a.Den * b.Num);
            return Subtract(a, Multiply(b, Of(q, 1)));
        }

        /// <summary>Applies the exact operation to rationals, the float one when either side is a float.</summary>
        private object Binary(object? other, Func<Fraction, Fraction, object> exact, Func<object?, object?, object?> inexact, bool reflected = false)
        {
            if (Rational(other) is { } r) return reflected ? exact(r, this) : exact(this, r);
            if (other is double or float) return reflected ? inexact(other, __float__())! : inexact(__float__(), other)!;
            return Builtins.NotImplemented;
        }

        public object __add__(object? other) => Binary(other, Add, Py.Add);
        public object __radd__(object? other) => Binary(other, Add, Py.Add, reflected: true);
        public object __sub__(object? other) => Binary(other, Subtract, Py.Sub);
        public object __rsub__(object? other) => Binary(other, Subtract, Py.Sub, reflected: true);
        public object __mul__(object? other) => Binary(other, Multiply, Py.Mul);
        public object __rmul__(object? other) => Binary(other, Multiply, Py.Mul, reflected: true);
        public object __truediv__(object? other) => Binary(other, Divide, Py.TrueDiv);
        public object __rtruediv__(object? other) => Binary(other, Divide, Py.TrueDiv, reflected: true);
        public object __floordiv__(object? other) => Binary(other, FloorDivide, Py.FloorDiv);
        public object __rfloordiv__(object? other) => Binary(other, FloorDivide, Py.FloorDiv, reflected: true);
        public object __mod__(object? other) => Binary(other, Modulo, Py.Mod);
        public object __rmod__(object? other) => Binary(other, Modulo, Py.Mod, reflected: true);

        public object __divmod__(object? other) =>
            Binary(other, (a, b) => new PyTuple(FloorDivide(a, b), Modulo(a, b)), (a, b) => new PyTuple(Py.FloorDiv(a, b), Py.Mod(a, b)));

        public object __pow__(object? other)
        {
            if (Rational(other) is { } r && r.Den.IsOne)
            {
                var n = r.Num;
                if (n > int.MaxValue || n < -int.MaxValue) throw new OverflowError("exponent too large");
                int e = (int)BigInteger.Abs(n);
                var num = BigInteger.Pow(Num, e);
                var den = BigInteger.Pow(Den, e);
                if (n.Sign >= 0) return Of(num, den);
                if (num.IsZero) throw new ZeroDivisionError($"Fraction({den}, 0)");
                return Of(den, num);
            }
            if (other is double or float || Rational(other) is not null) return Py.Pow(__float__(), other is Fraction f ? f.__float__() : other)!;
            return Builtins.NotImplemented;
        }

        public object __rpow__(object? other)
        {
            if (Den.IsOne && Rational(other) is { } r) return r.__pow__(Py.Int(Num));
            if (Py.IsNumber(other)) return Py.Pow(other, __float__())!;
            return Builtins.NotImplemented;
        }

        public Fraction __neg__() => Of(-Num, Den);
        public Fraction __pos__() => this;
        public Fraction __abs__() => Abs(this);

        /// <summary>Compares with an int, Fraction or float (a float exactly, as CPython does); null when not comparable.</summary>
        private int? CompareWith(object? other)
        {
            if (Rational(other) is { } r) return Compare(this, r);
            if (other is double or float)
            {
                double d = Py.ToDouble(other);
                if (double.IsNaN(d)) return null;
                if (double.IsInfinity(d)) return d > 0 ? -1 : 1;
                var (n, den) = Ratio(d);
                return Compare(this, Of(n, den));
            }
            return null;
        }

        public object __eq__(object? other) =>
            other is double dd && double.IsNaN(dd) ? false : CompareWith(other) is int c ? c == 0 : Builtins.NotImplemented;

        public object __ne__(object? other) => __eq__(other) is bool b ? !b : Builtins.NotImplemented;
        public object __lt__(object? other) => CompareWith(other) is int c ? c < 0 : other is double ? false : Builtins.NotImplemented;
        public object __le__(object? other) => CompareWith(other) is int c ? c <= 0 : other is double ? false : Builtins.NotImplemented;
        public object __gt__(object? other) => CompareWith(other) is int c ? c > 0 : other is double ? false : Builtins.NotImplemented;
        public object __ge__(object? other) => CompareWith(other) is int c ? c >= 0 : other is double ? false : Builtins.NotImplemented;
    }
}
