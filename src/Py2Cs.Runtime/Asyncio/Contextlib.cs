namespace Py2Cs.Runtime;

/// <summary>The async parts of contextlib.</summary>
public static partial class contextlib
{
    /// <summary>
    /// @asynccontextmanager: the emitter turns
    /// <code>@asynccontextmanager
    /// async def cm(x): ... yield v ...</code>
    /// into <c>static contextlib.AsyncGeneratorContextManager&lt;T&gt; cm(long x) =&gt;
    /// contextlib.asynccontextmanager(new AsyncGenerator&lt;T&gt;(async y =&gt; { ... }));</c>
    /// </summary>
    public static AsyncGeneratorContextManager<T> asynccontextmanager<T>(AsyncGenerator<T> generator) => new(generator);

    public sealed class AsyncGeneratorContextManager<T> : PyObject, IAsyncContextManager<T>
    {
        readonly AsyncGenerator<T> _gen;

        internal AsyncGeneratorContextManager(AsyncGenerator<T> gen) => _gen = gen;

        public async Coroutine<T> __aenter__()
        {
            try { return await _gen.__anext__(); }
            catch (StopAsyncIteration) { throw new RuntimeError("generator didn't yield"); }
        }

        public async Coroutine<object?> __aexit__(object? exc_type, object? exc, object? tb)
        {
            if (exc == null)
            {
                try { await _gen.__anext__(); }
                catch (StopAsyncIteration) { return false; }
                throw new RuntimeError("generator didn't stop");
            }
            var error = (System.Exception)exc;
            try
            {
                await _gen.athrow(error);
            }
            catch (StopAsyncIteration stop)
            {
                return stop != error;
            }
            catch (RuntimeError runtime)
            {
                if (runtime == error) return false;
                if (runtime.__cause__ == error && error is StopAsyncIteration) return false;
                throw;
            }
            catch (System.Exception raised)
            {
                if (raised == error) return false;
                throw;
            }
            throw new RuntimeError("generator didn't stop after athrow()");
        }
    }

    /// <summary>aclosing(thing): <c>async with aclosing(agen) as g:</c> closes it on exit.</summary>
    public static AsyncClosing<T> aclosing<T>(T thing) where T : AsyncGeneratorBase => new(thing);

    public sealed class AsyncClosing<T> : PyObject, IAsyncContextManager<T> where T : AsyncGeneratorBase
    {
        readonly T _thing;
        internal AsyncClosing(T thing) => _thing = thing;
        public Coroutine<T> __aenter__() => Coroutine<T>.Returning(_thing);
        public async Coroutine<object?> __aexit__(object? exc_type, object? exc, object? tb)
        {
            await _thing.aclose();
            return null;
        }
    }
}
