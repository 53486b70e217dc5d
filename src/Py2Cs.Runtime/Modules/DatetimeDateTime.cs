#pragma warning disable CS8981, IDE1006 // Python's names.
using System.Numerics;

namespace Py2Cs.Runtime;

public static partial class DatetimeModule
{
    /// <summary>
    /// <c>datetime.datetime</c>: a date and a time of day to the microsecond, naive or aware (with a
    /// <see cref="tzinfo"/>). Aware values compare and subtract in UTC; mixing naive and aware raises
    /// CPython's TypeError.
    /// </summary>
    public sealed class datetime : date
    {
        /// <summary>Microseconds since midnight.</summary>
        internal long MicroOfDay { get; }

        internal datetime(DateOnly day, long microOfDay, tzinfo? tz, long fold = 0) : base(day)
        {
            MicroOfDay = microOfDay;
            tzinfo = tz;
            this.fold = fold;
        }

        public datetime(long year, long month, long day, long hour = 0, long minute = 0, long second = 0, long microsecond = 0,
            tzinfo? tzinfo = null, long fold = 0)
            : this(Validate(year, month, day), DatetimeModule.time.ValidateClock(hour, minute, second, microsecond), tzinfo, fold) { }

        public static new readonly datetime min = new(DateOnly.MinValue, 0, null);
        public static new readonly datetime max = new(DateOnly.MaxValue, timedelta.MicrosPerDay - 1, null);
        public static new readonly timedelta resolution = timedelta.resolution;

        public long hour => MicroOfDay / 3_600_000_000;
        public long minute => MicroOfDay / 60_000_000 % 60;
        public long second => MicroOfDay / 1_000_000 % 60;
        public long microsecond => MicroOfDay % 1_000_000;
        public tzinfo? tzinfo { get; }
        public long fold { get; }

        internal static datetime FromDateTime(DateTime value, tzinfo? tz) =>
            new(DateOnly.FromDateTime(value), value.TimeOfDay.Ticks / 10, tz);

        private DateTime ToDateTime() => Day.ToDateTime(TimeOnly.MinValue).AddTicks(MicroOfDay * 10);

        public static datetime now(tzinfo? tz = null) =>
            tz is null ? FromDateTime(DateTime.Now, null) : tz.fromutc(FromDateTime(DateTime.UtcNow, tz));

        public static datetime utcnow() => FromDateTime(DateTime.UtcNow, null);

        public static new datetime today() => now();

        public static datetime fromtimestamp(double timestamp, tzinfo? tz = null)
        {
            var utc = DateTime.UnixEpoch.AddTicks((long)Math.Round(timestamp * 1e6, MidpointRounding.ToEven) * 10);
            return tz is null ? FromDateTime(utc.ToLocalTime(), null) : tz.fromutc(FromDateTime(utc, tz));
        }

        public static datetime utcfromtimestamp(double timestamp) =>
            FromDateTime(DateTime.UnixEpoch.AddTicks((long)Math.Round(timestamp * 1e6, MidpointRounding.ToEven) * 10), null);

        public static datetime combine(DatetimeModule.date date, DatetimeModule.time time, tzinfo? tzinfo = null) =>
            new(date.Day, time.MicroOfDay, tzinfo ?? time.tzinfo);

        public static new datetime fromisoformat(string date_string) =>
            IsoFormat.ParseDateTime(date_string) ?? throw new ValueError($"Invalid isoformat string: {StringRepr.Of(date_string)}");

        public static datetime strptime(string date_string, string format) => StrpTime.Parse(date_string, format);

        public DatetimeModule.date date() => new(Day);

        public DatetimeModule.time time() => new(MicroOfDay, null, fold);

        public DatetimeModule.time timetz() => new(MicroOfDay, tzinfo, fold);

        public timedelta? utcoffset() => tzinfo?.utcoffset(this);

        public string? tzname() => tzinfo?.tzname(this);

        public timedelta? dst() => tzinfo?.dst(this);

        /// <summary>Microseconds since 0001-01-01 00:00 of the local (wall) time.</summary>
        internal BigInteger WallMicros => (BigInteger)Day.DayNumber * timedelta.MicrosPerDay + MicroOfDay;

        /// <summary>Microseconds since 0001-01-01 00:00 UTC for aware values, wall time for naive ones.</summary>
        internal BigInteger UtcMicros => utcoffset() is { } offset ? WallMicros - offset.Micros : WallMicros;

