#pragma warning disable CS8981, IDE1006 // Python's names.
namespace Py2Cs.Runtime;

/// <summary>
/// Python's <c>gc</c>: <c>collect()</c> runs a full .NET collection and its finalizers. .NET has no cycle
/// collector to report on, so <c>collect</c> returns 0 (CPython returns how many unreachable objects it
/// found, which depends on its reference counting); <c>disable</c>/<c>enable</c> only record the state.
/// </summary>
[PyModule("gc")]
public static class gc
{
    static bool s_enabled = true;

    public static long collect(long generation = 2)
    {
        if (generation is < 0 or > 2) throw new ValueError("invalid generation");
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return 0;
    }

    public static void enable() => s_enabled = true;

    public static void disable() => s_enabled = false;

    public static bool isenabled() => s_enabled;
}
