using Py2Cs.Runtime;
using static Py2Cs.Runtime.DatetimeModule;
using B = Py2Cs.Runtime.Builtins;

namespace Py2Cs.Runtime.Tests.Modules;

/// <summary>datetime against CPython 3.11: the expected text is what python3 printed for the same expressions
/// (one print per case; exceptions as "TypeName: message").</summary>
public class DatetimeTests
{
    private static timedelta Hours(long h) => new(hours: h);

    [Fact]
    public void ArithmeticFormattingAndErrorsMatchCPython() => PrintedLines.Check("""
        datetime.timedelta(0)
        datetime.timedelta(days=-1, seconds=5)
        datetime.timedelta(microseconds=5)
        -1 day, 0:00:05
        0:00:00.000005
        2 days, 0:00:00
        -3 days, 3:00:00
        1 day, 12:00:00
        0:00:00.123457
        8.571428571428571
        8
        0:04:00
        1:30:00
        0:20:00
        -1 day, 23:00:00
        1:00:00
        999999999 days, 23:59:59.999999
        datetime.timedelta(microseconds=1)
        788645.006007
        True
        True
        datetime.date(2024, 2, 20)
        2024-03-01
        2023-12-06
        71 days, 0:00:00
        datetime.timedelta(0)
        True
        datetime.IsoCalendarDate(year=2024, week=8, weekday=2)
        1
        738936
        2024-02-20
        Tue Tuesday 2 05 Mar March 03 24 2024 00 12 AM 00 00 000000   065 09 10 Tue Mar  5 00:00:00 2024 03/05/24 00:00:00 %  5 5 2024 10 2 03/05/24 2024-03-05 00:00:00
        Tue Mar  5 00:00:00 2024
        05/03
        2024-01-01
        2024-02-29
        datetime.datetime(2024, 1, 2, 0, 0)
        datetime.datetime(2024, 1, 2, 3, 4, 5, 6)
        datetime.datetime(2024, 1, 2, 0, 0, tzinfo=datetime.timezone.utc)
        datetime.timezone(datetime.timedelta(seconds=19800))
        UTC-05:00
        datetime.timezone(datetime.timedelta(seconds=3600), 'CET')
        2024-01-02T03:04:05.000006-05:00
        2024-01-02T00:00
        2024-01-02 03:04:05.000600
        datetime.time(12, 30)
        01:02:03.000004
        13 01 PM +0200 UTC+02:00 Tue Mar  5 13:04:05 2024 000123
        2024-01-02 03:04:05.123000+05:30
        2024-01-02 03:04:00
        2024-01-02 00:00:00
        2024-01-02 03:04:05+00:00
        2024-02-29
        2024-03-05 13:04:00
        2024-03-05 13:02:03+01:00
        1704067200.0
        1970-01-01 00:00:00+00:00
        2024-03-06 00:30:00
        3 days, 17:45:00
        2:00:00
        True
        2024-03-05 09:00:00-03:00
        2024-03-05
        12:30:00
        2024-01-01 08:15:00
        False
        [datetime.date(2023, 1, 1), datetime.date(2024, 1, 1), datetime.date(2024, 3, 1)]
        TypeError: can't compare offset-naive and offset-aware datetimes
        TypeError: can't subtract offset-naive and offset-aware datetimes
        TypeError: can't compare datetime.datetime to datetime.date
        ValueError: day is out of range for month
        ValueError: month must be in 1..12
        ValueError: hour must be in 0..23
        ValueError: Invalid isoformat string: '2024-1-3'
        OverflowError: date value out of range
        OverflowError: days=1000000000; must have magnitude <= 999999999
        ValueError: unconverted data remains: -05
        ValueError: time data '2024/03/05' does not match format '%Y-%m-%d'
        """,
        () => B.repr(new timedelta(0L)), () => B.repr(new timedelta(days: -1L, seconds: 5L)), () => B.repr(new timedelta(microseconds: 5L)),
        () => new timedelta(days: -1L, seconds: 5L), () => new timedelta(microseconds: 5L), () => new timedelta(days: 2L), () => new timedelta(days: -3L, hours: 3L),
        () => new timedelta(1.5), () => new timedelta(seconds: 0.1234567), () => Py.TrueDiv(Hours(1), new timedelta(minutes: 7L)),
        () => Py.FloorDiv(Hours(1), new timedelta(minutes: 7L)), () => Py.Mod(Hours(1), new timedelta(minutes: 7L)), () => Py.Mul(Hours(1), 1.5),
        () => Py.TrueDiv(Hours(1), 3L), () => Py.Neg(Hours(1)), () => B.abs(Py.Neg(Hours(1))), () => timedelta.max, () => B.repr(timedelta.resolution),
        () => new timedelta(weeks: 1L, days: 2L, hours: 3L, minutes: 4L, seconds: 5L, milliseconds: 6L, microseconds: 7L).total_seconds(),
        () => Py.Lt(new timedelta(days: 1L), Hours(25)), () => Py.Eq(Hours(24), new timedelta(days: 1L)),
        () => B.repr(new date(2024, 2, 20)), () => Py.Add(new date(2024, 2, 20), new timedelta(days: 10L)), () => Py.Sub(new date(2024, 3, 5), new timedelta(days: 90L)),
        () => Py.Sub(new date(2024, 3, 5), new date(2023, 12, 25)), () => B.repr(Py.Sub(new date(2024, 3, 5), new date(2024, 3, 5))), () => Py.Lt(new date(2024, 3, 5), new date(2024, 3, 6)),
        () => new date(2024, 2, 20).isocalendar(), () => new date(2024, 2, 20).weekday(), () => new date(2024, 2, 20).toordinal(), () => date.fromordinal(738936),
        () => new date(2024, 3, 5).strftime("%a %A %w %d %b %B %m %y %Y %H %I %p %M %S %f %z %Z %j %U %W %c %x %X %% %e %-d %G %V %u %D %F %T"),
        () => new date(2024, 3, 5).ctime(), () => B.format(new date(2024, 3, 5), "%d/%m"), () => B.format(new date(2024, 1, 1)), () => new date(2024, 1, 31).replace(month: 2, day: 29),
        () => B.repr(new datetime(2024, 1, 2)), () => B.repr(new datetime(2024, 1, 2, 3, 4, 5, 6)), () => B.repr(new datetime(2024, 1, 2, tzinfo: timezone.utc)),
        () => B.repr(new timezone(new timedelta(hours: 5L, minutes: 30L))), () => new timezone(Hours(-5)), () => B.repr(new timezone(Hours(1), "CET")),
        () => new datetime(2024, 1, 2, 3, 4, 5, 6, tzinfo: new timezone(Hours(-5))).isoformat(), () => new datetime(2024, 1, 2).isoformat(timespec: "minutes"),
        () => new datetime(2024, 1, 2, 3, 4, 5, 600), () => B.repr(new time(12, 30)), () => new time(1, 2, 3, 4),
        () => new datetime(2024, 3, 5, 13, 4, 5, 123, tzinfo: new timezone(Hours(2))).strftime("%H %I %p %z %Z %c %f"),
        () => datetime.fromisoformat("2024-01-02T03:04:05.123+05:30"), () => datetime.fromisoformat("2024-01-02 03:04"), () => datetime.fromisoformat("2024-01-02"),
        () => datetime.fromisoformat("2024-01-02T03:04:05Z"), () => date.fromisoformat("2024-02-29"),
        () => datetime.strptime("2024-03-05 13:04", "%Y-%m-%d %H:%M"), () => datetime.strptime("05/Mar/2024:01:02:03 PM +0100", "%d/%b/%Y:%I:%M:%S %p %z"),
        () => new datetime(2024, 1, 1, tzinfo: timezone.utc).timestamp(), () => datetime.fromtimestamp(0, timezone.utc),
        () => Py.Add(new datetime(2024, 3, 5, 23, 30), Hours(1)), () => Py.Sub(new datetime(2024, 3, 5, 12), new datetime(2024, 3, 1, 18, 15)),
        () => Py.Sub(new datetime(2024, 3, 5, 12, tzinfo: timezone.utc), new datetime(2024, 3, 5, 12, tzinfo: new timezone(Hours(2)))),
        () => Py.Eq(new datetime(2024, 3, 5, 12, tzinfo: timezone.utc), new datetime(2024, 3, 5, 14, tzinfo: new timezone(Hours(2)))),
        () => new datetime(2024, 3, 5, 12, tzinfo: timezone.utc).astimezone(new timezone(Hours(-3))),
        () => new datetime(2024, 3, 5, 12).date(), () => new datetime(2024, 3, 5, 12, 30).time(), () => datetime.combine(new date(2024, 1, 1), new time(8, 15)),
        () => Py.Eq(new datetime(2024, 1, 1), new date(2024, 1, 1)), () => Sorted(new date(2024, 3, 1), new date(2023, 1, 1), new date(2024, 1, 1)),
        () => Py.Lt(new datetime(2024, 1, 1), new datetime(2024, 1, 1, tzinfo: timezone.utc)),
        () => Py.Sub(new datetime(2024, 1, 1), new datetime(2024, 1, 1, tzinfo: timezone.utc)), () => Py.Lt(new date(2024, 1, 1), new datetime(2024, 1, 1)),
        () => new date(2024, 2, 30), () => new date(2024, 13, 3), () => new datetime(2024, 1, 3, 25), () => date.fromisoformat("2024-1-3"),
        () => Py.Add(new date(9999, 12, 31), new timedelta(days: 1L)), () => new timedelta(days: 1_000_000_000L), () => datetime.strptime("2024-03-05", "%Y-%m"),
        () => datetime.strptime("2024/03/05", "%Y-%m-%d"));

    private static PyList<object?> Sorted(params object?[] items)
    {
        var list = new PyList<object?>(items);
        list.sort();
        return list;
    }
}
