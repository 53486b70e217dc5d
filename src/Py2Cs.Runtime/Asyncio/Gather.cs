namespace Py2Cs.Runtime;

public static partial class asyncio
{
    /// <summary>tasks._GatheringFuture: cancel() cancels the children; when they are all done the
    /// outer future gets a CancelledError *exception*, so cancelled() stays False.</summary>
    [PyHidden]
    public sealed class GatheringFuture<T> : Future<PyList<T>>
    {
        internal readonly Future[] _children;
        internal bool _cancelRequested;

        internal GatheringFuture(AbstractEventLoop loop, Future[] children) : base(loop) => _children = children;

        public override bool cancel(string? msg = null)
        {
            if (done()) return false;
            bool any = false;
            foreach (var child in _children)
                if (child.cancel(msg)) any = true;
            if (any) _cancelRequested = true;
            return any;
        }

        internal override string PythonClassName => "_GatheringFuture";
    }

    /// <summary><c>gather(*aws)</c>: children become tasks in argument order.</summary>
    // The items are object? because gather(*xs) of a dynamic xs spreads object? values (None is refused at run time).
    public static GatheringFuture<object?> gather(params object?[] aws) => Gather<object?>(aws, false);

    public static GatheringFuture<object?> gather(bool return_exceptions, params object?[] aws) => Gather<object?>(aws, return_exceptions);

    public static GatheringFuture<object?> gather(object?[] aws, bool return_exceptions) => Gather<object?>(aws, return_exceptions);

    public static GatheringFuture<object?> gather(IEnumerable<object> aws, bool return_exceptions = false) =>
        Gather<object?>(aws.ToArray(), return_exceptions);

    /// <summary>Typed gather: every awaitable produces T, so the result is a PyList&lt;T&gt;.</summary>
    public static GatheringFuture<T> gather<T>(params Coroutine<T>[] aws) => Gather<T>(aws, false);
    public static GatheringFuture<T> gather<T>(params Task<T>[] aws) => Gather<T>(aws, false);
    public static GatheringFuture<T> gather<T>(params Future<T>[] aws) => Gather<T>(aws, false);
    public static GatheringFuture<T> gather<T>(IEnumerable<Coroutine<T>> aws) => Gather<T>(aws.ToArray(), false);
    public static GatheringFuture<T> gather<T>(IEnumerable<Future<T>> aws) => Gather<T>(aws.ToArray(), false);
    public static GatheringFuture<T> gather<T>(IEnumerable<Task<T>> aws) => Gather<T>(aws.ToArray(), false);

    static GatheringFuture<T> Gather<T>(object?[] aws, bool returnExceptions)
    {
        if (aws.Length == 0)
        {
            var empty = new GatheringFuture<T>(EventLoopPolicy.GetEventLoop(), []);
            empty.SetResultCore(new PyList<T>());
            return empty;
        }
        AbstractEventLoop? loop = null;
        if (AllDistinct(aws))
        {   // the common gather(*tasks): no argument-to-future map, no set of distinct children
            // An array of tasks (gather([.. tasks]) passes a new one) is its own list of children:
            // 100,000 tasks would otherwise be copied into another array on the large-object heap.
            if (aws is Future[] futures)
                return GatherFutures<T>(futures[0]._loop, futures, returnExceptions, childrenAreDistinct: true);
            var made = new Future[aws.Length];
            for (int i = 0; i < aws.Length; i++)
            {
                var future = EnsureFuture(aws[i], loop);
                loop ??= future._loop;
                made[i] = future;
            }
            return GatherFutures<T>(loop!, made, returnExceptions, childrenAreDistinct: true);
        }
        var children = new Future[aws.Length];
        int count = 0;
        var seen = new Dictionary<object, Future>(ReferenceEqualityComparer.Instance);
        foreach (var aw in aws)
        {
            // None: CPython's TypeError from ensure_future, once the arguments before it are tasks.
            if (aw is null) EnsureFuture(aw, loop);
            if (aw is CoroutineBase { _isSharedInstance: true } || !seen.TryGetValue(aw!, out var future))
            {
                future = EnsureFuture(aw, loop);
                loop ??= future._loop;
                seen[aw!] = future;
            }
            children[count++] = future;
        }
        return GatherFutures<T>(loop!, children, returnExceptions, childrenAreDistinct: false);
    }

