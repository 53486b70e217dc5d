namespace Py2Cs.Runtime;

public static partial class asyncio
{
    // sleep(0) is a bare yield: a coroutine with no state machine that yields once (no timer, no
    // future). sleep(d > 0) waits on a future released by a timer; its deadline is computed when the
    // coroutine runs, i.e. when it is awaited, as in CPython.
    public static Coroutine sleep(double delay) => delay <= 0 ? SleepZero : SleepFor(delay);

    /// <summary>
    /// The object `sleep(0)` returns. It holds no state, so one instance serves every call: the
    /// driver treats awaiting it as a bare yield and never changes it (the hottest path of
    /// asyncio programs allocates nothing). A task made from it gets a private copy. The one
    /// difference from CPython: awaiting the same sleep(0) object twice does not raise.
    /// </summary>
    internal static readonly Coroutine SleepZero = new(null) { _isSharedInstance = true };

    public static Coroutine<T> sleep<T>(double delay, T result) =>
        delay <= 0 ? new Coroutine<T>(result) : SleepFor(delay, result);

    static Coroutine SleepFor(double delay) => new SleepOperation(delay);

    /// <summary>
    /// sleep(delay &gt; 0), hand-written so that it costs one object, a future and a timer (no
    /// compiled state machine). CPython's body, step for step:
    /// <code>
    /// loop = events.get_running_loop()
    /// future = loop.create_future()
    /// h = loop.call_later(delay, futures._set_result_unless_cancelled, future, result)
    /// try: return await future
    /// finally: h.cancel()
    /// </code>
    /// </summary>
    sealed class SleepOperation(double delay) : Coroutine
    {
        TimerHandle? _timer;

        public override string __name__ => "sleep";

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        internal override void Resume(System.Exception? toThrow)
        {
            if (_state == CoroutineState.Created)
            {
                if (toThrow != null) { Complete(toThrow); return; }    // throw() before the body ran
                Future future;
                try
                {
                    var loop = AbstractEventLoop.Running;
                    future = new Future(loop);
                    _timer = loop.Schedule(new TimerHandle(loop, loop.time() + delay, s_setResultUnlessCancelled, future, s_setResultUnlessCancelled));
                }
                catch (System.Exception e) { Complete(e); return; }     // raised by the body, as in CPython
                _state = CoroutineState.Suspended;
                _yielded = future;                       // the driver waits on the future
                return;
            }
            _timer!.cancel();                            // the finally clause
            _timer = null;
            Complete(toThrow);
        }
    }

    static async Coroutine<T> SleepFor<T>(double delay, T result)
    {
        await SleepFor(delay);
        return result;
    }

    static readonly Action<object?> s_setResultUnlessCancelled = static f =>
    {
        var future = (Future)f!;
        if (!future.cancelled()) future.set_result(null);
    };
}
