using System.Diagnostics;
using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Runtime.Loader;

namespace Py2Cs.Compiler;

/// <summary>
/// Runs a compiled program inside the py2cs process: loads the image into a collectible load
/// context that shares the already-loaded Py2Cs.Runtime, compiles its code ahead
/// (<see cref="ProgramPreparation"/>), calls its entry point, returns its exit status. The program
/// writes straight to the process's stdout and stderr.
/// </summary>
public static class ProgramRunner
{
    /// <summary>The program's exit status. An exception that escapes the program's entry point
    /// is rethrown unchanged (for generated code it means the runtime let a .NET exception through).</summary>
    /// <param name="trace">Told how long preparation and the run took and how many methods the JIT
    /// still compiled while the program ran (<c>--verbose</c>; the benchmark reads it).</param>
    public static int Run(byte[] image, string[] args, Action<string>? trace = null)
    {
        var context = new ProgramLoadContext();
        try
        {
            var clock = Stopwatch.StartNew();
            Assembly program = context.LoadFromStream(new MemoryStream(image));
            MethodInfo entry = program.EntryPoint
                ?? throw new InvalidOperationException("the compiled program has no entry point");
            object?[] arguments = entry.GetParameters().Length == 0 ? [] : [args];
            ProgramPreparation.Prepare(program, image);
            SettleHeap();
            trace?.Invoke($"program loaded and compiled ahead in {clock.Elapsed.TotalMilliseconds:0.0} ms");

            clock.Restart();
            long jitted = System.Runtime.JitInfo.GetCompiledMethodCount();
            TimeSpan jitTime = System.Runtime.JitInfo.GetCompilationTime();
            object? status;
            try
            {
                status = entry.Invoke(null, arguments);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                throw;
            }
            finally
            {
                trace?.Invoke($"program ran in {clock.Elapsed.TotalMilliseconds:0.0} ms; the JIT compiled " +
                    $"{System.Runtime.JitInfo.GetCompiledMethodCount() - jitted} methods meanwhile " +
                    $"({(System.Runtime.JitInfo.GetCompilationTime() - jitTime).TotalMilliseconds:0.0} ms, tiering up included)");
            }
            return status is int code ? code : 0;
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>
    /// Collects what translating and compiling left behind (Roslyn's trees and symbols: hundreds of
    /// megabytes on a first run) before the program's clock starts. Otherwise the first full
    /// collection falls inside the program and pauses it for tens of milliseconds, enough to move a
    /// timer-driven program's output (a token bucket's slot numbers) on a busy machine.
    /// </summary>
    static void SettleHeap()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    /// <summary>Resolves nothing itself except the runtime, which must be the instance py2cs already
    /// loaded (its static state, e.g. stdout buffering, is shared); the rest comes from the default context.</summary>
    sealed class ProgramLoadContext() : AssemblyLoadContext("py2cs program", isCollectible: true)
    {
        static readonly Assembly s_runtime = typeof(Py2Cs.Runtime.Builtins).Assembly;

        protected override Assembly? Load(AssemblyName name) =>
            AssemblyName.ReferenceMatchesDefinition(name, s_runtime.GetName()) ? s_runtime : null;
    }
}