    static long s_gatherStamp;
    /// <summary>Marks a coroutine already seen by AllDistinct (stored in its _parent, which is
    /// always null for a coroutine that has not started).</summary>
    static readonly Coroutine s_seenMarker = new(null);

    /// <summary>True when every argument is a task or an unstarted coroutine object and none is
    /// repeated, so each becomes its own child. Tasks are marked with a stamp unique to this call
    /// and coroutines through their unused _parent, instead of hashing them; anything else (plain
    /// futures included) takes the general path.</summary>
    static bool AllDistinct(object?[] aws)
    {
        long stamp = Interlocked.Increment(ref s_gatherStamp);
        bool distinct = true, markedCoroutines = false;
        foreach (var aw in aws)
        {
            switch (aw)
            {
                case Task t:
                    if (t._gatherStamp == stamp) distinct = false;
                    t._gatherStamp = stamp;
                    break;
                case CoroutineBase { _isSharedInstance: true }:
                    break;      // sleep(0)'s one object stands for a new coroutine at every call
                case CoroutineBase { _state: CoroutineBase.CoroutineState.Created, _parent: null } c:
                    c._parent = s_seenMarker;
                    markedCoroutines = true;
                    break;
                default:        // a repeated or started coroutine, or another awaitable
                    distinct = false;
                    break;
            }
            if (!distinct) break;
        }
        if (markedCoroutines)
            foreach (var aw in aws)
                if (aw is CoroutineBase c && c._parent == s_seenMarker) c._parent = null;
        return distinct;
    }

    internal static GatheringFuture<object?> GatherFutures(AbstractEventLoop loop, Future[] children, bool returnExceptions) =>
        GatherFutures<object?>(loop, children, returnExceptions, childrenAreDistinct: false);

    static GatheringFuture<T> GatherFutures<T>(AbstractEventLoop loop, Future[] children, bool returnExceptions, bool childrenAreDistinct)
    {
        var outer = new GatheringFuture<T>(loop, children);
        IEnumerable<Future> distinct = children;
        if (!childrenAreDistinct)
        {
            var set = new HashSet<Future>(ReferenceEqualityComparer.Instance);
            foreach (var child in children) set.Add(child);
            distinct = set;
        }
        int total = childrenAreDistinct ? children.Length : ((HashSet<Future>)distinct).Count, finished = 0;

        void OnChildDone(Future child)
        {
            finished++;
            if (outer.done())
            {   // mark the exception as retrieved so it is not logged
                if (!child.cancelled()) child.exception();
                return;
            }
            if (!returnExceptions)
            {
                if (child.cancelled())
                {
                    outer.SetExceptionCore(child.MakeCancelledError());
                    return;
                }
                if (child.exception() is { } error)
                {
                    outer.SetExceptionCore(error);
                    return;
                }
            }
            if (finished != total) return;
            // sized once: 100,000 results would otherwise grow through 17 arrays, the largest on the LOH
            var results = new PyList<T> { Capacity = children.Length };
            foreach (var f in children)
            {
                object? value;
                if (f.cancelled()) value = f._cancelMessage == null ? new CancelledError("") : new CancelledError(f._cancelMessage);
                else value = f.exception() ?? f._result;
                results.Add((T)value!);
            }
            if (outer._cancelRequested) outer.SetExceptionCore(child.MakeCancelledError());
            else outer.SetResultCore(results);
        }

        Action<Future> callback = OnChildDone;
        if (distinct is Future[] array)
            foreach (var child in array) child.AddCallback(callback);   // no interface enumerator
        else
            foreach (var child in distinct) child.AddCallback(callback);
        return outer;
    }
}
