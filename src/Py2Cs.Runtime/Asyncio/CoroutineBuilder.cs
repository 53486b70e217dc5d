using System.Runtime.CompilerServices;

namespace Py2Cs.Runtime;

// The builders make coroutines lazy: Start() boxes and keeps the state machine but does not run
// it. Create() allocates the coroutine before Start copies the builder into the box, so the boxed
// builder and the returned object share the same coroutine.

public struct CoroutineBuilder<T>
{
    Coroutine<T> _coroutine;

    public static CoroutineBuilder<T> Create() => new() { _coroutine = new Coroutine<T>() };
    public Coroutine<T> Task => _coroutine;

    public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine =>
        _coroutine._stateMachine = stateMachine;

    public void SetStateMachine(IAsyncStateMachine stateMachine) { }

    public void SetResult(T result)
    {
        _coroutine._result = result;
        _coroutine.Complete(null);
    }

    public void SetException(System.Exception exception) => _coroutine.Complete(exception);

    public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
        where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine =>
        _coroutine._yielded = AwaitedObject.Recognise(awaiter);

    public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
        where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine =>
        _coroutine._yielded = AwaitedObject.Recognise(awaiter);
}

public struct CoroutineBuilder
{
    Coroutine _coroutine;

    public static CoroutineBuilder Create() => new() { _coroutine = new Coroutine() };
    public Coroutine Task => _coroutine;

    public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine =>
        _coroutine._stateMachine = stateMachine;

    public void SetStateMachine(IAsyncStateMachine stateMachine) { }

    public void SetResult() => _coroutine.Complete(null);

    public void SetException(System.Exception exception) => _coroutine.Complete(exception);

    public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
        where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine =>
        _coroutine._yielded = AwaitedObject.Recognise(awaiter);

    public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
        where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine =>
        _coroutine._yielded = AwaitedObject.Recognise(awaiter);
}

internal static class AwaitedObject
{
    /// <summary>Our awaiters are classes, so this is a cheap type test, no boxing.</summary>
    internal static object Recognise<TAwaiter>(TAwaiter awaiter) => awaiter switch
    {
        asyncio.Future f => f,
        CoroutineBase c => c,
        YieldAwaitable y => y,
        GeneratorStep step => step,
        AsyncYieldPoint point => point,
        _ => throw new RuntimeError(
            $"cannot await {typeof(TAwaiter).Name} inside a Python coroutine: wrap the .NET task with asyncio.wrap_task(...)"),
    };
}

/// <summary>Python-facing names of compiled async methods, taken from the state machine type name.</summary>
internal static class StateMachineNames
{
    internal static string FunctionName(IAsyncStateMachine? stateMachine) =>
        stateMachine == null ? "sleep" : FromCompilerName(stateMachine.GetType().Name);

    /// <summary>The source name inside a compiler-generated name; "&lt;lambda&gt;" for lambdas.</summary>
    internal static string DelegateName(Delegate d) => FromCompilerName(d.Method.Name);

    static string FromCompilerName(string name)
    {
        // "<worker>d__3", "<<Main>g__child|0_0>d", "<Main>g__bad|6_0", "<Main>b__0_1" (lambda)
        if (name.Contains(">b__", StringComparison.Ordinal)) return "<lambda>";
        int bar = name.IndexOf("g__", StringComparison.Ordinal);
        if (bar >= 0)
        {
            int start = bar + 3, end = name.IndexOf('|', start);
            return end > start ? name[start..end] : name;
        }
        if (name.StartsWith('<'))
        {
            int end = name.IndexOf('>');
            if (end > 1) return name[1..end];
        }
        return name;
    }
}
