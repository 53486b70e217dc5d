#pragma warning disable CS8981, IDE1006 // Python's names.
using System.Numerics;

namespace Py2Cs.Runtime;

public static partial class DatetimeModule
{
    /// <summary>
    /// <c>datetime.timedelta</c>: a whole number of microseconds, shown normalised as days (any sign),
    /// seconds (0..86399) and microseconds (0..999999), as CPython does.
    /// </summary>
    public sealed class timedelta : PyObject, IPyHashable
    {
        internal const long MicrosPerSecond = 1_000_000;
        internal const long MicrosPerDay = 86_400 * MicrosPerSecond;
        private static readonly BigInteger MaxMicros = (BigInteger)999_999_999 * MicrosPerDay + MicrosPerDay - 1;

        /// <summary>The whole duration in microseconds (a BigInteger: ±1e9 days is 8.64e19 µs, beyond a long).</summary>
        internal BigInteger Micros { get; }

        internal timedelta(BigInteger micros)
        {
            var wholeDays = FloorDiv(micros, MicrosPerDay);
            if (BigInteger.Abs(wholeDays) > 999_999_999) throw new OverflowError($"days={wholeDays}; must have magnitude <= 999999999");
            Micros = micros;
        }

        public timedelta(object? days = null, object? seconds = null, object? microseconds = null, object? milliseconds = null,
            object? minutes = null, object? hours = null, object? weeks = null)
            : this(Combine(days, seconds, microseconds, milliseconds, minutes, hours, weeks)) { }

        /// <summary>Sums the parts exactly where they are ints; float parts are rounded to the microsecond
        /// half to even, as CPython rounds them.</summary>
        private static BigInteger Combine(params object?[] parts)
        {
            long[] scale = [MicrosPerDay, MicrosPerSecond, 1, 1000, 60 * MicrosPerSecond, 3600 * MicrosPerSecond, 7 * MicrosPerDay];
            string[] names = ["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"];
            BigInteger whole = 0;
            decimal fraction = 0;
            for (int i = 0; i < parts.Length; i++)
            {
                object? part = parts[i];
                if (part is null) continue;
                if (Py.IsInt(part)) whole += Py.ToBig(part) * scale[i];
                else
                {
                    double d = Number(part, names[i]);
                    double integral = Math.Truncate(d);
                    whole += new BigInteger(integral) * scale[i];
                    fraction += (decimal)(d - integral) * scale[i];
                }
            }
            return whole + new BigInteger(Math.Round(fraction, MidpointRounding.ToEven));
        }

        public static readonly timedelta min = new(-(BigInteger)999_999_999 * MicrosPerDay);
        public static readonly timedelta max = new(MaxMicros);
        public static readonly timedelta resolution = new(BigInteger.One);

        public long days => (long)FloorDiv(Micros, MicrosPerDay);
        public long seconds => (long)((Micros - (BigInteger)days * MicrosPerDay) / MicrosPerSecond);
        public long microseconds => (long)((Micros - (BigInteger)days * MicrosPerDay) % MicrosPerSecond);

        public double total_seconds() => (double)Micros / MicrosPerSecond;

        internal TimeSpan ToTimeSpan() => TimeSpan.FromTicks((long)(Micros * 10));

        internal static timedelta From(TimeSpan span) => new((BigInteger)(span.Ticks / 10));

        public override string __repr__()
        {
            var parts = new List<string>();
            if (days != 0) parts.Add($"days={days}");
            if (seconds != 0) parts.Add($"seconds={seconds}");
            if (microseconds != 0) parts.Add($"microseconds={microseconds}");
            return $"datetime.timedelta({(parts.Count == 0 ? "0" : string.Join(", ", parts))})";
        }

        public override string __str__()
        {
            long s = seconds;
            string clock = $"{s / 3600}:{Pad2(s / 60 % 60)}:{Pad2(s % 60)}";
            if (microseconds != 0) clock += $".{microseconds:000000}";
            return days == 0 ? clock : $"{days} day{(Math.Abs(days) == 1 ? "" : "s")}, {clock}";
        }

        public bool __bool__() => !Micros.IsZero;

        public object __add__(object? other) => other switch
        {
            timedelta t => new timedelta(Micros + t.Micros),
            date => Py.Add(other, this)!,
            _ => Builtins.NotImplemented,
        };

