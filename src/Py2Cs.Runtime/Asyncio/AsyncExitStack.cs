namespace Py2Cs.Runtime;


public static partial class contextlib
{
/// <summary>contextlib.AsyncExitStack (the async half; sync context managers are pushed with
/// <c>callback</c>). Exit callbacks run last-in first-out; each sees the exception raised by the
/// ones before it, may suppress it by returning a true value, or replace it by raising.</summary>
public sealed class AsyncExitStack : PyObject, IAsyncContextManager<AsyncExitStack>
{
    // Each entry receives (exc_type, exc, tb) and returns whether it suppressed the exception.
    List<Func<object?, object?, object?, Coroutine<object?>>> _exits = new();

    public async Coroutine<T> enter_async_context<T>(IAsyncContextManager<T> cm)
    {
        var result = await cm.__aenter__();
        _exits.Add(cm.__aexit__);
        return result;
    }

    /// <summary><c>enter_context(cm)</c>: a synchronous context manager entered now and exited with the stack.</summary>
    public object? enter_context(object? cm)
    {
        var (entered, exit) = ExitStack.Enter(cm);
        _exits.Add((t, e, tb) => Coroutine<object?>.Returning(exit(t, e, tb)));
        return entered;
    }

    public void push_async_exit(Func<object?, object?, object?, Coroutine<object?>> exit) => _exits.Add(exit);

    public void push_async_callback(Func<CoroutineBase> callback) => _exits.Add(async (_, _, _) =>
    {
        await callback();
        return false;
    });

    public void callback(Action callback) => _exits.Add((_, _, _) =>
    {
        callback();
        return Coroutine<object?>.Returning(false);
    });

    /// <summary><c>push_async_callback(f, *args)</c> with any Python callable (the dynamic path): returns it, as CPython does.</summary>
    public object? push_async_callback(object? callback, params object?[] args)
    {
        _exits.Add(async (_, _, _) =>
        {
            await AsyncBuiltins.Await(Py.Call(callback, args));
            return false;
        });
        return callback;
    }

    /// <summary><c>callback(f, *args)</c> with any Python callable (the dynamic path): returns it, as CPython does.</summary>
    public object? callback(object? callback, params object?[] args)
    {
        _exits.Add((_, _, _) =>
        {
            Py.Call(callback, args);
            return Coroutine<object?>.Returning(false);
        });
        return callback;
    }

    /// <summary>Moves every callback to a new stack (nothing runs on this one's exit).</summary>
    public AsyncExitStack pop_all()
    {
        var moved = new AsyncExitStack { _exits = _exits };
        _exits = new();
        return moved;
    }

    public Coroutine<AsyncExitStack> __aenter__() => Coroutine<AsyncExitStack>.Returning(this);

    public async Coroutine aclose() => await __aexit__(null, null, null);

    public async Coroutine<object?> __aexit__(object? exc_type, object? exc, object? tb)
    {
        var received = exc as System.Exception;
        var current = received;
        bool suppressed = false, pendingRaise = false;
        while (_exits.Count > 0)
        {
            var exit = _exits[^1];
            _exits.RemoveAt(_exits.Count - 1);
            try
            {
                if (Truthy(await exit(current?.GetType(), current, null)))
                {
                    suppressed = true;
                    pendingRaise = false;
                    current = null;
                }
            }
            catch (System.Exception raised)
            {
                if (raised is BaseException b && current is BaseException c && b != c) b.__context__ ??= c;
                pendingRaise = true;
                current = raised;
            }
        }
        if (pendingRaise) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(current!).Throw();
        return received != null && suppressed;
    }

    static bool Truthy(object? value) => value switch
    {
        null => false,
        bool b => b,
        long l => l != 0,
        _ => true,
    };
}
}
