namespace Py2Cs.Runtime;

public static partial class asyncio
{
    /// <summary>to_thread: run in the loop's default executor (threads asyncio_0, asyncio_1, ...);
    /// the result comes back through call_soon_threadsafe, then the task's wakeup: two hops.
    /// The function runs in a copy of the caller's contextvars context.</summary>
    public static async Coroutine<T> to_thread<T>(Func<T> func)
    {
        var context = contextvars.CaptureIfInUse();
        var call = context == null ? func : () => context.run(func);
        return await AbstractEventLoop.Running.run_in_executor(null, call);
    }

    public static Coroutine<T> to_thread<A1, T>(Func<A1, T> func, A1 arg1) => to_thread(() => func(arg1));
    public static Coroutine<T> to_thread<A1, A2, T>(Func<A1, A2, T> func, A1 arg1, A2 arg2) => to_thread(() => func(arg1, arg2));
    public static Coroutine to_thread<A1>(Action<A1> func, A1 arg1) => to_thread(() => func(arg1));
    public static Coroutine to_thread<A1, A2>(Action<A1, A2> func, A1 arg1, A2 arg2) => to_thread(() => func(arg1, arg2));

    public static async Coroutine to_thread(Action func) =>
        await to_thread(() => { func(); return (object?)null; });

    /// <summary>futures.wrap_future: an asyncio future that follows a concurrent one.</summary>
    public static Future<T> wrap_future<T>(concurrent_futures.Future source, AbstractEventLoop? loop = null)
    {
        var destination = new Future<T>(loop ?? EventLoopPolicy.GetEventLoop());
        ChainFuture(source, destination);
        return destination;
    }

    static void ChainFuture(concurrent_futures.Future source, Future destination)
    {
        var loop = destination._loop;
        destination.AddCallback(d =>
        {
            if (d.cancelled()) source.cancel();
        });
        source.add_done_callback(s =>
        {
            if (loop.is_closed()) return;
            loop.CallSoonThreadsafeInternal(static (d, s) => CopyConcurrentState((concurrent_futures.Future)s!, (Future)d!), destination, s);
        });
    }

    static void CopyConcurrentState(concurrent_futures.Future source, Future destination)
    {
        if (destination.cancelled()) return;
        if (source.cancelled()) { destination.cancel(); return; }
        if (source.exception() is { } error) destination.SetExceptionCore(error);
        else destination.SetResultCore(source.result());
    }

    /// <summary>Await a .NET task from a Python coroutine: the task's completion is posted back to
    /// the loop with call_soon_threadsafe. Cancelling the awaiting task cancels only this future.</summary>
    [PyHidden]
    public static Future<T> wrap_task<T>(System.Threading.Tasks.Task<T> task)
    {
        var loop = AbstractEventLoop.Running;
        var future = new Future<T>(loop);
        task.ContinueWith(static (t, state) =>
        {
            var (loop, future) = ((AbstractEventLoop, Future))state!;
            if (loop.is_closed()) return;
            loop.CallSoonThreadsafeInternal(static (f, t) => CopyTaskState((System.Threading.Tasks.Task)t!, (Future)f!), future, t);
        }, (loop, (Future)future), TaskContinuationOptions.ExecuteSynchronously);
        return future;
    }

    [PyHidden]
    public static Future<object?> wrap_task(System.Threading.Tasks.Task task) =>
        wrap_task(task.ContinueWith(static t =>
        {
            t.GetAwaiter().GetResult();
            return (object?)null;
        }, TaskContinuationOptions.ExecuteSynchronously));

    static void CopyTaskState(System.Threading.Tasks.Task task, Future future)
    {
        if (future.done()) return;
        if (task.IsFaulted) future.SetExceptionCore(task.Exception!.InnerExceptions.Count == 1 ? task.Exception.InnerException! : task.Exception);
        else if (task.IsCanceled) future.cancel();
        else future.SetResultCore(task.GetType().GetProperty("Result")!.GetValue(task));
    }

    public partial class AbstractEventLoop
    {
        public Future<T> run_in_executor<T>(concurrent_futures.ThreadPoolExecutor? executor, Func<T> func)
        {
            CheckClosed();
            if (executor == null)
            {
                if (_executorShutdownCalled) throw new RuntimeError("Executor shutdown has been called");
                executor = _defaultExecutor ??= new concurrent_futures.ThreadPoolExecutor(thread_name_prefix: "asyncio");
            }
            return wrap_future<T>(executor.submit(() => func()), this);
        }

        public Future<object?> run_in_executor(concurrent_futures.ThreadPoolExecutor? executor, Action func) =>
            run_in_executor(executor, () => { func(); return (object?)null; });

        public Future<T> run_in_executor<A1, T>(concurrent_futures.ThreadPoolExecutor? executor, Func<A1, T> func, A1 arg1) =>
            run_in_executor(executor, () => func(arg1));

        public Future<T> run_in_executor<A1, A2, T>(concurrent_futures.ThreadPoolExecutor? executor, Func<A1, A2, T> func, A1 arg1, A2 arg2) =>
            run_in_executor(executor, () => func(arg1, arg2));

        bool _executorShutdownCalled;

        public void set_default_executor(concurrent_futures.ThreadPoolExecutor executor) => _defaultExecutor = executor;

        /// <summary>Joins the default executor's threads on a helper thread, as CPython does.</summary>
        public async Coroutine shutdown_default_executor()
        {
            _executorShutdownCalled = true;
            var executor = _defaultExecutor;
            if (executor == null) return;
            var future = new Future(this);
            var thread = new Thread(() =>
            {
                try
                {
                    executor.shutdown(wait: true);
                    if (!is_closed()) CallSoonThreadsafeInternal(static (f, _) => { var fut = (Future)f!; if (!fut.done()) fut.SetResultCore(null); }, future, null);
                }
                catch (System.Exception e)
                {
                    if (!is_closed()) CallSoonThreadsafeInternal(static (f, e) => ((Future)f!).SetExceptionCore((System.Exception)e!), future, e);
                }
            }) { IsBackground = true };
            thread.Start();
            try { await future; }
            finally { thread.Join(); }
        }
    }
}
