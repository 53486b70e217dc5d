using System.Reflection;
using System.Runtime.CompilerServices;

namespace Py2Cs.Compiler;

/// <summary>
/// Compiles the runtime library's methods ahead of the program, on another thread while py2cs
/// translates and compiles. Translated programs print in an order decided by timers 10-25 ms
/// apart; without this, the JIT compiling the runtime's code paths the first time they run
/// (the event loop, print, formatting) delays the program's first steps by that much on a
/// loaded machine and can reorder its output.
/// </summary>
public static class RuntimeWarmup
{
    static Task? s_warmup;

    public static void Start() => s_warmup ??= Task.Run(PrepareRuntime);

    /// <summary>Waits until the runtime's code is compiled (bounded: a slow machine just starts colder).</summary>
    public static void Wait(TimeSpan limit)
    {
        try { s_warmup?.Wait(limit); }
        catch (AggregateException) { }
    }

    static void PrepareRuntime()
    {
        WarmExceptions();
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var type in typeof(Py2Cs.Runtime.PyProgram).Assembly.GetTypes())
        {
            if (type.IsGenericTypeDefinition || type.IsInterface) continue;
            foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
            {
                if (method.IsAbstract || method.ContainsGenericParameters || method.GetMethodBody() is null) continue;
                try { RuntimeHelpers.PrepareMethod(method.MethodHandle); }
                catch (Exception) { /* a method the JIT cannot prepare ahead is compiled on first call, as usual */ }
            }
        }
    }

    /// <summary>A process's first .NET exception costs tens of milliseconds (exception handling
    /// set-up, stack walking); Python code raises routinely, so pay that here, not mid-program.</summary>
    static void WarmExceptions()
    {
        for (int i = 0; i < 3; i++)
        {
            try { throw new Py2Cs.Runtime.ValueError("warm-up"); }
            catch (Py2Cs.Runtime.BaseException e)
            {
                try { System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e).Throw(); }
                catch (Py2Cs.Runtime.PyException) { }
            }
        }
    }
}
