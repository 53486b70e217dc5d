namespace Py2Cs.Runtime;

/// <summary>
/// "Task exception was never retrieved" (and "Future ..." / "_GatheringFuture ..."). CPython logs
/// it from __del__, i.e. when the last reference goes away. We log (a) right after the final step
/// for a task marked with forget() (a fire-and-forget create_task: nothing else references it)
/// when it has no done callbacks; (b) for every other failed future whose exception nobody
/// retrieved, when asyncio.run finishes. CPython would log (b) when the variable holding it dies,
/// which may be earlier or later.
/// </summary>
internal static class TaskLogging
{
    internal static void TaskFailed(asyncio.Task task, bool hadCallbacks)
    {
        if (task._unreferenced && !hadCallbacks) Report(task);
    }

    internal static void ReportUnretrieved(asyncio.AbstractEventLoop loop)
    {
        foreach (var future in loop._failedFutures) Report(future);
        loop._failedFutures.Clear();
    }

    static void Report(asyncio.Future future)
    {
        if (!future._logTraceback) return;
        future._logTraceback = false;
        future._loop.ReportError($"{future.PythonClassName} exception was never retrieved", "future: " + future.__repr__(), future._exception, "future", future);
    }
}
