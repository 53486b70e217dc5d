namespace Py2Cs.Runtime;

/// <summary>
/// The default policy's per-thread "current loop" (3.11.7): in the main thread, asking for a loop
/// when none was ever set silently creates one; once set_event_loop was called (asyncio.run calls
/// it, and sets None at the end) or in another thread, it raises RuntimeError.
/// </summary>
internal static class EventLoopPolicy
{
    [ThreadStatic] static asyncio.AbstractEventLoop? t_loop;
    [ThreadStatic] static bool t_setCalled;
    [ThreadStatic] static bool t_isMainForTests;

    /// <summary>Test hook: treat the calling thread as the main thread and forget its loop.</summary>
    internal static void ResetForTests(bool isMainThread)
    {
        t_loop = null;
        t_setCalled = false;
        t_isMainForTests = isMainThread;
    }

    internal static bool IsMainThread => t_isMainForTests
        || (PyProgram.PythonMainThread is { } main ? Thread.CurrentThread == main : Environment.CurrentManagedThreadId == 1);

    internal static string CurrentThreadName =>
        IsMainThread ? "MainThread" : Thread.CurrentThread.Name ?? $"Thread-{Environment.CurrentManagedThreadId}";

    internal static asyncio.AbstractEventLoop GetEventLoop()
    {
        if (asyncio.AbstractEventLoop.RunningOrNull is { } running) return running;
        if (t_loop == null && !t_setCalled && IsMainThread) SetEventLoop(new asyncio.AbstractEventLoop());
        return t_loop ?? throw new RuntimeError($"There is no current event loop in thread '{CurrentThreadName}'.");
    }

    internal static asyncio.AbstractEventLoop GetEventLoopForFuture() => GetEventLoop();

    internal static void SetEventLoop(asyncio.AbstractEventLoop? loop)
    {
        t_setCalled = true;
        t_loop = loop;
    }
}
