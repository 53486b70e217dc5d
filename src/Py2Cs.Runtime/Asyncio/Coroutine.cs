using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace Py2Cs.Runtime;

// Python coroutines as lazy C# task-like types.
//
//   async def f() -> None   becomes   async Coroutine f()
//   async def g() -> int    becomes   async Coroutine<long> g()
//
// Calling f() runs nothing: the builder's Start only keeps the state machine. The body runs when a
// Task drives it (create_task -> call_soon(step)) or when another coroutine awaits it, which runs it
// inline in the awaiting task, like `yield from`. The awaited object tells the driver what the body
// is suspended on (a Future, another coroutine, or a bare yield); see Task.Drive.

/// <summary>State shared by every coroutine, whatever its result type.</summary>
public abstract partial class CoroutineBase : INotifyCompletion
{
    internal enum CoroutineState : byte { Created, Running, Suspended, Done }

    /// <summary>True for a compiled `async` body (a CoroutineBox); false for the hand-written
    /// coroutines without a state machine (sleep(0), Returning).</summary>
    internal bool _hasBody;
    internal CoroutineState _state;
    /// <summary>What the body is suspended on: a Future, a CoroutineBase, or YieldAwaitable.</summary>
    internal object? _yielded;
    /// <summary>The coroutine that awaits this one inline (the `yield from` chain).</summary>
    internal CoroutineBase? _parent;
    internal System.Exception? _error;

    internal abstract object? ResultObject { get; }

    /// <summary>One step of the compiled body: the state machine's MoveNext.</summary>
    internal virtual void MoveNextBody() { }

    /// <summary>The compiler-generated state machine type, for the Python function's name.</summary>
    internal virtual Type? StateMachineType => null;

    /// <summary>A Task of the right result type, for code that only knows "some coroutine".</summary>
    internal abstract asyncio.Task CreateTask(asyncio.AbstractEventLoop loop, string? name);

    /// <summary>The Python function name, from the compiler-generated state machine type.</summary>
    public virtual string __name__ =>
        PythonFunctionInfo.For(StateMachineType) is { } info ? info.QualName[(info.QualName.LastIndexOf('.') + 1)..] : StateMachineNames.FunctionName(StateMachineType);

    public string __qualname__ => PythonFunctionInfo.For(StateMachineType)?.QualName ?? __name__;

    /// <summary>CPython's coroutine part of a task repr: "boom() done, defined at prog.py:4".</summary>
    internal string ReprForTask(bool done)
    {
        var info = PythonFunctionInfo.For(StateMachineType);
        var state = done ? "done" : "running";
        if (info == null) return $"{__qualname__}() {state}";
        if (done) return $"{info.QualName}() done, defined at {info.File}:{info.Line}";
        // CPython names the frame's current line; before the first step that is the `def` line. A
        // suspended body's line is not tracked, so it is left out rather than guessed.
        return _state == CoroutineState.Created ? $"{info.QualName}() running at {info.File}:{info.Line}" : $"{info.QualName}() running";
    }

    public bool cr_running => _state == CoroutineState.Running;

    /// <summary><c>coro.close()</c>: a coroutine that never started is simply marked finished; one that a
    /// program suspended with send() gets GeneratorExit at its await (see CoroutineSend.cs).</summary>
    public void close()
    {
        if (_isSharedInstance) return;      // stands for a fresh coroutine: nothing to close
        if (_state == CoroutineState.Created) { _state = CoroutineState.Done; _closed = true; }
        else if (_drivenBySend && !IsFinishedBySend) CloseSuspended();
        else if (_state != CoroutineState.Done)
            throw new RuntimeError("closing a suspended coroutine is not supported by the runtime");
    }
    internal bool _closed;
    /// <summary>A hand-written coroutine that returns on its first resume (an `async def` body
    /// with no await), e.g. Lock.__aexit__.</summary>
    internal bool _returnsAtOnce;
    /// <summary>A hand-written coroutine that yields once, then returns (sleep(0)).</summary>
    internal bool _yieldsOnce;
    /// <summary>Set by FastPathCoroutine: IsCompleted may finish the work at the await.</summary>
    internal bool _hasFastPath;
    /// <summary>One stateless object returned by every call (sleep(0), a lock's __aexit__): it is
    /// never marked awaited, and a task made from it runs a private copy (see FreshCopy).</summary>
    internal bool _isSharedInstance;

    /// <summary>A private coroutine equal to a shared instance, for a task to run.</summary>
    internal CoroutineBase FreshCopy() =>
        _returnsAtOnce ? Coroutine<object?>.Returning(null) : new Coroutine(null);

    /// <summary>The shared coroutine that returns None at once (a lock's __aexit__): awaiting it
    /// allocates nothing.</summary>
    internal static readonly Coroutine<object?> ReturningNone = CreateReturningNone();

    static Coroutine<object?> CreateReturningNone()
    {
        var coroutine = Coroutine<object?>.Returning(null);
        coroutine._isSharedInstance = true;
        return coroutine;
    }

    internal virtual bool TryCompleteAtOnce() => false;

    internal bool IsDone => _state == CoroutineState.Done;

    /// <summary>coro.send(None) when <paramref name="toThrow"/> is null, else coro.throw(toThrow).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal virtual void Resume(System.Exception? toThrow)
    {
        if (toThrow != null && _state == CoroutineState.Created)
        {   // throw() into a coroutine that never started: raised at once, the body never runs
            Complete(toThrow);
            return;
        }
        if (!_hasBody) { ResumeYieldOnce(toThrow); return; }
        _state = CoroutineState.Running;
        PendingThrow.Set(toThrow);
        MoveNextBody();
        if (PendingThrow.TakeUnconsumed() is { } lost)
            throw new InvalidOperationException(
                "internal error: an exception thrown into a coroutine was not delivered (foreign awaiter)", lost);
        if (_state == CoroutineState.Running) _state = CoroutineState.Suspended;
    }

