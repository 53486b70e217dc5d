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
}

public static partial class Builtins
{
    public static readonly TimeModule time = new();
}
