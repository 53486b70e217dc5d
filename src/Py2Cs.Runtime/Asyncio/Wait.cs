namespace Py2Cs.Runtime;

public static partial class asyncio
{
    /// <summary>asyncio.wait: returns (done, pending) sets; never raises TimeoutError, never cancels.</summary>
    public static async Coroutine<(PySet<TFuture> done, PySet<TFuture> pending)> wait<TFuture>(
        IEnumerable<TFuture> fs, double? timeout = null, string return_when = ALL_COMPLETED) where TFuture : Future
    {
        var set = new PySet<TFuture>(fs);
        CheckWaitArguments(set.Count, return_when);
        var loop = AbstractEventLoop.Running;
        return await WaitCore(set, timeout, return_when, loop);
    }

    /// <summary>The untyped form, which also rejects coroutines with CPython's TypeError.</summary>
    public static async Coroutine<(PySet<Future> done, PySet<Future> pending)> wait(
        IEnumerable<object> fs, double? timeout = null, string return_when = ALL_COMPLETED)
    {
        var items = fs.ToList();
        CheckWaitArguments(items.Count, return_when);
        var loop = AbstractEventLoop.Running;
        if (items.Any(f => f is CoroutineBase))
            throw new TypeError("Passing coroutines is forbidden, use tasks explicitly.");
        var set = new PySet<Future>(items.Select(f => EnsureFuture(f, loop)));
        return await WaitCore(set, timeout, return_when, loop);
    }

    static void CheckWaitArguments(int count, string returnWhen)
    {
        if (count == 0) throw new ValueError("Set of Tasks/Futures is empty.");
        if (returnWhen is not (FIRST_COMPLETED or FIRST_EXCEPTION or ALL_COMPLETED))
            throw new ValueError($"Invalid return_when value: {returnWhen}");
    }

    static async Coroutine<(PySet<TFuture> done, PySet<TFuture> pending)> WaitCore<TFuture>(
        PySet<TFuture> fs, double? timeout, string returnWhen, AbstractEventLoop loop) where TFuture : Future
    {
        var waiter = new Future(loop);
        TimerHandle? timeoutHandle = timeout == null ? null : loop.call_later(timeout.Value, ReleaseWaiter, waiter);
        int counter = fs.Count;
        void OnCompletion(Future f)
        {
            counter--;
            if (counter <= 0 || returnWhen == FIRST_COMPLETED ||
                (returnWhen == FIRST_EXCEPTION && !f.cancelled() && f.exception() != null))
            {
                timeoutHandle?.cancel();
                if (!waiter.done()) waiter.SetResultCore(null);
            }
        }
        Action<Future> callback = OnCompletion;
        foreach (var f in fs) f.AddCallback(callback);
        try
        {
            await waiter;
        }
        finally
        {
            timeoutHandle?.cancel();
            foreach (var f in fs) f.RemoveCallback(callback);
        }
        var done = new PySet<TFuture>();
        var pending = new PySet<TFuture>();
        foreach (var f in fs) (f.done() ? done : pending).Add(f);
        return (done, pending);
    }
}
