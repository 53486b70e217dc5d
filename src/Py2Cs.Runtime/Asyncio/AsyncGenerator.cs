using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace Py2Cs.Runtime;

// Python async generators.
//
// C#'s own `async IAsyncEnumerable` cannot await our coroutines, so an `async def` containing
// `yield` becomes a coroutine body that receives a yield channel and awaits it at each yield:
//
//   async def ticks(n):                      static AsyncGenerator<long> ticks(long n) =>
//       try:                                     new(async y =>
//           for i in range(n):                   {
//               yield i                              try
//               await asyncio.sleep(0)               {
//       finally:                                         for (long i = 0; i < n; i++)
//           print("closed")                              {
//                                                            await y.Yield(i);
//                                                            await asyncio.sleep(0);
//                                                        }
//                                                    }
//                                                    finally { print("closed"); }
//                                                });
//
// `x = yield v` is `var x = await y.Yield(v)` (the value passed to asend, else null). `return`
// inside the generator is a plain `return;`. `async for v in agen:` lowers to
//
//   var it = agen.__aiter__();
//   while (true) { T v; try { v = await it.__anext__(); } catch (StopAsyncIteration) { break; } body }
//
// How it runs: __anext__/asend/athrow return coroutines that await a GeneratorStep. The task's
// driver (Task.Drive) then resumes the generator body inline, as if it were awaited; when the body
// awaits y.Yield(v), the driver detaches the body (it stays suspended) and resumes the step's
// awaiter with v. When the body returns, the step raises StopAsyncIteration.

/// <summary>State shared by every async generator, whatever its item type.</summary>
public abstract class AsyncGeneratorBase : PyObject
{
    internal CoroutineBase _body = null!;
    internal bool _running;
    internal bool _finished;
    internal bool _registered;
    internal object? _sentValue;
    internal GeneratorStep? _currentStep;

    public bool ag_running => _running;

    /// <summary>The generator function's names, as CPython copies them onto each generator object.</summary>
    public string __name__ => _names.Name;
    public string __qualname__ => _names.QualName;
    internal (string Name, string QualName) _names;

    /// <summary>aclose(): throw GeneratorExit in at the current yield.</summary>
    public abstract Coroutine aclose();

    /// <summary>The loop's firstiter hook: asyncio.run closes generators still open at the end.</summary>
    internal void RegisterWithLoop()
    {
        if (_registered) return;
        _registered = true;
        asyncio.AbstractEventLoop.RunningOrNull?._asyncgens.Add(this);
    }

    internal void Unregister()
    {
        if (!_registered) return;
        _registered = false;
        asyncio.AbstractEventLoop.RunningOrNull?._asyncgens.Remove(this);
    }

    internal abstract void TakeYieldedValue(GeneratorStep step);

    public override string __repr__() => $"<async_generator object {__qualname__}>";
}

public sealed class AsyncGenerator<T> : AsyncGeneratorBase
{
    T _yieldedValue = default!;

    /// <param name="qualname">The generator function's __qualname__ (the emitter passes it); without it, the
    /// body coroutine's names stand for it.</param>
    public AsyncGenerator(Func<AsyncYield<T>, Coroutine> body, string? qualname = null)
    {
        _body = body(new AsyncYield<T>(this));
        _names = qualname is null ? (_body.__name__, _body.__qualname__) : (qualname[(qualname.LastIndexOf('.') + 1)..], qualname);
    }

    internal void SetYieldedValue(T value) => _yieldedValue = value;

    internal override void TakeYieldedValue(GeneratorStep step)
    {
        ((GeneratorStep<T>)step).SetValue(_yieldedValue);
        _yieldedValue = default!;
    }

    public AsyncGenerator<T> __aiter__() => this;

    public Coroutine<T> __anext__() => Step(null, null);

    public Coroutine<T> asend(object? value) => Step(value, null);

    public Coroutine<T> athrow(System.Exception exception) => Step(null, exception);

    async Coroutine<T> Step(object? send, System.Exception? toThrow)
    {
        if (send != null && _body._state == CoroutineBase.CoroutineState.Created)
            throw new TypeError("can't send non-None value to a just-started async generator");
        return await new GeneratorStep<T>(this, send, toThrow);
    }

