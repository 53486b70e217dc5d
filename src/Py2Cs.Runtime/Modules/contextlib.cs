#pragma warning disable CS8981 // Python module names are lower case.
namespace Py2Cs.Runtime;

/// <summary>A synchronous context manager (<c>with</c>): <c>__exit__</c> returns true to swallow the exception.</summary>
public interface IContextManager
{
    object? __enter__();
    bool __exit__(object? exc_type, object? exc_value, object? traceback);
}

/// <summary>Python's <c>contextlib</c> module (synchronous parts; the async ones live with asyncio).</summary>
[PyModule("contextlib")]
public static partial class contextlib
{
    /// <summary><c>@contextmanager</c>: the generator runs to its <c>yield</c> on enter and to its end on exit.
    /// A C# iterator cannot receive an exception at its yield: on an exception the generator is disposed
    /// (its finally blocks run) and the exception propagates.</summary>
    public static Func<GeneratorContextManager<T>> contextmanager<T>(Func<IEnumerable<T>> generator) => () => new(generator());
    public static Func<TArg, GeneratorContextManager<T>> contextmanager<TArg, T>(Func<TArg, IEnumerable<T>> generator) => a => new(generator(a));
    public static Func<T1, T2, GeneratorContextManager<T>> contextmanager<T1, T2, T>(Func<T1, T2, IEnumerable<T>> generator) => (a, b) => new(generator(a, b));

    /// <summary><c>suppress(*exceptions)</c>: swallows exceptions of the given types.</summary>
    public static Suppress suppress(params Type[] exceptions) => new(exceptions);

    public static NullContext<T> nullcontext<T>(T enter_result) => new(enter_result);
    public static NullContext<object?> nullcontext() => new(null);

    public static Closing<T> closing<T>(T thing) where T : notnull => new(thing);
}

public sealed class GeneratorContextManager<T>(IEnumerable<T> generator) : IContextManager, IDisposable
{
    private readonly IEnumerator<T> enumerator = generator.GetEnumerator();

    public T Enter()
    {
        if (!enumerator.MoveNext()) throw new RuntimeError("generator didn't yield");
        return enumerator.Current;
    }

    object? IContextManager.__enter__() => Enter();
    public T __enter__() => Enter();

    public bool __exit__(object? exc_type, object? exc_value, object? traceback)
    {
        if (exc_value is null)
        {
            bool more = enumerator.MoveNext();
            enumerator.Dispose();
            if (more) throw new RuntimeError("generator didn't stop");
            return false;
        }
        enumerator.Dispose();
        return false;
    }

    public void Dispose() => __exit__(null, null, null);
}

public sealed class Suppress(Type[] exceptions) : IContextManager
{
    public object? __enter__() => null;
    public bool __exit__(object? exc_type, object? exc_value, object? traceback) =>
        exc_value is not null && exceptions.Any(t => t.IsInstanceOfType(exc_value));
}

public sealed class NullContext<T>(T value) : IContextManager
{
    public T __enter__() => value;
    object? IContextManager.__enter__() => value;
    public bool __exit__(object? exc_type, object? exc_value, object? traceback) => false;
}

public sealed class Closing<T>(T thing) : IContextManager where T : notnull
{
    public T __enter__() => thing;
    object? IContextManager.__enter__() => thing;
    public bool __exit__(object? exc_type, object? exc_value, object? traceback)
    {
        Py.CallMethod(thing, "close");
        return false;
    }
}

public static partial class Py
{
    /// <summary><c>with cm as x: body</c> with Python's protocol: the exception (translated to a Python
    /// one) is offered to <c>__exit__</c>, which may swallow it by returning true.</summary>
    public static void With(object? manager, Action<object?> body)
    {
        object? entered = manager is IContextManager typed ? typed.__enter__() : CallMethod(manager, "__enter__");
        try
        {
            body(entered);
        }
        catch (System.Exception e)
        {
            var python = Translate(e);
            bool swallow = manager is IContextManager cm
                ? cm.__exit__(python.GetType(), python, null)
                : Truthy(CallMethod(manager, "__exit__", python.GetType(), python, null));
            if (swallow) return;
            if (ReferenceEquals(python, e)) throw;
            throw python;
        }
        if (manager is IContextManager done) done.__exit__(null, null, null);
        else CallMethod(manager, "__exit__", null, null, null);
    }
}
