#pragma warning disable CS8981, IDE1006 // Python's names.
namespace Py2Cs.Runtime;

public static partial class DatetimeModule
{
    /// <summary><c>datetime.date</c>: a day of the proleptic Gregorian calendar, years 1..9999.</summary>
    public class date : PyObject, IPyHashable
    {
        internal DateOnly Day { get; }

        internal date(DateOnly day) { Day = day; }

        public date(long year, long month, long day) : this(Validate(year, month, day)) { }

        internal static DateOnly Validate(long year, long month, long day)
        {
            if (year < MINYEAR || year > MAXYEAR) throw new ValueError($"year {year} is out of range");
            if (month < 1 || month > 12) throw new ValueError("month must be in 1..12");
            if (day < 1 || day > DateTime.DaysInMonth((int)year, (int)month)) throw new ValueError("day is out of range for month");
            return new DateOnly((int)year, (int)month, (int)day);
        }

        public static readonly date min = new(DateOnly.MinValue);
        public static readonly date max = new(DateOnly.MaxValue);
        public static readonly timedelta resolution = new(timedelta.MicrosPerDay);

        public long year => Day.Year;
        public long month => Day.Month;
        public long day => Day.Day;

        public static date today() => new(DateOnly.FromDateTime(DateTime.Now));

        public static date fromordinal(long n) =>
            n >= 1 && n <= DateOnly.MaxValue.DayNumber + 1 ? new(DateOnly.FromDayNumber((int)n - 1)) : throw new ValueError($"ordinal must be >= 1");

        public static date fromtimestamp(double timestamp) => new(DateOnly.FromDateTime(DateTime.UnixEpoch.AddSeconds(timestamp).ToLocalTime()));

        public static date fromisoformat(string date_string)
        {
            var parsed = IsoFormat.ParseDate(date_string, 0, out int end);
            return parsed is { } d && end == date_string.Length ? new date(d) : throw new ValueError($"Invalid isoformat string: {StringRepr.Of(date_string)}");
        }

        public long toordinal() => Day.DayNumber + 1;
        public long weekday() => ((int)Day.DayOfWeek + 6) % 7;
        public long isoweekday() => weekday() + 1;

        public IsoCalendarDate isocalendar()
        {
            var (y, w, d) = StrfTime.IsoYearWeek(Fields());
            return new IsoCalendarDate(y, w, d);
        }

        public date replace(long? year = null, long? month = null, long? day = null) =>
            new(year ?? this.year, month ?? this.month, day ?? this.day);

        internal virtual TimeFields Fields() =>
            new(year, month, day, 0, 0, 0, 0, weekday(), Day.DayOfYear, null, null);

        public string strftime(string format) => StrfTime.Format(format, Fields());

        public string __format__(string spec) => spec.Length == 0 ? __str__() : strftime(spec);

        public string ctime() => StrfTime.Format("%c", Fields());

        public virtual string isoformat() => $"{year:0000}-{Pad2(month)}-{Pad2(day)}";

        public override string __str__() => isoformat();

        public override string __repr__() => $"datetime.date({year}, {month}, {day})";

        internal static date AddDays(DateOnly day, System.Numerics.BigInteger days)
        {
            var number = day.DayNumber + days;
            if (number < 0 || number > DateOnly.MaxValue.DayNumber) throw new OverflowError("date value out of range");
            return new date(DateOnly.FromDayNumber((int)number));
        }

        public virtual object __add__(object? other) =>
            other is timedelta t ? AddDays(Day, t.days) : Builtins.NotImplemented;

        public object __radd__(object? other) => __add__(other);

        public virtual object __sub__(object? other) => other switch
        {
            timedelta t => AddDays(Day, -t.days),
            date d when d is not datetime => new timedelta((System.Numerics.BigInteger)(Day.DayNumber - d.Day.DayNumber) * timedelta.MicrosPerDay),
            _ => Builtins.NotImplemented,
        };

        /// <summary>Orders two dates; <c>null</c> when <paramref name="other"/> is not comparable with this.</summary>
        internal virtual int? CompareWith(object? other)
        {
            if (other is datetime) throw new TypeError("can't compare datetime.datetime to datetime.date");
            return other is date d ? Day.CompareTo(d.Day) : null;
        }

        private object Order(object? other, string op, Func<int, bool> test) =>
            CompareWith(other) is { } c ? test(c)
            : throw new TypeError($"'{op}' not supported between instances of '{Builtins.type_name(this)}' and '{Builtins.type_name(other)}'");

        public object __eq__(object? other)
        {
            if ((other is datetime) != (this is datetime)) return false;
            if (this is datetime self && other is datetime d && self.MixesAwareness(d)) return false;
            return other is date ? CompareWith(other) == 0 : Builtins.NotImplemented;
        }

        public object __ne__(object? other) => __eq__(other) is bool b ? !b : Builtins.NotImplemented;
        public object __lt__(object? other) => Order(other, "<", c => c < 0);
        public object __le__(object? other) => Order(other, "<=", c => c <= 0);
        public object __gt__(object? other) => Order(other, ">", c => c > 0);
        public object __ge__(object? other) => Order(other, ">=", c => c >= 0);

        public long __hash__() => PythonHash();

        public virtual long PythonHash() => Py.Hash(toordinal());

        public override bool Equals(object? obj) => obj is date && __eq__(obj) is true;

        public override int GetHashCode() => (int)PythonHash();
    }

    /// <summary>What <c>date.isocalendar()</c> returns: a named tuple (year, week, weekday).</summary>
    public sealed class IsoCalendarDate(long year, long week, long weekday)
        : PyNamedTuple(["year", "week", "weekday"], year, week, weekday)
    {
        public long year => (long)this[0]!;
        public long week => (long)this[1]!;
        public long weekday => (long)this[2]!;

        public override string __repr__() => $"datetime.IsoCalendarDate(year={year}, week={week}, weekday={weekday})";
    }
}