        public object __radd__(object? other) => __add__(other);

        public object __sub__(object? other) => other is timedelta t ? new timedelta(Micros - t.Micros) : Builtins.NotImplemented;

        public object __rsub__(object? other) => other is timedelta t ? new timedelta(t.Micros - Micros) : Builtins.NotImplemented;

        public timedelta __neg__() => new(-Micros);

        public timedelta __pos__() => this;

        public timedelta __abs__() => Micros.Sign < 0 ? __neg__() : this;

        public object __mul__(object? other)
        {
            if (Py.IsInt(other)) return new timedelta(Micros * Py.ToBig(other));
            if (other is double or float) return new timedelta(RoundHalfEven((decimal)Micros * (decimal)Py.ToDouble(other)));
            return Builtins.NotImplemented;
        }

        public object __rmul__(object? other) => __mul__(other);

        private static BigInteger RoundHalfEven(decimal value) => new(Math.Round(value, MidpointRounding.ToEven));

        public object __truediv__(object? other)
        {
            if (other is timedelta t)
            {
                if (t.Micros.IsZero) throw new ZeroDivisionError("division by zero");
                return (double)Micros / (double)t.Micros;
            }
            if (Py.IsInt(other))
            {
                var n = Py.ToBig(other);
                if (n.IsZero) throw new ZeroDivisionError("division by zero");
                return new timedelta(RoundHalfEven((decimal)Micros / (decimal)n));
            }
            if (other is double or float)
            {
                double d = Py.ToDouble(other);
                if (d == 0) throw new ZeroDivisionError("division by zero");
                return new timedelta(RoundHalfEven((decimal)Micros / (decimal)d));
            }
            return Builtins.NotImplemented;
        }

        public object __floordiv__(object? other)
        {
            if (other is timedelta t)
            {
                if (t.Micros.IsZero) throw new ZeroDivisionError("integer division or modulo by zero");
                return Py.Int(FloorDiv(Micros, t.Micros));
            }
            if (Py.IsInt(other))
            {
                var n = Py.ToBig(other);
                if (n.IsZero) throw new ZeroDivisionError("integer division or modulo by zero");
                return new timedelta(FloorDiv(Micros, n));
            }
            return Builtins.NotImplemented;
        }

        public object __mod__(object? other)
        {
            if (other is not timedelta t) return Builtins.NotImplemented;
            if (t.Micros.IsZero) throw new ZeroDivisionError("integer division or modulo by zero");
            return new timedelta(Micros - FloorDiv(Micros, t.Micros) * t.Micros);
        }

        public object __divmod__(object? other)
        {
            if (other is not timedelta t) return Builtins.NotImplemented;
            if (t.Micros.IsZero) throw new ZeroDivisionError("integer division or modulo by zero");
            var q = FloorDiv(Micros, t.Micros);
            return new PyTuple(Py.Int(q), new timedelta(Micros - q * t.Micros));
        }

        internal static BigInteger FloorDiv(BigInteger a, BigInteger b)
        {
            var q = BigInteger.DivRem(a, b, out var r);
            return !r.IsZero && (r.Sign < 0) != (b.Sign < 0) ? q - 1 : q;
        }

        public object __eq__(object? other) => other is timedelta t ? Micros == t.Micros : Builtins.NotImplemented;
        public object __ne__(object? other) => other is timedelta t ? Micros != t.Micros : Builtins.NotImplemented;
        public object __lt__(object? other) => other is timedelta t ? Micros < t.Micros : Compare(other, "<");
        public object __le__(object? other) => other is timedelta t ? Micros <= t.Micros : Compare(other, "<=");
        public object __gt__(object? other) => other is timedelta t ? Micros > t.Micros : Compare(other, ">");
        public object __ge__(object? other) => other is timedelta t ? Micros >= t.Micros : Compare(other, ">=");

        private object Compare(object? other, string op) =>
            throw new TypeError($"'{op}' not supported between instances of 'datetime.timedelta' and '{Builtins.type_name(other)}'");

        public long __hash__() => PythonHash();

        public long PythonHash() => Py.Hash(new PyTuple(days, seconds, microseconds));

        public override bool Equals(object? obj) => obj is timedelta t && t.Micros == Micros;

        public override int GetHashCode() => Micros.GetHashCode();
    }
}
