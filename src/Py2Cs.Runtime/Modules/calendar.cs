#pragma warning disable CS8981, IDE1006 // Python's names.
using System.Text;

namespace Py2Cs.Runtime;

/// <summary>
/// Python's <c>calendar</c> (English names, the proleptic Gregorian calendar): leap years, <c>monthrange</c>,
/// <c>weekday</c>, <c>monthcalendar</c>, the name sequences, <c>month</c>/<c>prmonth</c> text with CPython's
/// layout, and <c>firstweekday</c>. An object (<see cref="Builtins.calendar"/>) because it has a function
/// named like itself.
/// </summary>
[PyModule("calendar")]
[PyMissing("the whole-year text calendar, HTML calendars and the Calendar classes are not implemented",
    "calendar", "prcal", "Calendar", "TextCalendar", "HTMLCalendar", "LocaleTextCalendar", "LocaleHTMLCalendar")]
public sealed class CalendarModule
{
    public const long MONDAY = 0, TUESDAY = 1, WEDNESDAY = 2, THURSDAY = 3, FRIDAY = 4, SATURDAY = 5, SUNDAY = 6;
    public const long JANUARY = 1, FEBRUARY = 2;

    static readonly string[] s_days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    static readonly string[] s_months = ["", "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"];

    public static readonly PyList<string> day_name = new(s_days);
    public static readonly PyList<string> day_abbr = new(s_days.Select(d => d[..3]));
    public static readonly PyList<string> month_name = new(s_months);
    public static readonly PyList<string> month_abbr = new(s_months.Select(m => m.Length > 0 ? m[..3] : ""));

    long _firstWeekday;

    /// <summary><c>calendar.IllegalMonthError</c>: a <c>ValueError</c> naming the bad month.</summary>
    public sealed class IllegalMonthError(long month) : ValueError(month)
    {
        public override string __str__() => $"bad month number {month}; must be 1-12";
        public override string PythonTypeName => "calendar.IllegalMonthError";
    }

    /// <summary><c>calendar.IllegalWeekdayError</c>: a <c>ValueError</c> naming the bad weekday.</summary>
    public sealed class IllegalWeekdayError(long weekday) : ValueError(weekday)
    {
        public override string __str__() => $"bad weekday number {weekday}; must be 0 (Monday) to 6 (Sunday)";
        public override string PythonTypeName => "calendar.IllegalWeekdayError";
    }

    public bool isleap(long year) => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);

    /// <summary>The number of leap years in [<paramref name="y1"/>, <paramref name="y2"/>).</summary>
    public long leapdays(long y1, long y2)
    {
        y1--;
        y2--;
        return (FloorDiv(y2, 4) - FloorDiv(y1, 4)) - (FloorDiv(y2, 100) - FloorDiv(y1, 100)) + (FloorDiv(y2, 400) - FloorDiv(y1, 400));
    }

    static long FloorDiv(long a, long b) => (long)Math.Floor((double)a / b);

    public long weekday(long year, long month, long day)
    {
        if (year is < 1 or > 9999) year = 2000 + (((year % 400) + 400) % 400);
        return ((long)new DateTime((int)year, (int)month, (int)day).DayOfWeek + 6) % 7;
    }

    public (long, long) monthrange(long year, long month)
    {
        if (month is < 1 or > 12) throw new IllegalMonthError(month);
        long days = DateTime.DaysInMonth((int)year, (int)month);
        return (weekday(year, month, 1), days);
    }

    public long firstweekday() => _firstWeekday;

    public void setfirstweekday(long firstweekday)
    {
        if (firstweekday is < 0 or > 6) throw new IllegalWeekdayError(firstweekday);
        _firstWeekday = firstweekday;
    }

    /// <summary>The month as weeks of seven day numbers, 0 for the days of the neighbouring months.</summary>
    public PyList<PyList<long>> monthcalendar(long year, long month)
    {
        var (first, days) = monthrange(year, month);
        long lead = ((first - _firstWeekday) % 7 + 7) % 7;
        var weeks = new PyList<PyList<long>>();
        var week = new PyList<long>();
        for (long i = 0; i < lead; i++) week.append(0);
        for (long d = 1; d <= days; d++)
        {
            week.append(d);
            if (week.Count == 7) { weeks.append(week); week = []; }
        }
        if (week.Count > 0)
        {
            while (week.Count < 7) week.append(0);
            weeks.append(week);
        }
        return weeks;
    }

    /// <summary>Day-of-week names cut to <paramref name="width"/> and centred, from the first weekday.</summary>
    public string weekheader(long width)
    {
        var names = width >= 9 ? s_days : s_days.Select(d => d[..3]).ToArray();
        return string.Join(" ", Enumerable.Range(0, 7).Select(i => names[(i + _firstWeekday) % 7])
            .Select(n => n[..(int)Math.Min(width, n.Length)].center(width)));
    }

    /// <summary>A month's text calendar, laid out as CPython's <c>TextCalendar.formatmonth</c>.</summary>
    public string month(long theyear, long themonth, long w = 0, long l = 0)
    {
        w = Math.Max(2, w);
        l = Math.Max(1, l);
        string newlines = new('\n', (int)l);
        var sb = new StringBuilder();
        sb.Append($"{s_months[themonth]} {theyear}".center(7 * (w + 1) - 1).TrimEnd()).Append(newlines);
        sb.Append(weekheader(w).TrimEnd()).Append(newlines);
        foreach (var week in monthcalendar(theyear, themonth))
            sb.Append(string.Join(" ", week.Select(d => (d == 0 ? "" : d.ToString().PadLeft(2)).center(w))).TrimEnd()).Append(newlines);
        return sb.ToString();
    }

    public void prmonth(long theyear, long themonth, long w = 0, long l = 0) => Builtins.print([month(theyear, themonth, w, l)], end: "");

    /// <summary>Seconds since the epoch of a UTC time tuple (the inverse of <c>time.gmtime</c>).</summary>
    public long timegm(object tuple)
    {
        var t = Py.Iter(tuple).Take(6).Select(v => Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        long days = (long)(new DateTime((int)t[0], 1, 1) - DateTime.UnixEpoch).TotalDays;
        days += new DateTime((int)t[0], (int)t[1], 1).DayOfYear - 1 + t[2] - 1;
        return ((days * 24 + t[3]) * 60 + t[4]) * 60 + t[5];
    }
}

public static partial class Builtins
{
    public static readonly CalendarModule calendar = new();
}
