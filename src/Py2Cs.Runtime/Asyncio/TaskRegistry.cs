namespace Py2Cs.Runtime;

/// <summary>
/// The loop's pending tasks (CPython: a WeakSet), as an intrusive doubly linked list in creation
/// order: O(1) add and remove with no hashing on the task hot path. Holding them strongly means a
/// pending task is never collected mid-run, a deliberate small difference from CPython.
/// </summary>
internal sealed class TaskRegistry
{
    asyncio.Task? _first, _last;

    internal void Add(asyncio.Task task)
    {
        task._prevTask = _last;
        if (_last == null) _first = task; else _last._nextTask = task;
        _last = task;
    }

    internal void Remove(asyncio.Task task)
    {
        var prev = task._prevTask;
        var next = task._nextTask;
        if (prev == null) { if (_first != task) return; _first = next; } else prev._nextTask = next;
        if (next == null) _last = prev; else next._prevTask = prev;
        task._prevTask = task._nextTask = null;
    }

    /// <summary>Pending tasks in creation order.</summary>
    internal List<asyncio.Task> Snapshot()
    {
        var list = new List<asyncio.Task>();
        for (var t = _first; t != null; t = t._nextTask)
            if (!t.done()) list.Add(t);
        return list;
    }
}
