namespace Py2Cs.Runtime;

/// <summary>The ISO 8601 forms that CPython 3.11's <c>fromisoformat</c> methods accept: <c>YYYY-MM-DD</c> or
/// <c>YYYYMMDD</c>, a one-character separator, <c>HH[:MM[:SS[.fff[fff]]]]</c> (or without colons), then
/// <c>Z</c> or <c>±HH:MM[:SS[.ffffff]]</c>. Each parser returns null where CPython raises.</summary>
internal static class IsoFormat
{
    private static bool Digits(string s, int at, int count, out int value)
    {
        value = 0;
        if (at + count > s.Length) return false;
        for (int i = at; i < at + count; i++)
        {
            if (!char.IsAsciiDigit(s[i])) return false;
            value = value * 10 + (s[i] - '0');
        }
        return true;
    }

    public static DateOnly? ParseDate(string s, int start, out int end)
    {
        end = start;
        if (!Digits(s, start, 4, out int year)) return null;
        int i = start + 4;
        bool extended = i < s.Length && s[i] == '-';
        if (extended) i++;
        if (!Digits(s, i, 2, out int month)) return null;
        i += 2;
        if (extended)
        {
            if (i >= s.Length || s[i] != '-') return null;
            i++;
        }
        if (!Digits(s, i, 2, out int day)) return null;
        end = i + 2;
        try { return DatetimeModule.date.Validate(year, month, day); }
        catch (ValueError) { return null; }
    }

    public static DatetimeModule.time? ParseTime(string s, int start, out int end)
    {
        end = start;
        int i = start;
        if (!Digits(s, i, 2, out int hour)) return null;
        i += 2;
        int minute = 0, second = 0, micro = 0;
        bool extended = i < s.Length && s[i] == ':';
        if (ReadPart(s, ref i, extended, out int m))
        {
            minute = m;
            if (ReadPart(s, ref i, extended, out int sec))
            {
                second = sec;
                if (i < s.Length && s[i] is '.' or ',')
                {
                    int digits = 0;
                    i++;
                    while (i < s.Length && char.IsAsciiDigit(s[i]))
                    {
                        if (digits < 6) { micro = micro * 10 + (s[i] - '0'); digits++; }
                        i++;
                    }
                    if (digits == 0) return null;
                    for (; digits < 6; digits++) micro *= 10;
                }
            }
        }
        DatetimeModule.tzinfo? zone = null;
        if (i < s.Length && s[i] == 'Z') { zone = DatetimeModule.timezone.utc; i++; }
        else if (i < s.Length && s[i] is '+' or '-')
        {
            int sign = s[i] == '-' ? -1 : 1;
            var offset = ParseTime(s, i + 1, out int offsetEnd);
            if (offset is null || offset.tzinfo is not null) return null;
            zone = offset.MicroOfDay == 0 ? DatetimeModule.timezone.utc
                : new DatetimeModule.timezone(new DatetimeModule.timedelta(sign * (System.Numerics.BigInteger)offset.MicroOfDay));
            i = offsetEnd;
        }
        end = i;
        try { return new DatetimeModule.time(hour, minute, second, micro, zone); }
        catch (ValueError) { return null; }
    }

    private static bool ReadPart(string s, ref int i, bool extended, out int value)
    {
        value = 0;
        int at = extended ? i + 1 : i;
        if (extended && (i >= s.Length || s[i] != ':')) return false;
        if (!Digits(s, at, 2, out value)) return false;
        i = at + 2;
        return true;
    }

    public static DatetimeModule.datetime? ParseDateTime(string s)
    {
        if (ParseDate(s, 0, out int end) is not { } day) return null;
        if (end == s.Length) return new DatetimeModule.datetime(day, 0, null);
        if (ParseTime(s, end + 1, out int timeEnd) is not { } clock || timeEnd != s.Length) return null;
        return new DatetimeModule.datetime(day, clock.MicroOfDay, clock.tzinfo);
    }
}
