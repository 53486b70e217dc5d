namespace Py2Cs.Runtime;

// Module-level functions of asyncio: loops, tasks, introspection.
public static partial class asyncio
{
    public const string FIRST_COMPLETED = "FIRST_COMPLETED";
    public const string FIRST_EXCEPTION = "FIRST_EXCEPTION";
    public const string ALL_COMPLETED = "ALL_COMPLETED";

    public static AbstractEventLoop get_running_loop() => AbstractEventLoop.Running;
    public static AbstractEventLoop get_event_loop() => EventLoopPolicy.GetEventLoop();
    public static AbstractEventLoop new_event_loop() => new();
    public static void set_event_loop(AbstractEventLoop? loop) => EventLoopPolicy.SetEventLoop(loop);

    public static Task<T> create_task<T>(Coroutine<T> coro, string? name = null) =>
        AbstractEventLoop.Running.create_task(coro, name);

    public static Task? current_task(AbstractEventLoop? loop = null) => (loop ?? AbstractEventLoop.Running)._currentTask;

    /// <summary>Pending tasks of the running loop, in creation order (CPython: a set; its order
    /// depends on memory addresses).</summary>
    public static PySet<Task> all_tasks(AbstractEventLoop? loop = null)
    {
        return new PySet<Task>((loop ?? AbstractEventLoop.Running)._tasks.Snapshot());
    }

    public static Task<T> ensure_future<T>(Coroutine<T> coro) => create_task(coro);
    public static Task<T> ensure_future<T>(Task<T> task) => task;
    public static Future<T> ensure_future<T>(Future<T> future) => future;
    public static Future ensure_future(Future future) => future;
    public static Future ensure_future(object awaitable) => EnsureFuture(awaitable, null);

    /// <summary>tasks._ensure_future: a future stays as it is; a coroutine becomes a new Task.</summary>
    internal static Future EnsureFuture(object? awaitable, AbstractEventLoop? loop) => awaitable switch
    {
        Future future => future,
        CoroutineBase coro => coro.CreateTask(loop ?? EventLoopPolicy.GetEventLoop(), null),
        _ => throw new TypeError("An asyncio.Future, a coroutine or an awaitable is required"),
    };
}
