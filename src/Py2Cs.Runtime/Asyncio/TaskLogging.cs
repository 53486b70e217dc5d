namespace Py2Cs.Runtime;

/// <summary>
/// "Task exception was never retrieved". CPython logs it from Task.__del__, i.e. when the last
/// reference goes away. We log (a) right after the final step for a task marked with forget()
/// (a fire-and-forget create_task: nothing else references it), when it has no done callbacks;
/// (b) for every other failed task whose exception nobody retrieved, when asyncio.run finishes.
/// CPython would log (b) when the variable holding the task dies, which may be earlier or later.
/// </summary>
internal static class TaskLogging
{
    internal static void TaskFailed(asyncio.Task task, bool hadCallbacks)
    {
        if (task._unreferenced && !hadCallbacks) { Report(task); return; }
        task._loop._failedTasks.Add(task);
    }

    internal static void ReportUnretrieved(asyncio.AbstractEventLoop loop)
    {
        foreach (var task in loop._failedTasks) Report(task);
        loop._failedTasks.Clear();
    }

    static void Report(asyncio.Task task)
    {
        if (!task._logTraceback) return;
        task._logTraceback = false;
        ExceptionLog.Write("Task exception was never retrieved", "future: " + task.__repr__(), task._exception);
    }
}
