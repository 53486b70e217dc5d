using System.Runtime.CompilerServices;

namespace Py2Cs.Runtime;

/// <summary>
/// Python's recursion limit. A translated function that runs to completion on the stack (not a
/// coroutine or generator) counts its frame while it runs, so a program fails at CPython's depth
/// (1000 frames, the module's included) with <see cref="RecursionError"/>. Every function also checks
/// that the .NET stack has room, so a limit raised with <c>sys.setrecursionlimit</c> beyond what the
/// stack holds still ends in RecursionError, never in a dead process.
/// </summary>
public static class PyRecursion
{
    // The module body is a frame too: CPython's limit of 1000 leaves 999 for functions.
    [ThreadStatic] private static int t_depth;

    internal static int Limit { get; private set; } = 1000;

    /// <summary>Counts a frame until the returned guard is disposed (<c>using var frame = PyRecursion.Enter();</c>).</summary>
    public static Frame Enter()
    {
        if (++t_depth >= Limit || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            t_depth--;
            throw new RecursionError("maximum recursion depth exceeded");
        }
        return default;
    }

    /// <summary>For coroutines and generators: a suspended one must not count, but a deep chain of
    /// them still runs on the stack until it first suspends.</summary>
    public static void CheckStack()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new RecursionError("maximum recursion depth exceeded");
    }

    /// <summary><c>sys.setrecursionlimit</c>, with CPython's checks.</summary>
    internal static void SetLimit(long limit)
    {
        if (limit < 1) throw new ValueError("recursion limit must be greater or equal than 1");
        int depth = t_depth + 2; // the module frame and the setrecursionlimit call count too, as in CPython
        if (limit <= depth)
            throw new RecursionError($"cannot set the recursion limit to {limit} at the recursion depth {depth}: the limit is too low");
        Limit = (int)Math.Min(limit, int.MaxValue);
    }

    /// <summary>Leaves the frame <see cref="Enter"/> counted.</summary>
    public readonly struct Frame : IDisposable
    {
        public void Dispose() => t_depth--;
    }
}