    public override async Coroutine aclose()
    {
        if (_finished || _body._state == CoroutineBase.CoroutineState.Created || _body.IsDone)
        {
            _finished = true;
            _body._state = CoroutineBase.CoroutineState.Done;
            return;
        }
        try
        {
            await new GeneratorStep<T>(this, null, new GeneratorExit());
        }
        catch (GeneratorExit) { return; }
        catch (StopAsyncIteration) { return; }
        throw new RuntimeError("async generator ignored GeneratorExit");
    }
}

/// <summary>The yield channel a generator body awaits: <c>await y.Yield(value)</c>.</summary>
public abstract class AsyncYieldPoint
{
    internal abstract AsyncGeneratorBase Generator { get; }
}

public sealed class AsyncYield<T> : AsyncYieldPoint, INotifyCompletion
{
    internal readonly AsyncGenerator<T> _generator;

    internal AsyncYield(AsyncGenerator<T> generator) => _generator = generator;

    public AsyncYield<T> Yield(T value)
    {
        _generator.SetYieldedValue(value);
        return this;
    }

    public AsyncYield<T> GetAwaiter() => this;
    public bool IsCompleted => false;
    public void OnCompleted(Action continuation) =>
        throw new RuntimeError("an async generator's yield can only be awaited inside its own body");

    /// <summary>The value sent with asend (None for __anext__), or the exception thrown in.</summary>
    public object? GetResult()
    {
        PendingThrow.ThrowIfAny();
        var sent = _generator._sentValue;
        _generator._sentValue = null;
        return sent;
    }

    internal override AsyncGeneratorBase Generator => _generator;
}

/// <summary>One resumption of a generator body (what __anext__/asend/athrow await).</summary>
public abstract class GeneratorStep : INotifyCompletion
{
    internal readonly AsyncGeneratorBase _generator;
    internal readonly object? _send;
    internal readonly System.Exception? _throw;
    internal bool _hasValue;

    /// <summary>"anext", "athrow" or "aclose", for CPython's "already running" message.</summary>
    internal string Operation => _throw is GeneratorExit ? "aclose" : _throw != null ? "athrow" : "anext";

    internal GeneratorStep(AsyncGeneratorBase generator, object? send, System.Exception? toThrow)
    {
        _generator = generator;
        _send = send;
        _throw = toThrow;
    }

    public bool IsCompleted => false;
    public void OnCompleted(Action continuation) =>
        throw new RuntimeError("an async generator can only be iterated inside a Python coroutine");

    /// <summary>Raises what ended the body: its exception, or StopAsyncIteration.</summary>
    protected void ThrowIfNoValue()
    {
        PendingThrow.ThrowIfAny();      // the step was refused (generator already running)
        _generator._running = false;
        _generator._currentStep = null;
        if (_hasValue) return;
        _generator._finished = true;
        _generator.Unregister();
        var error = _generator._body._error;
        _generator._body._error = null;
        if (error is StopAsyncIteration)
            throw new RuntimeError("async generator raised StopAsyncIteration") { __cause__ = (BaseException)error };
        if (error != null) ExceptionDispatchInfo.Capture(error).Throw();
        throw new StopAsyncIteration();
    }
}

public sealed class GeneratorStep<T> : GeneratorStep
{
    T _value = default!;

    internal GeneratorStep(AsyncGenerator<T> generator, object? send, System.Exception? toThrow)
        : base(generator, send, toThrow) { }

    internal void SetValue(T value)
    {
        _value = value;
        _hasValue = true;
    }

    public GeneratorStep<T> GetAwaiter() => this;

    public T GetResult()
    {
        ThrowIfNoValue();
        return _value;
    }
}

/// <summary>The async iteration builtins: <c>anext(it)</c> and <c>anext(it, default)</c>.</summary>
public static partial class AsyncBuiltins
{
    public static Coroutine<T> anext<T>(AsyncGenerator<T> iterator) => iterator.__anext__();

    public static async Coroutine<T> anext<T>(AsyncGenerator<T> iterator, T @default)
    {
        try { return await iterator.__anext__(); }
        catch (StopAsyncIteration) { return @default; }
    }
}
