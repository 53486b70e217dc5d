namespace Py2Cs.Runtime;

public static partial class asyncio
{
    /// <summary>
    /// as_completed: a lazy iterable of coroutines; awaiting the k-th gives the k-th result to
    /// complete. The futures are created in argument order (CPython: from a set, in an order that
    /// depends on memory addresses). The timeout raises TimeoutError and cancels nothing.
    /// </summary>
    public static IEnumerable<Coroutine<T>> as_completed<T>(IEnumerable<Coroutine<T>> fs, double? timeout = null) =>
        AsCompleted<T>(fs, timeout);

    public static IEnumerable<Coroutine<T>> as_completed<T>(IEnumerable<Task<T>> fs, double? timeout = null) =>
        AsCompleted<T>(fs, timeout);

    public static IEnumerable<Coroutine<object?>> as_completed(IEnumerable<object> fs, double? timeout = null) =>
        AsCompleted<object?>(fs, timeout);

    static IEnumerable<Coroutine<T>> AsCompleted<T>(IEnumerable<object> fs, double? timeout)
    {
        var loop = EventLoopPolicy.GetEventLoop();
        var done = new Queue<Future?>();
        var todo = new List<Future>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var f in fs)
            if (seen.Add(f)) todo.Add(EnsureFuture(f, loop));
        TimerHandle? timeoutHandle = null;
        Action<Future>? onCompletion = null;

        void OnTimeout()
        {
            foreach (var f in todo)
            {
                f.RemoveCallback(onCompletion!);
                done.put_nowait(null);
            }
            todo.Clear();
        }
        void OnCompletion(Future f)
        {
            if (todo.Count == 0) return;
            todo.Remove(f);
            done.put_nowait(f);
            if (todo.Count == 0) timeoutHandle?.cancel();
        }
        onCompletion = OnCompletion;

        async Coroutine<T> WaitForOne()
        {
            var f = await done.get();
            if (f == null) throw new TimeoutError();
            return (T)f.result()!;
        }

        foreach (var f in todo) f.AddCallback(onCompletion);
        if (todo.Count > 0 && timeout != null) timeoutHandle = loop.call_later(timeout.Value, OnTimeout);
        int count = todo.Count;
        for (int i = 0; i < count; i++) yield return WaitForOne();
    }
}
