namespace Py2Cs.Runtime;

/// <summary>
/// An object usable with <c>async with</c>. The emitter lowers
/// <code>
/// async with mgr as v:
///     body
/// </code>
/// to (as CPython's compiler does):
/// <code>
/// var m = mgr; var v = await m.__aenter__(); bool ok = true;
/// try { body }
/// catch (BaseException e) { ok = false; if (!Py.Truthy(await m.__aexit__(e.GetType(), e, null))) throw; }
/// finally { if (ok) await m.__aexit__(null, null, null); }
/// </code>
/// A translated class with <c>async def __aexit__(...)</c> returning None is an
/// <c>async Coroutine&lt;object?&gt; __aexit__(object? exc_type, object? exc, object? tb)</c> returning null:
/// C# implements an interface member only with the exact return type (the subclass Coroutine does not fit).
/// </summary>
public interface IAsyncContextManager<TEnter>
{
    Coroutine<TEnter> __aenter__();
    Coroutine<object?> __aexit__(object? exc_type, object? exc, object? tb);
}

public static partial class asyncio
{
    /// <summary>mixins._LoopBoundMixin: bind to the running loop on first blocking use.</summary>
    [PyHidden]
    public abstract class LoopBound : PyObject
    {
        AbstractEventLoop? _loop;

        internal AbstractEventLoop GetLoop()
        {
            var loop = AbstractEventLoop.Running;
            _loop ??= loop;
            if (loop != _loop) throw new RuntimeError($"{__repr__()} is bound to a different event loop");
            return loop;
        }
    }

    /// <summary>locks._ContextManagerMixin: <c>async with lock:</c> acquires and releases.</summary>
    [PyHidden]
    public abstract class AcquireReleaseContext : LoopBound, IAsyncContextManager<object?>
    {
        public abstract Coroutine<bool> acquire();
        public abstract void release();

        public virtual async Coroutine<object?> __aenter__()
        {
            await acquire();
            return null;
        }

        public Coroutine<object?> __aexit__(object? exc_type, object? exc, object? tb)
        {
            release();
            return CoroutineBase.ReturningNone;   // nothing to wait for: no allocation
        }
    }
}
