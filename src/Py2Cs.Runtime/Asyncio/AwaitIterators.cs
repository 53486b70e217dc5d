namespace Py2Cs.Runtime;

// `__await__` written as a generator (a custom awaitable class: `return (yield from fut.__await__())`).
// CPython's Task drives the iterator `__await__` returns one send/throw at a time: a yielded Future
// suspends the task until the future is done (then None is sent in, or the future's exception thrown
// in), a bare `yield` gives up one loop iteration, anything else is "Task got bad yield".
// fut.__await__() and coro.__await__() give such iterators too, so a generator can delegate to them.
public static partial class AsyncBuiltins
{
    /// <summary>Runs the iterator an <c>__await__</c> generator returned, inline in the awaiting task,
    /// as Task.__step runs it; the iterator's return value (StopIteration.value) is the await's value.</summary>
    internal static async Coroutine<object?> DriveAwaitIterator(IGenerator iterator)
    {
        object? sent = null;
        System.Exception? thrown = null;
        while (true)
        {
            if (!iterator.Step(sent, thrown, out var yielded, out var returned)) return returned;
            sent = null;
            thrown = null;
            try
            {
                switch (yielded)
                {
                    case null:
                        await YieldAwaitable.Instance;
                        break;
                    case asyncio.Future future:
                        await future;
                        break;
                    default:
                        thrown = new RuntimeError($"Task got bad yield: {Builtins.repr(yielded)}");
                        break;
                }
            }
            catch (System.Exception error)
            {   // the task was cancelled at this yield, or the future failed: raised at the generator's yield
                thrown = error;
            }
        }
    }
}

/// <summary><c>fut.__await__()</c>: yields the future while it is pending, then returns its result
/// (or raises its exception), as futures.Future.__await__ does.</summary>
public sealed class FutureAwaitIterator : IGenerator
{
    readonly asyncio.Future _future;
    bool _suspended, _finished;

    internal FutureAwaitIterator(asyncio.Future future) => _future = future;

    public bool Step(object? sent, System.Exception? thrown, out object? yielded, out object? returned)
    {
        yielded = null;
        returned = null;
        if (_finished && thrown == null) return false;
        if (thrown != null)
        {
            _finished = true;
            throw thrown;
        }
        if (!_suspended && !_future.done())
        {
            _suspended = true;
            yielded = _future;
            return true;
        }
        _finished = true;
        if (!_future.done()) throw new RuntimeError("await wasn't used with future");
        returned = _future.result();
        return false;
    }

    public void close() => _finished = true;

    public FutureAwaitIterator __iter__() => this;
    public object? __next__() => send(null);

    public object? send(object? value) =>
        Step(value, null, out var yielded, out var returned) ? yielded : throw new StopIteration(returned);
}

/// <summary><c>coro.__await__()</c>: the coroutine runs as a task of its own (started at the first
/// step) and the iterator waits on it as on a future; a cancellation thrown in cancels that task.</summary>
public sealed class CoroutineAwaitIterator : IGenerator
{
    readonly CoroutineBase _coroutine;
    asyncio.Future? _task;
    FutureAwaitIterator? _waiting;

    internal CoroutineAwaitIterator(CoroutineBase coroutine) => _coroutine = coroutine;

    public bool Step(object? sent, System.Exception? thrown, out object? yielded, out object? returned)
    {
        if (_task == null && thrown == null)
        {
            _task = asyncio.EnsureFuture(_coroutine, null);
            _waiting = new FutureAwaitIterator(_task);
        }
        if (thrown is asyncio.CancelledError && _task is { } task && !task.done()) task.cancel();
        if (_waiting == null)
        {
            _coroutine.close();
            throw thrown!;
        }
        return _waiting.Step(sent, thrown, out yielded, out returned);
    }

    public void close() => _waiting?.close();

    public CoroutineAwaitIterator __iter__() => this;
    public object? __next__() => send(null);

    public object? send(object? value) =>
        Step(value, null, out var yielded, out var returned) ? yielded : throw new StopIteration(returned);
}
