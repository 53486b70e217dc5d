using System.Runtime.ExceptionServices;

namespace Py2Cs.Runtime;

/// <summary>
/// <c>coro.send(None)</c>, <c>coro.throw(exc)</c> and <c>coro.close()</c> called by the program itself (a
/// hand-rolled driver, or a test closing a coroutine it suspended). The await chain is walked as
/// Task.Drive walks it (an awaited coroutine runs inline as the innermost one, an exception thrown in
/// goes to the innermost), but where a task would go back to the event loop the value the innermost
/// awaitable yielded is returned to the caller: None for a bare yield, the future for a future.
/// Returning raises StopIteration(value), as CPython's coroutine.send does.
/// </summary>
public abstract partial class CoroutineBase
{
    /// <summary>Set once a program steps this coroutine itself; a task never drives it after that.</summary>
    internal bool _drivenBySend;
    CoroutineBase? _sendInnermost;

    bool IsFinishedBySend => _state == CoroutineState.Done && _sendInnermost == null;

    public object? send(object? value)
    {
        if (value is not null && _state == CoroutineState.Created)
            throw new TypeError("can't send non-None value to a just-started coroutine");
        return StepBySend(null);
    }

    public object? @throw(object? exception) => StepBySend(exception switch
    {
        System.Exception e => e,
        Type t when typeof(System.Exception).IsAssignableFrom(t) => (System.Exception)Activator.CreateInstance(t, [Array.Empty<object?>()])!,
        _ => new TypeError("exceptions must be classes or instances deriving from BaseException, not " + Builtins.type_name(exception)),
    });

    /// <summary>GeneratorExit at the await point: except and finally blocks run; a coroutine that awaits
    /// again instead of finishing is an error, as in CPython.</summary>
    void CloseSuspended()
    {
        try { StepBySend(new GeneratorExit()); }
        catch (GeneratorExit) { return; }
        catch (StopIteration) { return; }
        throw new RuntimeError("coroutine ignored GeneratorExit");
    }

    object? StepBySend(System.Exception? toThrow)
    {
        if (_drivenBySend ? IsFinishedBySend : _state == CoroutineState.Done)
            throw toThrow ?? new RuntimeError("cannot reuse already awaited coroutine");
        _drivenBySend = true;
        var coro = _sendInnermost ?? this;
        while (true)
        {
            coro.Resume(toThrow);
            toThrow = null;
            if (coro.IsDone)
            {
                if (coro == this)
                {
                    _sendInnermost = null;
                    if (_error is { } error) ExceptionDispatchInfo.Capture(error).Throw();
                    throw new StopIteration(ResultObject);
                }
                var parent = coro._parent!;     // the parent resumes; its GetResult() on the child returns or raises
                coro._parent = null;
                coro = parent;
                continue;
            }
            var awaited = coro._yielded;
            coro._yielded = null;
            switch (awaited)
            {
                case CoroutineBase inner when inner == asyncio.SleepZero || inner._yieldsOnce:
                    if (inner != asyncio.SleepZero) inner._state = CoroutineState.Done;
                    return Suspend(coro, null);
                case CoroutineBase inner when inner._state != CoroutineState.Created || inner._closed:
                    toThrow = new RuntimeError("cannot reuse already awaited coroutine");
                    continue;
                case CoroutineBase inner:
                    inner._parent = coro;
                    coro = inner;
                    continue;
                case YieldAwaitable:
                    return Suspend(coro, null);
                case asyncio.Future future:
                    return Suspend(coro, future);
                default:
                    throw new RuntimeError("a coroutine stepped with send() awaited an async generator step, which only a task can run");
            }
        }
    }

    object? Suspend(CoroutineBase innermost, object? yielded)
    {
        _sendInnermost = innermost;
        return yielded;
    }
}
