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
    /// <summary><c>@contextmanager</c> on a generator function: calling the result calls the function and
    /// wraps the generator it returns in a context manager (runs it to its <c>yield</c> on enter; on exit
    /// resumes it, or throws the exception into it at the yield, as CPython's _GeneratorContextManager).</summary>
    public static GeneratorContextManagerFactory contextmanager(object function) => new(function);

    /// <summary><c>suppress(*exceptions)</c>: swallows exceptions of the given types.</summary>
    public static Suppress suppress(params Type[] exceptions) => new(exceptions);

    public static NullContext<T> nullcontext<T>(T enter_result) => new(enter_result);
    public static NullContext<object?> nullcontext() => new(null);

    public static Closing<T> closing<T>(T thing) where T : notnull => new(thing);
}

/// <summary>What <c>@contextmanager</c> returns: a callable that makes a fresh context manager per call.</summary>
public sealed class GeneratorContextManagerFactory(object function) : ICallable
{
    public object? Invoke(object?[] args) => new GeneratorContextManager(Py.Call(function, args));

    public object? __wrapped__ => function;
}

/// <summary>The context manager around one generator: enter runs it to its yield (the value is what
/// <c>as</c> binds); exit runs it to its end, or throws the body's exception in at the yield, where the
/// generator may handle it (the exception is then swallowed) or let it propagate.</summary>
public sealed class GeneratorContextManager(object? generator) : IContextManager
{
    private readonly IGenerator? resumable = generator as IGenerator;
    private readonly IEnumerator<object?>? plain = generator is IGenerator ? null : Py.Iter(generator).GetEnumerator();

    public object? __enter__()
    {
        if (Next(null, out object? value)) return value;
        throw new RuntimeError("generator didn't yield");
    }

    public bool __exit__(object? exc_type, object? exc_value, object? traceback)
    {
        if (exc_value is not Exception error)
        {
            if (Next(null, out _)) throw new RuntimeError("generator didn't stop");
            return false;
        }
        try
        {
            if (Next(error, out _)) throw new RuntimeError("generator didn't stop after throw()");
            return true;
        }
        catch (StopIteration stop)
        {
            return !ReferenceEquals(stop, error);
        }
        catch (Exception raised) when (ReferenceEquals(raised, error))
        {
            return false;
        }
    }

    private bool Next(Exception? thrown, out object? value)
    {
        if (resumable is not null) return resumable.Step(null, thrown, out value, out _);
        value = null;
        if (thrown is not null)
        {
            plain!.Dispose();
            throw thrown;
        }
        if (!plain!.MoveNext()) return false;
        value = plain.Current;
        return true;
    }
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
