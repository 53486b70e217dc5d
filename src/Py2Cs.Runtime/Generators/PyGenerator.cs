using System.Collections;

namespace Py2Cs.Runtime;

/// <summary>A generator of any item type, as <c>yield from</c> drives it.</summary>
public interface IGenerator
{
    /// <summary>Resumes with a sent value or a thrown-in exception: true with the next yielded value,
    /// false once the generator returned (with its return value); an exception it raises propagates.</summary>
    bool Step(object? sent, Exception? thrown, out object? yielded, out object? returned);

    void close();
}

/// <summary>
/// A Python generator object. Its body is either a resumable generator body (a <c>def</c> with
/// <c>yield</c>: see GeneratorBody.cs) or a C# sequence (a generator expression). <c>next</c>,
/// <c>send</c>, <c>throw</c>, <c>close</c>; iterating it (for, list()) consumes the same generator.
/// Exhaustion raises StopIteration carrying the body's return value.
/// </summary>
public sealed class PyGenerator<T> : IEnumerable<T>, IGenerator, IPyRepr
{
    private readonly GeneratorBody? body;
    private readonly GeneratorYield<T> channel = new();
    private readonly IEnumerator<T>? items;
    private readonly string name;
    private bool started, finished, running;

    public PyGenerator(string name, Func<GeneratorYield<T>, GeneratorBody> body)
    {
        this.name = name;
        this.body = body(channel);
    }

    /// <summary>A generator over a C# sequence (a generator expression): nothing to send or throw into.</summary>
    public PyGenerator(string name, IEnumerable<T> items)
    {
        this.name = name;
        this.items = items.GetEnumerator();
    }

    public string __name__ => name;
    public bool gi_running => running;

    public T __next__() => send(null);
    public PyGenerator<T> __iter__() => this;

    public T send(object? value)
    {
        if (!started && value is not null) throw new TypeError("can't send non-None value to a just-started generator");
        return Step(value, null, out T item) ? item : throw Stopped();
    }

    /// <summary><c>gen.throw(exc)</c> (an exception or an exception class): raised at the paused yield.</summary>
    public T @throw(object? exception)
    {
        var error = exception switch
        {
            Exception e => e,
            Type t when typeof(Exception).IsAssignableFrom(t) => (Exception)Activator.CreateInstance(t, [Array.Empty<object?>()])!,
            _ => new TypeError("exceptions must be classes or instances deriving from BaseException, not " + Builtins.type_name(exception)),
        };
        return Step(null, error, out T item) ? item : throw Stopped();
    }

    /// <summary>Raises GeneratorExit at the paused yield, so its except and finally blocks run.</summary>
    public void close()
    {
        if (!started || finished)
        {
            Finish();
            return;
        }
        try
        {
            if (Step(null, new GeneratorExit(), out _)) throw new RuntimeError("generator ignored GeneratorExit");
        }
        catch (GeneratorExit) { }
        catch (StopIteration) { }
    }

    public bool TryNext(out T value) => Step(null, null, out value);

    bool IGenerator.Step(object? sent, Exception? thrown, out object? yielded, out object? returned)
    {
        bool more = Step(sent, thrown, out T item);
        yielded = item;
        returned = more ? null : TakeReturnValue();
        return more;
    }

    /// <summary>The return value goes with the StopIteration that ends the generator; later ones carry none.</summary>
    StopIteration Stopped() => TakeReturnValue() is { } value ? new StopIteration(value) : new StopIteration();

    object? TakeReturnValue()
    {
        object? value = channel.ReturnValue;
        channel.ReturnValue = null;
        return value;
    }

    void Finish()
    {
        finished = true;
        items?.Dispose();
    }

    /// <summary>Runs the generator to its next yield: false once it is exhausted (without raising, so a
    /// <c>for</c> loop over a generator costs no exception at its end).</summary>
    private bool Step(object? sent, Exception? thrown, out T value)
    {
        value = default!;
        if (running) throw new ValueError("generator already executing");
        if (finished || (!started && thrown is not null))
        {
            Finish();
            channel.ReturnValue = null;
            if (thrown is not null) throw thrown;
            return false;
        }
        started = true;
        running = true;
        try
        {
            bool more = body is null ? StepItems(thrown, out value) : StepBody(sent, thrown, out value);
            if (!more) Finish();
            return more;
        }
        catch (StopIteration)
        {
            Finish();
            // PEP 479: a StopIteration escaping the body becomes RuntimeError.
            throw new RuntimeError("generator raised StopIteration");
        }
        catch
        {
            Finish();
            throw;
        }
        finally
        {
            running = false;
        }
    }

    private bool StepItems(Exception? thrown, out T value)
    {
        value = default!;
        if (thrown is not null) throw thrown;
        if (!items!.MoveNext()) return false;
        value = items.Current;
        return true;
    }

    private bool StepBody(object? sent, Exception? thrown, out T value)
    {
        value = default!;
        while (true)
        {
            if (channel.Delegate is { } inner)
            {
                if (StepDelegate(inner, sent, thrown, out object? yielded))
                {
                    value = (T)yielded!;
                    return true;
                }
            }
            else
            {
                channel.Received = sent;
                channel.Raised = thrown;
            }
            body!.Resume();
            if (body.Done) return false;
            if (channel.Delegate is not null && !channel.DelegateStarted)
            {
                sent = null;
                thrown = null;
                continue;
            }
            value = channel.Current;
            return true;
        }
    }

    /// <summary>One step of <c>yield from</c>: true with the inner iterator's next value; false when the
    /// delegating body resumes (with the inner return value, or the exception it raised).</summary>
    private bool StepDelegate(object inner, object? sent, Exception? thrown, out object? yielded)
    {
        yielded = null;
        channel.DelegateStarted = true;
        try
        {
            if (inner is IGenerator generator)
            {
                if (thrown is GeneratorExit)
                {
                    generator.close();
                    return Resumed(null, thrown);
                }
                if (generator.Step(sent, thrown, out yielded, out object? returned)) return true;
                return Resumed(returned, null);
            }
            var iterator = (IEnumerator<object?>)inner;
            if (thrown is not null)
            {
                if (thrown is GeneratorExit) iterator.Dispose();
                return Resumed(null, thrown);
            }
            if (sent is not null)
                return Resumed(null, new AttributeError($"'{Builtins.type_name(iterator)}' object has no attribute 'send'"));
            if (iterator.MoveNext())
            {
                yielded = iterator.Current;
                return true;
            }
            return Resumed(null, null);
        }
        catch (Exception e)
        {
            return Resumed(null, e);
        }
    }

    private bool Resumed(object? returned, Exception? raised)
    {
        channel.Delegate = null;
        channel.Received = returned;
        channel.Raised = raised;
        return false;
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
