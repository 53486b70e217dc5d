using System.Collections;

namespace Py2Cs.Runtime;

/// <summary>
/// What a translated generator's body talks to: after each <c>yield return</c> the body calls
/// <see cref="Receive"/>, which returns the value passed to <c>send()</c> (None for <c>next()</c>) or raises
/// the exception passed to <c>throw()</c> at that point, as Python does at the yield expression.
/// A <c>return value</c> in the generator sets <see cref="ReturnValue"/> before <c>yield break</c>.
/// </summary>
public sealed class GeneratorContext
{
    internal object? Sent;
    internal BaseException? Pending;

    public object? ReturnValue { get; set; }

    public object? Receive()
    {
        if (Pending is BaseException e)
        {
            Pending = null;
            throw e;
        }
        object? value = Sent;
        Sent = null;
        return value;
    }
}

/// <summary>
/// A Python generator object: lazily runs a C# iterator body; <c>next</c>, <c>send</c>, <c>throw</c>,
/// <c>close</c>; iterating it (for, list()) consumes the same generator. Exhaustion raises StopIteration
/// carrying the body's return value.
/// </summary>
public sealed class PyGenerator<T> : IEnumerable<T>, IPyRepr
{
    private readonly IEnumerator<T> body;
    private readonly GeneratorContext context;
    private readonly string name;
    private bool started, finished, running;

    public PyGenerator(string name, Func<GeneratorContext, IEnumerable<T>> body)
    {
        this.name = name;
        context = new GeneratorContext();
        this.body = body(context).GetEnumerator();
    }

    /// <summary>A generator whose body never receives sent values.</summary>
    public PyGenerator(string name, IEnumerable<T> body)
    {
        this.name = name;
        context = new GeneratorContext();
        this.body = body.GetEnumerator();
    }

    public T __next__() => send(null);
    public PyGenerator<T> __iter__() => this;

    public T send(object? value)
    {
        if (!started && value is not null) throw new TypeError("can't send non-None value to a just-started generator");
        context.Sent = value;
        return Resume();
    }

    public T @throw(BaseException exception)
    {
        if (!started || finished)
        {
            finished = true;
            throw exception;
        }
        context.Pending = exception;
        return Resume();
    }

    /// <summary>Runs the body's pending finally blocks (Python raises GeneratorExit at the yield).</summary>
    public void close()
    {
        if (running) throw new ValueError("generator already executing");
        finished = true;
        body.Dispose();
    }

    private T Resume() =>
        Advance(out T value) ? value : throw (context.ReturnValue is null ? new StopIteration() : new StopIteration(context.ReturnValue));

    /// <summary>Runs the body to its next yield: false once it is exhausted (without raising, so a
    /// <c>for</c> loop over a generator costs no exception at its end).</summary>
    private bool Advance(out T value)
    {
        if (running) throw new ValueError("generator already executing");
        if (finished)
        {
            value = default!;
            return false;
        }
        started = true;
        running = true;
        bool more;
        try
        {
            more = body.MoveNext();
        }
        catch (StopIteration)
        {
            finished = true;
            // PEP 479: a StopIteration escaping the body becomes RuntimeError.
            throw new RuntimeError("generator raised StopIteration");
        }
        catch
        {
            finished = true;
            throw;
        }
        finally
        {
            running = false;
        }
        if (!more)
        {
            finished = true;
            value = default!;
            return false;
        }
        value = body.Current;
        return true;
    }

    public bool TryNext(out T value)
    {
        context.Sent = null;
        return Advance(out value);
    }

    public IEnumerator<T> GetEnumerator()
    {
        while (TryNext(out T value)) yield return value;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public string __repr__() => $"<generator object {name} at {Py.FakeAddress(this)}>";
    public override string ToString() => __repr__();
}

public static partial class Builtins
{
    public static T next<T>(PyGenerator<T> generator) => generator.__next__();
    public static T next<T>(PyGenerator<T> generator, T @default) => generator.TryNext(out T value) ? value : @default;
    public static object? next<T>(PyGenerator<T> generator, object? @default) => generator.TryNext(out T value) ? value : @default;
    public static PyGenerator<T> iter<T>(PyGenerator<T> generator) => generator;
}
