using System.Globalization;
using System.Text;

namespace Py2Cs.Runtime;

/// <summary>The broken-down time that <see cref="StrfTime"/> formats (what C's <c>struct tm</c> carries, plus
/// microseconds, the UTC offset and zone name that datetime adds).</summary>
internal readonly record struct TimeFields(long Year, long Month, long Day, long Hour, long Minute, long Second,
    long Microsecond, long Weekday, long YearDay, TimeSpan? UtcOffset, string? ZoneName);

/// <summary>
/// <c>strftime</c> as CPython on Linux does it (glibc in the C locale): every glibc directive that
/// programs use, including the <c>%-d</c> no-padding flag and <c>%e</c>; <c>%f</c>, <c>%z</c> and
/// <c>%Z</c> are filled in by datetime before glibc sees the format.
/// </summary>
internal static class StrfTime
{
    private static readonly string[] DayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    private static readonly string[] MonthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static string Format(string format, TimeFields t)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < format.Length; i++)
        {
            char c = format[i];
            if (c != '%' || i + 1 >= format.Length) { sb.Append(c); continue; }
            char d = format[++i];
            bool noPad = false;
            if (d is '-' && i + 1 < format.Length) { noPad = true; d = format[++i]; }
            string? text = Directive(d, t, noPad);
            if (text is null) sb.Append('%').Append(noPad ? "-" : "").Append(d);
            else sb.Append(text);
        }
        return sb.ToString();
    }

    private static string Num(long value, int width, bool noPad, char pad = '0') =>
        noPad ? value.ToString(CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture).PadLeft(width, pad);

    private static string? Directive(char d, TimeFields t, bool noPad)
    {
        long hour12 = t.Hour % 12 == 0 ? 12 : t.Hour % 12;
        return d switch
        {
            'a' => DayNames[t.Weekday][..3],
            'A' => DayNames[t.Weekday],
            'w' => ((t.Weekday + 1) % 7).ToString(CultureInfo.InvariantCulture),
            'u' => (t.Weekday + 1).ToString(CultureInfo.InvariantCulture),
            'd' => Num(t.Day, 2, noPad),
            'e' => Num(t.Day, 2, noPad, ' '),
            'b' or 'h' => MonthNames[t.Month - 1][..3],
            'B' => MonthNames[t.Month - 1],
            'm' => Num(t.Month, 2, noPad),
            'y' => Num(t.Year % 100, 2, noPad),
            'Y' => t.Year.ToString(CultureInfo.InvariantCulture),
            'C' => Num(t.Year / 100, 2, noPad),
            'H' => Num(t.Hour, 2, noPad),
            'k' => Num(t.Hour, 2, noPad, ' '),
            'I' => Num(hour12, 2, noPad),
            'l' => Num(hour12, 2, noPad, ' '),
            'p' => t.Hour < 12 ? "AM" : "PM",
            'P' => t.Hour < 12 ? "am" : "pm",
            'M' => Num(t.Minute, 2, noPad),
            'S' => Num(t.Second, 2, noPad),
            'f' => Num(t.Microsecond, 6, false),
            'j' => Num(t.YearDay, 3, noPad),
            'U' => Num((t.YearDay + 6 - (t.Weekday + 1) % 7) / 7, 2, noPad),
            'W' => Num((t.YearDay + 6 - t.Weekday) / 7, 2, noPad),
            'G' => IsoYearWeek(t).Year.ToString(CultureInfo.InvariantCulture),
            'g' => Num(IsoYearWeek(t).Year % 100, 2, noPad),
            'V' => Num(IsoYearWeek(t).Week, 2, noPad),
            'z' => t.UtcOffset is { } offset ? Offset(offset, "") : "",
            'Z' => t.ZoneName ?? "",
            'c' => $"{Directive('a', t, false)} {Directive('b', t, false)} {Num(t.Day, 2, false, ' ')} {Directive('T', t, false)} {t.Year}",
            'x' or 'D' => $"{Num(t.Month, 2, false)}/{Num(t.Day, 2, false)}/{Num(t.Year % 100, 2, false)}",
            'X' or 'T' => $"{Num(t.Hour, 2, false)}:{Num(t.Minute, 2, false)}:{Num(t.Second, 2, false)}",
            'F' => $"{t.Year}-{Num(t.Month, 2, false)}-{Num(t.Day, 2, false)}",
            'R' => $"{Num(t.Hour, 2, false)}:{Num(t.Minute, 2, false)}",
            'r' => $"{Num(hour12, 2, false)}:{Num(t.Minute, 2, false)}:{Num(t.Second, 2, false)} {(t.Hour < 12 ? "AM" : "PM")}",
            'n' => "\n",
            't' => "\t",
            '%' => "%",
            _ => null,
        };
    }

    /// <summary>A UTC offset as <c>+HHMM</c> (with <paramref name="separator"/> between the parts),
    /// seconds and microseconds added only when present, as datetime writes it.</summary>
    public static string Offset(TimeSpan offset, string separator)
    {
        char sign = offset < TimeSpan.Zero ? '-' : '+';
        var a = offset.Duration();
        string text = $"{sign}{a.Hours + a.Days * 24:00}{separator}{a.Minutes:00}";
        if (a.Seconds != 0 || a.Ticks % TimeSpan.TicksPerSecond != 0) text += $"{separator}{a.Seconds:00}";
        long micro = a.Ticks % TimeSpan.TicksPerSecond / 10;
        if (micro != 0) text += $".{micro:000000}";
        return text;
    }

    public static (long Year, long Week, long Weekday) IsoYearWeek(TimeFields t)
    {
        var date = new DateOnly((int)t.Year, (int)t.Month, (int)t.Day).ToDateTime(TimeOnly.MinValue);
        return (ISOWeek.GetYear(date), ISOWeek.GetWeekOfYear(date), t.Weekday + 1);
    }
}
