namespace Py2Cs.Runtime;

public static partial class asyncio
{
    /// <summary>
    /// asyncio.run (runners.py): a new loop, main as Task-N, run until done; then cancel the tasks
    /// left over (in creation order; CPython iterates a set), run shutdown_asyncgens and
    /// shutdown_default_executor as tasks (each takes a Task-N name), close the loop.
    /// </summary>
    public static T run<T>(Coroutine<T> main, bool debug = false)
    {
        if (AbstractEventLoop.RunningOrNull != null)
            throw new RuntimeError("asyncio.run() cannot be called from a running event loop");
        var loop = new_event_loop();
        set_event_loop(loop);
        // Runner's SIGINT handler: the first Ctrl-C cancels the main task; if that cancellation
        // is not swallowed, run raises KeyboardInterrupt. A second Ctrl-C ends the process.
        int interrupts = 0;
        Task<T>? task = null;
        ConsoleCancelEventHandler onInterrupt = (_, e) =>
        {
            if (Interlocked.Increment(ref interrupts) != 1 || task == null || task.done()) return;
            e.Cancel = true;
            loop.CallSoonThreadsafeInternal(static (t, _) => ((Task)t!).cancel(), task, null);
        };
        Console.CancelKeyPress += onInterrupt;
        try
        {
            task = loop.create_task(main);
            try
            {
                return (T)loop.run_until_complete(task)!;
            }
            catch (CancelledError) when (Volatile.Read(ref interrupts) > 0 && task.uncancel() == 0)
            {
                throw new KeyboardInterrupt();
            }
        }
        finally
        {
            Console.CancelKeyPress -= onInterrupt;
            try
            {
                CancelAllTasks(loop);
                loop.run_until_complete(loop.shutdown_asyncgens());
                loop.run_until_complete(loop.shutdown_default_executor());
            }
            finally
            {
                set_event_loop(null);
                loop.close();
                TaskLogging.ReportUnretrieved(loop);
            }
        }
    }

    static void CancelAllTasks(AbstractEventLoop loop)
    {
        var toCancel = loop._tasks.Snapshot();
        if (toCancel.Count == 0) return;
        foreach (var task in toCancel) task.cancel();
        loop.run_until_complete(GatherFutures(loop, toCancel.Cast<Future>().ToList(), returnExceptions: true));
        foreach (var task in toCancel)
        {
            if (task.cancelled()) continue;
            if (task.exception() is { } error)
                ExceptionLog.Write("unhandled exception during asyncio.run() shutdown", "task: " + task.__repr__(), error);
        }
    }
}
