namespace Py2Cs.Runtime;

public static partial class asyncio
{
    // wait_for, the 3.11 implementation (not the 3.12 rewrite on top of timeouts): the awaitable
    // runs in a new Task; on timeout it is cancelled and wait_for WAITS for it to finish; if it
    // swallowed the cancellation its result is returned, otherwise TimeoutError from CancelledError.

    public static async Coroutine<T> wait_for<T>(Coroutine<T> aw, double? timeout)
    {
        if (timeout == null) return await aw;
        return (T)(await WaitForFuture(aw, timeout.Value))!;
    }

    public static async Coroutine<T> wait_for<T>(Task<T> aw, double? timeout) =>
        (T)(await WaitForFuture(aw, timeout))!;

    public static async Coroutine<T> wait_for<T>(Future<T> aw, double? timeout) =>
        (T)(await WaitForFuture(aw, timeout))!;

    public static Coroutine<object?> wait_for(object aw, double? timeout) => WaitForFuture(aw, timeout);

    static async Coroutine<object?> WaitForFuture(object aw, double? timeout)
    {
        var loop = AbstractEventLoop.Running;
        if (timeout == null)
        {
            if (aw is CoroutineBase inline) return await inline;
            return await EnsureFuture(aw, loop);
        }
        if (timeout <= 0)
        {
            var f = EnsureFuture(aw, loop);
            if (f.done()) return f.result();
            await CancelAndWait(f, loop);
            try { return f.result(); }
            catch (CancelledError exc) { throw TimeoutFrom(exc); }
        }

        var waiter = new Future(loop);
        var timeoutHandle = loop.call_later(timeout.Value, ReleaseWaiter, waiter);
        Action<Future> callback = _ => ReleaseWaiter(waiter);
        var fut = EnsureFuture(aw, loop);
        fut.AddCallback(callback);
        try
        {
            try
            {
                await waiter;
            }
            catch (CancelledError)
            {
                if (fut.done()) return fut.result();
                fut.RemoveCallback(callback);
                await CancelAndWait(fut, loop);
                throw;
            }
            if (fut.done()) return fut.result();
            fut.RemoveCallback(callback);
            await CancelAndWait(fut, loop);
            try { return fut.result(); }
            catch (CancelledError exc) { throw TimeoutFrom(exc); }
        }
        finally
        {
            timeoutHandle.cancel();
        }
    }

    internal static TimeoutError TimeoutFrom(CancelledError exc) => new() { __cause__ = exc, __context__ = exc };

    static void ReleaseWaiter(Future waiter)
    {
        if (!waiter.done()) waiter.SetResultCore(null);
    }

    /// <summary>tasks._cancel_and_wait: cancel and wait until the future is really done.</summary>
    internal static async Coroutine CancelAndWait(Future fut, AbstractEventLoop loop)
    {
        var waiter = new Future(loop);
        Action<Future> callback = _ => ReleaseWaiter(waiter);
        fut.AddCallback(callback);
        try
        {
            fut.cancel();
            await waiter;
        }
        finally
        {
            fut.RemoveCallback(callback);
        }
    }
}
