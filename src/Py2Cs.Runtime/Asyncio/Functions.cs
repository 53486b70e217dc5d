namespace Py2Cs.Runtime;

// Module-level functions of asyncio: loops, tasks, introspection. The module's other Python names are the
// public members and nested classes of this class's other parts (one concept per file, as CPython's package);
// runtime helpers that are public for generated code carry [PyHidden].
[PyModule("asyncio")]
[PyMissing("child watchers are not implemented (the runtime watches child processes through .NET)",
    "AbstractChildWatcher", "FastChildWatcher", "MultiLoopChildWatcher", "PidfdChildWatcher", "SafeChildWatcher",
    "ThreadedChildWatcher", "get_child_watcher", "set_child_watcher")]
[PyMissing("Unix-domain socket servers and connections are not implemented", "open_unix_connection", "start_unix_server")]
[PyMissing("UDP (datagram endpoints) is not implemented", "DatagramProtocol", "DatagramTransport")]
[PyMissing("this protocol or loop base class is not implemented (use asyncio.Protocol, asyncio.Transport, asyncio.AbstractEventLoop)",
    "BufferedProtocol", "ReadTransport", "WriteTransport", "AbstractServer", "BaseEventLoop", "SelectorEventLoop")]
[PyMissing("asyncio's internal submodules are not exposed (use the names asyncio itself exports)",
    "base_events", "base_futures", "base_subprocess", "base_tasks", "constants", "coroutines", "events", "exceptions",
    "format_helpers", "futures", "locks", "log", "mixins", "protocols", "queues", "runners", "selector_events", "sslproto",
    "staggered", "streams", "taskgroups", "tasks", "threads", "timeouts", "transports", "trsock", "unix_events", "sys")]
public static partial class asyncio
{
    public const string FIRST_COMPLETED = "FIRST_COMPLETED";
    public const string FIRST_EXCEPTION = "FIRST_EXCEPTION";
    public const string ALL_COMPLETED = "ALL_COMPLETED";

    /// <summary>Whether <paramref name="func"/> is an <c>async def</c> (inspect's test: the runtime has no
    /// generator-based coroutines to recognise besides).</summary>
    public static bool iscoroutinefunction(object? func) => InspectModule.iscoroutinefunction(func);

    public static AbstractEventLoop get_running_loop() => AbstractEventLoop.Running;
    // Through the installed event loop policy (Policies.cs) when the program set one of its own.
    public static AbstractEventLoop get_event_loop() =>
        AbstractEventLoop.RunningOrNull ?? (InstalledPolicy is { } policy ? PolicyGetLoop(policy) : EventLoopPolicy.GetEventLoop());
    public static AbstractEventLoop new_event_loop() => InstalledPolicy is { } policy ? PolicyNewLoop(policy) : new();
    public static void set_event_loop(AbstractEventLoop? loop)
    {
        if (InstalledPolicy is { } policy) PolicySetLoop(policy, loop);
        else EventLoopPolicy.SetEventLoop(loop);
    }

    public static Task<T> create_task<T>(Coroutine<T> coro, string? name = null, contextvars.Context? context = null) =>
        AbstractEventLoop.Running.create_task(coro, name, context);

    public static Task? current_task(AbstractEventLoop? loop = null) => (loop ?? AbstractEventLoop.Running)._currentTask;

    /// <summary>Pending tasks of the running loop, in creation order (CPython: a set; its order
    /// depends on memory addresses).</summary>
    public static PySet<Task> all_tasks(AbstractEventLoop? loop = null)
    {
        return new PySet<Task>((loop ?? AbstractEventLoop.Running)._tasks.Snapshot());
    }

    // loop=: the old-style programs that create a task on a loop that is not running yet (run_until_complete later).
    public static Task<T> ensure_future<T>(Coroutine<T> coro, AbstractEventLoop? loop = null) =>
        loop is null ? create_task(coro) : loop.create_task(coro);
    public static Task<T> ensure_future<T>(Task<T> task, AbstractEventLoop? loop = null) => task;
    public static Future<T> ensure_future<T>(Future<T> future, AbstractEventLoop? loop = null) => future;
    public static Future ensure_future(Future future, AbstractEventLoop? loop = null) => future;
    public static Future ensure_future(object awaitable, AbstractEventLoop? loop = null) => EnsureFuture(awaitable, loop);

    /// <summary>tasks._ensure_future: a future stays as it is; a coroutine becomes a new Task.</summary>
    internal static Future EnsureFuture(object? awaitable, AbstractEventLoop? loop) => awaitable switch
    {
        Future future => future,
        CoroutineBase coro => coro.CreateTask(loop ?? EventLoopPolicy.GetEventLoop(), null),
        // inspect.isawaitable: a program class with __await__ runs in a task that awaits it (_wrap_awaitable)
        not null when Py.HasAttr(awaitable, "__await__") =>
            AsyncBuiltins.Await(awaitable).CreateTask(loop ?? EventLoopPolicy.GetEventLoop(), null),
        _ => throw new TypeError("An asyncio.Future, a coroutine or an awaitable is required"),
    };
}
