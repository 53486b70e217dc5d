using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace Py2Cs.Runtime;

// A generator body is a C# async lambda whose only awaits are its yields:
//     new PyGenerator<object?>("countdown", async g => { ... await g.Yield(n); ... })
// C# iterators cannot yield inside try/catch and cannot receive a value or an exception at a yield;
// an async state machine can do both (await is allowed in try, catch and finally). This builder
// makes the lambda a resumable body: it does not start it (a Python generator runs nothing until its
// first next()), each await of the yield channel suspends it, and PyGenerator resumes it by calling
// the state machine's MoveNext, on the caller's own stack, without tasks, threads or a scheduler.

/// <summary>The task-like result of a generator body lambda: the suspended state machine and, once it
/// has ended, how it ended.</summary>
[AsyncMethodBuilder(typeof(GeneratorBodyBuilder))]
public sealed class GeneratorBody
{
    internal IAsyncStateMachine? Machine;
    internal bool Done;
    internal ExceptionDispatchInfo? Error;

    /// <summary>Runs the body to its next yield or to its end; an exception it raised propagates.</summary>
    internal void Resume()
    {
        Machine!.MoveNext();
        if (Error is { } error)
        {
            Error = null;
            error.Throw();
        }
    }
}

/// <summary>The async method builder of <see cref="GeneratorBody"/> (the C# compiler calls it).</summary>
public struct GeneratorBodyBuilder
{
    GeneratorBody _body;

    public static GeneratorBodyBuilder Create() => new() { _body = new GeneratorBody() };

    public readonly GeneratorBody Task => _body;

    /// <summary>Keeps the state machine (boxed once) without running it.</summary>
    public readonly void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine =>
        _body.Machine = stateMachine;

    public readonly void SetStateMachine(IAsyncStateMachine stateMachine) => _body.Machine = stateMachine;

    public readonly void SetResult() => _body.Done = true;

    public readonly void SetException(Exception exception)
    {
        _body.Done = true;
        _body.Error = ExceptionDispatchInfo.Capture(exception);
    }

    /// <summary>The body awaits its yield channel: it stays suspended until PyGenerator resumes it.</summary>
    public readonly void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
        where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine
    {
        if (awaiter is not GeneratorYieldPoint) throw new RuntimeError("a generator body can only await its own yields");
    }

    public readonly void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
        where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine =>
        AwaitOnCompleted(ref awaiter, ref stateMachine);
}