    // A coroutine made without a state machine (asyncio.sleep(0)) yields once, then returns its
    // preset result: `yield` in CPython's sleep, without compiling an async method.
    void ResumeYieldOnce(System.Exception? toThrow)
    {
        if (_state == CoroutineState.Created && !_returnsAtOnce)
        {
            _state = CoroutineState.Suspended;
            _yielded = YieldAwaitable.Instance;
            return;
        }
        Complete(toThrow);
    }

    internal void Complete(System.Exception? error)
    {
        _error = error;
        _state = CoroutineState.Done;
    }

    // ---- awaiter pattern: `await coro` (the builder recognises the coroutine by type) ----------
    /// <summary>Only a hand-written coroutine that returns at once completes without suspending;
    /// awaiting it then runs "inline" with no driver round trip (CPython: no yield either).</summary>
    public bool IsCompleted =>
        _state == CoroutineState.Created && (_returnsAtOnce || (_hasFastPath && TryCompleteAtOnce()));

    public void OnCompleted(Action continuation) => throw new RuntimeError(
        "a Python coroutine can only be awaited by another coroutine or run as a task (asyncio.create_task / asyncio.run)");

    /// <summary>Awaiting a coroutine whose result type is not known statically gives object?.</summary>
    public CoroutineBase GetAwaiter() => this;
    public object? GetResult()
    {
        ThrowIfFailed();
        return ResultObject;
    }

    protected void ThrowIfFailed()
    {
        if (_returnsAtOnce && _state == CoroutineState.Created && !_isSharedInstance) _state = CoroutineState.Done;
        PendingThrow.ThrowIfAny();
        if (_error != null) ExceptionDispatchInfo.Capture(_error).Throw();
    }

    /// <summary><c>coro.__await__()</c>, for a generator that delegates to it with <c>yield from</c>.</summary>
    public CoroutineAwaitIterator __await__() => new(this);

    /// <summary>CPython's repr names the qualified name and an address (a stable fake here, as for objects).</summary>
    public override string ToString() => $"<coroutine object {__qualname__} at {Py.FakeAddress(this)}>";
}

/// <summary>A coroutine whose Python function returns a value of type T.</summary>
[AsyncMethodBuilder(typeof(CoroutineBuilder<>))]
public class Coroutine<T> : CoroutineBase
{
    internal T _result = default!;

    internal Coroutine() { }
    /// <summary>A coroutine that yields once and then returns <paramref name="result"/> (sleep(0)).</summary>
    internal Coroutine(T result)
    {
        _result = result;
        _yieldsOnce = true;
    }

    /// <summary>A coroutine that returns <paramref name="result"/> as soon as it runs, without yielding.</summary>
    internal static Coroutine<T> Returning(T result) => new(result) { _returnsAtOnce = true, _yieldsOnce = false };

    internal override object? ResultObject => _result;

    internal override asyncio.Task CreateTask(asyncio.AbstractEventLoop loop, string? name) =>
        new asyncio.Task<T>(loop, this, name);

    public new Coroutine<T> GetAwaiter() => this;
    public new T GetResult()
    {
        ThrowIfFailed();
        return _result;
    }
}

/// <summary>A coroutine whose Python function returns None; awaiting it gives null.</summary>
[AsyncMethodBuilder(typeof(CoroutineBuilder))]
public class Coroutine : Coroutine<object?>
{
    internal Coroutine() { }
    internal Coroutine(object? result) : base(result) { }
    public new Coroutine GetAwaiter() => this;
}

/// <summary>A bare <c>yield</c> inside a coroutine: the task gives up one loop iteration.</summary>
public sealed class YieldAwaitable : INotifyCompletion
{
    public static readonly YieldAwaitable Instance = new();
    YieldAwaitable() { }
    public YieldAwaitable GetAwaiter() => this;
    public bool IsCompleted => false;
    public void OnCompleted(Action continuation) =>
        throw new RuntimeError("a bare yield can only be awaited inside a Python coroutine");
    public void GetResult() => PendingThrow.ThrowIfAny();
}

/// <summary>
/// The exception the driver throws into the coroutine it resumes (coro.throw). The first thing a
/// resumed state machine does is call GetResult() on the awaiter it was suspended at; every runtime
/// awaiter starts by rethrowing this, so the exception surfaces at that await expression.
/// </summary>
internal static class PendingThrow
{
    [ThreadStatic] static System.Exception? t_pending;
    /// <summary>How many threads have an exception pending: almost always 0, so the check on every
    /// await is a plain static read, not a thread-static access.</summary>
    static int s_pendingAnywhere;

    internal static void Set(System.Exception? e)
    {
        if (e == null) return;      // nothing is pending between resumes (TakeUnconsumed clears it)
        t_pending = e;
        Interlocked.Increment(ref s_pendingAnywhere);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static void ThrowIfAny()
    {
        if (Volatile.Read(ref s_pendingAnywhere) != 0) ThrowPending();
    }

    static void ThrowPending()
    {
        if (Take() is { } e) ExceptionDispatchInfo.Capture(e).Throw();
    }

    internal static System.Exception? TakeUnconsumed() => Volatile.Read(ref s_pendingAnywhere) == 0 ? null : Take();

    static System.Exception? Take()
    {
        var e = t_pending;
        if (e != null)
        {
            t_pending = null;
            Interlocked.Decrement(ref s_pendingAnywhere);
        }
        return e;
    }
}
