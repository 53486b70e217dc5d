using System.Diagnostics;

namespace Py2Cs.Runtime;

/// <summary>
/// Python's <c>time</c> module. Like <c>random</c>, it is an object (<see cref="Builtins.time"/>)
/// because C# forbids a class <c>time</c> with a method <c>time()</c>.
/// </summary>
[PyModule("time")]
public sealed class TimeModule : IPyRepr
{
    private static readonly long StartTicks = Stopwatch.GetTimestamp();

    /// <summary>Seconds since the epoch.</summary>
    public double time() => (DateTime.UtcNow - DateTime.UnixEpoch).Ticks / 1e7;

    public long time_ns() => (DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100;

    /// <summary>Monotonic clock in seconds (the same clock the asyncio loop reads).</summary>
    public double monotonic() => Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency;

    public long monotonic_ns() => (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));

    public double perf_counter() => (Stopwatch.GetTimestamp() - StartTicks) / (double)Stopwatch.Frequency;

    public long perf_counter_ns() => (long)((Stopwatch.GetTimestamp() - StartTicks) * (1e9 / Stopwatch.Frequency));

    public double process_time() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

    /// <summary>Blocks the calling thread, as time.sleep does.</summary>
    public void sleep(double seconds)
    {
        if (seconds < 0) throw new ValueError("sleep length must be non-negative");
        Thread.Sleep(TimeSpan.FromSeconds(seconds));
    }

    public string __repr__() => "<module 'time' (built-in)>";

    public long timezone => -(long)TimeZoneInfo.Local.BaseUtcOffset.TotalSeconds;

    public PyTuple tzname => new(StructTime.ZoneName(TimeZoneInfo.Local.BaseUtcOffset, false), StructTime.ZoneName(TimeZoneInfo.Local.BaseUtcOffset, true));

    /// <summary>The UTC broken-down time of <paramref name="secs"/> (now when None).</summary>
    public StructTime gmtime(double? secs = null) => StructTime.From(Instant(secs), TimeSpan.Zero, "GMT", false);

    /// <summary>The local broken-down time of <paramref name="secs"/> (now when None).</summary>
    public StructTime localtime(double? secs = null)
    {
        var utc = Instant(secs);
        var offset = TimeZoneInfo.Local.GetUtcOffset(utc);
        bool dst = TimeZoneInfo.Local.IsDaylightSavingTime(utc);
        return StructTime.From(utc + offset, offset, StructTime.ZoneName(offset, dst), dst);
    }

    private static DateTime Instant(double? secs) =>
        secs is { } s ? DateTime.UnixEpoch.AddTicks((long)Math.Floor(s) * TimeSpan.TicksPerSecond) : DateTime.UtcNow;

    /// <summary>Seconds since the epoch of a local broken-down time.</summary>
    public double mktime(object t)
    {
        var f = StructTime.FieldsOf(t);
        var local = new DateTime((int)f[0], (int)f[1], (int)f[2], (int)f[3], (int)f[4], (int)f[5], DateTimeKind.Unspecified);
        return (TimeZoneInfo.ConvertTimeToUtc(local, TimeZoneInfo.Local) - DateTime.UnixEpoch).Ticks / TimeSpan.TicksPerSecond;
    }

    public string strftime(string format, object? t = null) =>
        StrfTime.Format(format, (t is null ? localtime() : t as StructTime ?? StructTime.FromTuple(t)).Fields());

    public string asctime(object? t = null) => strftime("%a %b %e %H:%M:%S %Y", t ?? localtime());

    public string ctime(double? secs = null) => asctime(localtime(secs));
}

public static partial class Builtins
{
    public static readonly TimeModule time = new();
}
