namespace Py2Cs.Runtime;

/// <summary>
/// A runtime coroutine (Queue.put, Lock.acquire, ...) whose common case finishes without
/// suspending. Awaiting it evaluates IsCompleted at the await, which is exactly when CPython
/// starts running the coroutine body inline, so the fast path runs there with no state machine
/// and no driver round trip. Otherwise (the fast path does not apply, or the coroutine is run as
/// a task) it behaves like a coroutine that awaits its compiled slow path.
/// </summary>
public abstract class FastPathCoroutine<T> : Coroutine<T>
{
    Coroutine<T>? _slow;

    protected FastPathCoroutine() => _hasFastPath = true;

    /// <summary>The whole body when it would not suspend; false leaves no side effect.</summary>
    protected abstract bool TryFast(out T result);

    /// <summary>The compiled body, used when the fast path does not apply.</summary>
    protected abstract Coroutine<T> Slow();

    internal override bool TryCompleteAtOnce()
    {
        if (!TryFast(out var result)) return false;
        _result = result;
        _state = CoroutineState.Done;
        return true;
    }

    internal override void Resume(System.Exception? toThrow)
    {
        if (_state == CoroutineState.Created)
        {
            if (toThrow != null || TryCompleteAtOnce())
            {
                if (toThrow != null) Complete(toThrow);
                return;
            }
            _slow = Slow();
            _state = CoroutineState.Suspended;
            _yielded = _slow;            // the driver runs it inline, then resumes us
            return;
        }
        // The slow body finished; take over its outcome.
        var slow = _slow!;
        _result = slow._result;
        Complete(toThrow ?? slow._error);
    }
}