        internal static datetime FromWallMicros(BigInteger micros, tzinfo? tz, long fold = 0)
        {
            var dayNumber = timedelta.FloorDiv(micros, timedelta.MicrosPerDay);
            if (dayNumber < 0 || dayNumber > DateOnly.MaxValue.DayNumber) throw new OverflowError("date value out of range");
            return new datetime(DateOnly.FromDayNumber((int)dayNumber), (long)(micros - dayNumber * timedelta.MicrosPerDay), tz, fold);
        }

        public double timestamp()
        {
            if (tzinfo is not null) return (double)(UtcMicros - (BigInteger)DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber * timedelta.MicrosPerDay) / 1e6;
            var local = DateTime.SpecifyKind(ToDateTime(), DateTimeKind.Local);
            return (local.ToUniversalTime() - DateTime.UnixEpoch).Ticks / 1e7;
        }

        public datetime astimezone(tzinfo? tz = null)
        {
            if (tz is null)
            {
                var utcValue = tzinfo is null ? DateTime.SpecifyKind(ToDateTime(), DateTimeKind.Local).ToUniversalTime() : FromWallMicros(UtcMicros, null).ToDateTime();
                var local = utcValue.ToLocalTime();
                var offset = TimeZoneInfo.Local.GetUtcOffset(local);
                return FromDateTime(local, new timezone(timedelta.From(offset), TimeZoneInfo.Local.IsDaylightSavingTime(local) ? TimeZoneInfo.Local.DaylightName : TimeZoneInfo.Local.StandardName));
            }
            var utc = tzinfo is null ? FromDateTime(DateTime.SpecifyKind(ToDateTime(), DateTimeKind.Local).ToUniversalTime(), tz) : FromWallMicros(UtcMicros, tz);
            return tz.fromutc(utc);
        }

        public datetime replace(long? year = null, long? month = null, long? day = null, long? hour = null, long? minute = null,
            long? second = null, long? microsecond = null, object? tzinfo = null, long? fold = null) =>
            new(year ?? this.year, month ?? this.month, day ?? this.day, hour ?? this.hour, minute ?? this.minute,
                second ?? this.second, microsecond ?? this.microsecond,
                tzinfo is null ? this.tzinfo : tzinfo is bool ? null : (tzinfo?)tzinfo, fold ?? this.fold);

        internal override TimeFields Fields() =>
            new(year, month, day, hour, minute, second, microsecond, weekday(), Day.DayOfYear, utcoffset()?.ToTimeSpan(), tzname());

        public override string isoformat() => isoformat("T");

        public string isoformat(string sep = "T", string timespec = "auto") =>
            base.isoformat() + sep + DatetimeModule.time.Clock(MicroOfDay, timespec) + (utcoffset() is { } o ? StrfTime.Offset(o.ToTimeSpan(), ":") : "");

        public override string __str__() => isoformat(" ");

        public override string __repr__()
        {
            string text = $"datetime.datetime({year}, {month}, {day}, {hour}, {minute}";
            if (second != 0 || microsecond != 0) text += $", {second}";
            if (microsecond != 0) text += $", {microsecond}";
            if (fold != 0) text += $", fold={fold}";
            if (tzinfo is not null) text += $", tzinfo={Builtins.repr(tzinfo)}";
            return text + ")";
        }

        public override object __add__(object? other) =>
            other is timedelta t ? FromWallMicros(WallMicros + t.Micros, tzinfo) : Builtins.NotImplemented;

        public override object __sub__(object? other)
        {
            switch (other)
            {
                case timedelta t: return FromWallMicros(WallMicros - t.Micros, tzinfo);
                case datetime d:
                    if ((utcoffset() is null) != (d.utcoffset() is null)) throw new TypeError("can't subtract offset-naive and offset-aware datetimes");
                    return ReferenceEquals(tzinfo, d.tzinfo) ? new timedelta(WallMicros - d.WallMicros) : new timedelta(UtcMicros - d.UtcMicros);
                default: return Builtins.NotImplemented;
            }
        }

        internal override int? CompareWith(object? other)
        {
            if (other is not datetime d) return other is DatetimeModule.date ? throw new TypeError("can't compare datetime.datetime to datetime.date") : null;
            if (ReferenceEquals(tzinfo, d.tzinfo)) return WallMicros.CompareTo(d.WallMicros);
            if ((utcoffset() is null) != (d.utcoffset() is null)) throw new TypeError("can't compare offset-naive and offset-aware datetimes");
            return UtcMicros.CompareTo(d.UtcMicros);
        }

        /// <summary>Naive and aware datetimes are simply unequal (only ordering them raises).</summary>
        internal bool MixesAwareness(datetime other) =>
            !ReferenceEquals(tzinfo, other.tzinfo) && (utcoffset() is null) != (other.utcoffset() is null);

        public override long PythonHash() => Py.Hash(Py.Int(UtcMicros));
    }
}
