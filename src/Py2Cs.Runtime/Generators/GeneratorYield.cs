using System.Runtime.CompilerServices;

namespace Py2Cs.Runtime;

/// <summary>What the compiler sees of a generator's yield channel (the builder accepts no other await).</summary>
public abstract class GeneratorYieldPoint : INotifyCompletion
{
    public bool IsCompleted => false;

    public void OnCompleted(Action continuation) =>
        throw new RuntimeError("a generator's yield can only be awaited inside its own body");
}

/// <summary>
/// The yield channel a generator body awaits. <c>yield v</c> is <c>await g.Yield(v)</c>; its value is
/// what <c>send()</c> passed (None for <c>next()</c>), or it raises what <c>throw()</c> or <c>close()</c>
/// threw in. <c>yield from it</c> is <c>await g.YieldFrom(it)</c>: the generator delegates to <c>it</c>
/// until it is exhausted, and the await's value is its return value (StopIteration.value).
/// </summary>
public sealed class GeneratorYield<T> : GeneratorYieldPoint
{
    internal T Current = default!;
    internal object? Delegate;
    internal bool DelegateStarted;
    internal object? Received;
    internal Exception? Raised;
    internal object? ReturnValue;

    public GeneratorYield<T> Yield(T value)
    {
        Current = value;
        return this;
    }

    public GeneratorYield<T> YieldFrom(object? iterable)
    {
        Delegate = iterable is IGenerator ? iterable : (object)Py.Iter(iterable).GetEnumerator();
        DelegateStarted = false;
        return this;
    }

    /// <summary><c>return value</c> in a generator: the value StopIteration carries (the body then returns).</summary>
    public void Return(object? value) => ReturnValue = value;

    public GeneratorYield<T> GetAwaiter() => this;

    public object? GetResult()
    {
        if (Raised is { } raised)
        {
            Raised = null;
            throw raised;
        }
        object? value = Received;
        Received = null;
        return value;
    }
}
