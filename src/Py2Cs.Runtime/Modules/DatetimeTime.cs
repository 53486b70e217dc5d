#pragma warning disable CS8981, IDE1006 // Python's names.
namespace Py2Cs.Runtime;

public static partial class DatetimeModule
{
    /// <summary><c>datetime.time</c>: a time of day to the microsecond, with an optional tzinfo.</summary>
    public sealed class time : PyObject, IPyHashable
    {
        internal long MicroOfDay { get; }

        internal time(long microOfDay, tzinfo? tz, long fold = 0)
        {
            MicroOfDay = microOfDay;
            tzinfo = tz;
            this.fold = fold;
        }

        public time(long hour = 0, long minute = 0, long second = 0, long microsecond = 0, tzinfo? tzinfo = null, long fold = 0)
            : this(ValidateClock(hour, minute, second, microsecond), tzinfo, fold) { }

        internal static long ValidateClock(long hour, long minute, long second, long microsecond)
        {
            if (hour < 0 || hour > 23) throw new ValueError("hour must be in 0..23");
            if (minute < 0 || minute > 59) throw new ValueError("minute must be in 0..59");
            if (second < 0 || second > 59) throw new ValueError("second must be in 0..59");
            if (microsecond < 0 || microsecond > 999_999) throw new ValueError("microsecond must be in 0..999999");
            return ((hour * 60 + minute) * 60 + second) * 1_000_000 + microsecond;
        }

        public static readonly time min = new(0, null);
        public static readonly time max = new(timedelta.MicrosPerDay - 1, null);
        public static readonly timedelta resolution = timedelta.resolution;

        public long hour => MicroOfDay / 3_600_000_000;
        public long minute => MicroOfDay / 60_000_000 % 60;
        public long second => MicroOfDay / 1_000_000 % 60;
        public long microsecond => MicroOfDay % 1_000_000;
        public tzinfo? tzinfo { get; }
        public long fold { get; }

        public static time fromisoformat(string time_string) =>
            IsoFormat.ParseTime(time_string, 0, out int end) is { } parsed && end == time_string.Length
                ? parsed : throw new ValueError($"Invalid isoformat string: {StringRepr.Of(time_string)}");

        public timedelta? utcoffset() => tzinfo?.utcoffset(null);

        public string? tzname() => tzinfo?.tzname(null);

        public time replace(long? hour = null, long? minute = null, long? second = null, long? microsecond = null, object? tzinfo = null) =>
            new(hour ?? this.hour, minute ?? this.minute, second ?? this.second, microsecond ?? this.microsecond,
                tzinfo is null ? this.tzinfo : tzinfo is bool ? null : (tzinfo?)tzinfo);

        /// <summary>HH:MM:SS[.ffffff] as isoformat writes it for <paramref name="timespec"/>.</summary>
        internal static string Clock(long micro, string timespec)
        {
            long h = micro / 3_600_000_000, m = micro / 60_000_000 % 60, s = micro / 1_000_000 % 60, us = micro % 1_000_000;
            return timespec switch
            {
                "auto" => $"{Pad2(h)}:{Pad2(m)}:{Pad2(s)}" + (us != 0 ? $".{us:000000}" : ""),
                "hours" => Pad2(h),
                "minutes" => $"{Pad2(h)}:{Pad2(m)}",
                "seconds" => $"{Pad2(h)}:{Pad2(m)}:{Pad2(s)}",
                "milliseconds" => $"{Pad2(h)}:{Pad2(m)}:{Pad2(s)}.{us / 1000:000}",
                "microseconds" => $"{Pad2(h)}:{Pad2(m)}:{Pad2(s)}.{us:000000}",
                _ => throw new ValueError("Unknown timespec value"),
            };
        }

        public string isoformat(string timespec = "auto") =>
            Clock(MicroOfDay, timespec) + (utcoffset() is { } o ? StrfTime.Offset(o.ToTimeSpan(), ":") : "");

        public override string __str__() => isoformat();

        public override string __repr__()
        {
            string text = $"datetime.time({hour}, {minute}";
            if (second != 0 || microsecond != 0) text += $", {second}";
            if (microsecond != 0) text += $", {microsecond}";
            if (tzinfo is not null) text += $", tzinfo={Builtins.repr(tzinfo)}";
            return text + ")";
        }

        public string strftime(string format) =>
            StrfTime.Format(format, new TimeFields(1900, 1, 1, hour, minute, second, microsecond, 0, 1, utcoffset()?.ToTimeSpan(), tzname()));

        public string __format__(string spec) => spec.Length == 0 ? __str__() : strftime(spec);

        public bool __bool__() => true;

        private int Compare(object? other, string op) => other is time t
            ? MicroOfDay.CompareTo(t.MicroOfDay)
            : throw new TypeError($"'{op}' not supported between instances of 'datetime.time' and '{Builtins.type_name(other)}'");

        public object __eq__(object? other) => other is time t ? MicroOfDay == t.MicroOfDay && ReferenceEquals(tzinfo, t.tzinfo) : Builtins.NotImplemented;
        public object __ne__(object? other) => other is time t ? !(bool)__eq__(t) : Builtins.NotImplemented;
        public bool __lt__(object? other) => Compare(other, "<") < 0;
        public bool __le__(object? other) => Compare(other, "<=") <= 0;
        public bool __gt__(object? other) => Compare(other, ">") > 0;
        public bool __ge__(object? other) => Compare(other, ">=") >= 0;

        public long __hash__() => PythonHash();
        public long PythonHash() => Py.Hash(MicroOfDay);
        public override bool Equals(object? obj) => obj is time && __eq__(obj) is true;
        public override int GetHashCode() => MicroOfDay.GetHashCode();
    }
}
