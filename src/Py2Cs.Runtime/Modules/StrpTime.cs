using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Py2Cs.Runtime;

/// <summary><c>datetime.strptime</c> for the common directives (%Y %m %d %H %M %S %f %y %b %B %a %A %p %I %j %z %%),
/// with CPython's messages for data that does not match and for data left over.</summary>
internal static class StrpTime
{
    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames;
    private static readonly string[] FullMonths = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    /// <summary><c>Z</c>, <c>+HHMM</c> or <c>+HH:MM</c> (seconds allowed) as a fixed-offset timezone.</summary>
    private static DatetimeModule.tzinfo? Zone(string v)
    {
        if (v == "Z") return DatetimeModule.timezone.utc;
        string digits = v[1..].Replace(":", "");
        long micros = ((long.Parse(digits[..2], CultureInfo.InvariantCulture) * 60 + long.Parse(digits[2..4], CultureInfo.InvariantCulture)) * 60
            + (digits.Length >= 6 ? long.Parse(digits[4..6], CultureInfo.InvariantCulture) : 0)) * 1_000_000;
        return new DatetimeModule.timezone(new DatetimeModule.timedelta((System.Numerics.BigInteger)(v[0] == '-' ? -micros : micros)));
    }

    public static DatetimeModule.datetime Parse(string data, string format)
    {
        var pattern = new StringBuilder("^");
        var directives = new List<char>();
        for (int i = 0; i < format.Length; i++)
        {
            char c = format[i];
            if (c == '%' && i + 1 < format.Length)
            {
                char d = format[++i];
                string? part = d switch
                {
                    'Y' => @"(\d{4})",
                    'm' or 'd' or 'H' or 'M' or 'S' or 'I' or 'y' => @"(\d{1,2})",
                    'j' => @"(\d{1,3})",
                    'f' => @"(\d{1,6})",
                    'b' or 'h' => "(" + string.Join("|", Months.Where(m => m.Length > 0)) + ")",
                    'B' => "(" + string.Join("|", FullMonths.Where(m => m.Length > 0)) + ")",
                    'a' => "(Mon|Tue|Wed|Thu|Fri|Sat|Sun)",
                    'A' => "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)",
                    'p' => "(AM|PM)",
                    'z' => @"(Z|[+-]\d\d:?\d\d(?::?\d\d(?:\.\d{1,6})?)?)",
                    '%' => "%",
                    _ => throw new ValueError($"'{d}' is a bad directive in format '%{d}'"),
                };
                pattern.Append(part);
                if (d != '%') directives.Add(d);
            }
            else if (char.IsWhiteSpace(c)) pattern.Append(@"\s+");
            else pattern.Append(Regex.Escape(c.ToString()));
        }
        var match = new Regex(pattern.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant).Match(data);
        if (!match.Success) throw new ValueError($"time data {StringRepr.Of(data)} does not match format {StringRepr.Of(format)}");
        if (match.Length != data.Length) throw new ValueError($"unconverted data remains: {data[match.Length..]}");
        long year = 1900, month = 1, day = 1, hour = 0, minute = 0, second = 0, micro = 0, yearDay = -1;
        bool pm = false, twelveHour = false;
        DatetimeModule.tzinfo? zone = null;
        for (int k = 0; k < directives.Count; k++)
        {
            string v = match.Groups[k + 1].Value;
            switch (directives[k])
            {
                case 'Y': year = long.Parse(v, CultureInfo.InvariantCulture); break;
                case 'y': long y = long.Parse(v, CultureInfo.InvariantCulture); year = y < 69 ? 2000 + y : 1900 + y; break;
                case 'm': month = long.Parse(v, CultureInfo.InvariantCulture); break;
                case 'd': day = long.Parse(v, CultureInfo.InvariantCulture); break;
                case 'H': hour = long.Parse(v, CultureInfo.InvariantCulture); break;
                case 'I': hour = long.Parse(v, CultureInfo.InvariantCulture); twelveHour = true; break;
                case 'M': minute = long.Parse(v, CultureInfo.InvariantCulture); break;
                case 'S': second = long.Parse(v, CultureInfo.InvariantCulture); break;
                case 'f': micro = long.Parse(v.PadRight(6, '0'), CultureInfo.InvariantCulture); break;
                case 'j': yearDay = long.Parse(v, CultureInfo.InvariantCulture); break;
                case 'p': pm = v.Equals("PM", StringComparison.OrdinalIgnoreCase); break;
                case 'b' or 'h': month = Array.FindIndex(Months, m => m.Equals(v, StringComparison.OrdinalIgnoreCase)) + 1; break;
                case 'B': month = Array.FindIndex(FullMonths, m => m.Equals(v, StringComparison.OrdinalIgnoreCase)) + 1; break;
                case 'z': zone = Zone(v); break;
            }
        }
        if (twelveHour) hour = hour % 12 + (pm ? 12 : 0);
        if (yearDay > 0)
        {
            var d = new DateOnly((int)year, 1, 1).AddDays((int)yearDay - 1);
            month = d.Month;
            day = d.Day;
        }
        return new DatetimeModule.datetime(year, month, day, hour, minute, second, micro, zone);
    }
}
