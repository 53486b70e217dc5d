using System.Runtime.CompilerServices;

namespace Py2Cs.Runtime;

// The builders make coroutines lazy: Start() does not run the state machine, it copies it into a
// CoroutineBox (the coroutine object itself), so a coroutine is one allocation and resuming it is
// a virtual call to the struct's MoveNext. The compiler calls Start before it reads Task: Start
// first points the builder (inside the caller's state machine, `this`) at the box, then copies the
// state machine, so the copy's builder and the returned object share the same coroutine.

// The builder methods the compiled bodies call at every step, like the loop's hot paths, are
// compiled fully optimized at once ([AggressiveOptimization]): a program that runs for a fraction
// of a second would otherwise spend much of it in their tier-0 code.
public struct CoroutineBuilder<T>
{
    Coroutine<T>? _coroutine;

    public static CoroutineBuilder<T> Create() => default;
    public Coroutine<T> Task => _coroutine ?? throw new InvalidOperationException("internal error: Task read before Start");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
    {
        var box = new CoroutineBox<T, TStateMachine>();
        _coroutine = box;
        box._machine = stateMachine;
    }

    public void SetStateMachine(IAsyncStateMachine stateMachine) { }

    public void SetResult(T result)
    {
        _coroutine!._result = result;
        _coroutine.Complete(null);
    }

    public void SetException(System.Exception exception) => _coroutine!.Complete(exception);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
        where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine =>
        _coroutine!._yielded = AwaitedObject.Recognise(awaiter);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
        where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine =>
        _coroutine!._yielded = AwaitedObject.Recognise(awaiter);
}

public struct CoroutineBuilder
{
    Coroutine? _coroutine;

    public static CoroutineBuilder Create() => default;
    public Coroutine Task => _coroutine ?? throw new InvalidOperationException("internal error: Task read before Start");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
    {
        var box = new CoroutineBox<TStateMachine>();
        _coroutine = box;
        box._machine = stateMachine;
    }

    public void SetStateMachine(IAsyncStateMachine stateMachine) { }

    public void SetResult() => _coroutine!.Complete(null);

    public void SetException(System.Exception exception) => _coroutine!.Complete(exception);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
        where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine =>
        _coroutine!._yielded = AwaitedObject.Recognise(awaiter);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
        where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine =>
        _coroutine!._yielded = AwaitedObject.Recognise(awaiter);
}

/// <summary>A compiled coroutine returning T, holding its state machine inline.</summary>
internal sealed class CoroutineBox<T, TStateMachine> : Coroutine<T> where TStateMachine : IAsyncStateMachine
{
    internal TStateMachine _machine = default!;

    internal CoroutineBox() => _hasBody = true;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal override void MoveNextBody() => _machine.MoveNext();

    internal override Type StateMachineType => typeof(TStateMachine);
}

/// <summary>A compiled coroutine returning None, holding its state machine inline.</summary>
internal sealed class CoroutineBox<TStateMachine> : Coroutine where TStateMachine : IAsyncStateMachine
{
    internal TStateMachine _machine = default!;

    internal CoroutineBox() => _hasBody = true;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal override void MoveNextBody() => _machine.MoveNext();

    internal override Type StateMachineType => typeof(TStateMachine);
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
    internal static string FunctionName(Type? stateMachineType) =>
        stateMachineType == null ? "sleep" : FromCompilerName(stateMachineType.Name);

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
