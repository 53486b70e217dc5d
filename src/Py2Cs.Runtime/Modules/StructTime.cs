#pragma warning disable IDE1006 // Python's names.
namespace Py2Cs.Runtime;

/// <summary><c>time.struct_time</c>: the nine-field named tuple of gmtime/localtime, plus tm_zone and tm_gmtoff.</summary>
[PyName("struct_time")]
public sealed class StructTime : PyNamedTuple
{
    private static readonly string[] Names = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"];

    private StructTime(long[] fields, string zone, long offset) : base(Names, fields.Cast<object?>().ToArray())
    {
        tm_zone = zone;
        tm_gmtoff = offset;
    }

    internal static StructTime From(DateTime wall, TimeSpan offset, string zone, bool dst) =>
        new([wall.Year, wall.Month, wall.Day, wall.Hour, wall.Minute, wall.Second, ((int)wall.DayOfWeek + 6) % 7, wall.DayOfYear, dst ? 1 : 0],
            zone, (long)offset.TotalSeconds);

    /// <summary>A 9-tuple given where CPython accepts one (strftime, mktime).</summary>
    internal static StructTime FromTuple(object t)
    {
        var f = FieldsOf(t);
        return new StructTime(f, ZoneName(TimeZoneInfo.Local.BaseUtcOffset, false), (long)TimeZoneInfo.Local.BaseUtcOffset.TotalSeconds);
    }

    internal static long[] FieldsOf(object t)
    {
        var items = Py.Iter(t).Select(x => (long)Py.ToBig(x)).ToArray();
        return items.Length == 9 ? items : throw new TypeError("time.struct_time() takes a 9-sequence");
    }

    /// <summary>"UTC" for a zero offset (what glibc reports for the UTC zone), otherwise .NET's zone name.</summary>
    internal static string ZoneName(TimeSpan offset, bool dst) =>
        offset == TimeSpan.Zero && !dst ? "UTC" : dst ? TimeZoneInfo.Local.DaylightName : TimeZoneInfo.Local.StandardName;

    public long tm_year => (long)this[0]!;
    public long tm_mon => (long)this[1]!;
    public long tm_mday => (long)this[2]!;
    public long tm_hour => (long)this[3]!;
    public long tm_min => (long)this[4]!;
    public long tm_sec => (long)this[5]!;
    public long tm_wday => (long)this[6]!;
    public long tm_yday => (long)this[7]!;
    public long tm_isdst => (long)this[8]!;
    public string tm_zone { get; }
    public long tm_gmtoff { get; }

    internal TimeFields Fields() =>
        new(tm_year, tm_mon, tm_mday, tm_hour, tm_min, tm_sec, 0, tm_wday, tm_yday, TimeSpan.FromSeconds(tm_gmtoff), tm_zone);

    public override string __repr__() =>
        "time.struct_time(" + string.Join(", ", Names.Select((n, i) => $"{n}={this[i]}")) + ")";
}
