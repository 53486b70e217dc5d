using System.Reflection;

namespace Py2Cs.Compiler;

/// <summary>
/// Compiles what the runtime library needs beyond its ReadyToRun code, on another thread while
/// py2cs translates and compiles (see <see cref="PrecompileSet"/> for why it matters): the methods
/// ReadyToRun leaves to the JIT (the loop's [AggressiveOptimization] hot paths), its coroutine
/// plumbing over its own async methods, and the framework's generics over its types
/// (<c>List&lt;ReadyQueue.Entry&gt;</c>), which ReadyToRun cannot compile into the runtime's image.
/// </summary>
public static class RuntimeWarmup
{
    // Two levels reach the framework's helpers under the runtime's collections.
    const int CallDepth = 2;

    static Task? s_warmup;

    /// <summary>Warms the whole runtime, in the background while py2cs translates and compiles a program.</summary>
    public static void Start() => s_warmup ??= Task.Run(() => PrepareRuntime(references: null));

    /// <summary>For a program from the compile cache, which has no translation to hide the whole warm-up behind
    /// (a hello-world would wait for all of it, about three times the CPU of the rest of a cached run): warms the
    /// part of the runtime the program names, and nothing when its output cannot depend on timing (no event
    /// loop, clock or thread): then a first call compiled late only costs time, never changes what it prints.</summary>
    public static void StartFor(byte[] image)
    {
        var references = RuntimeReferences.Of(image);
        if (references.ObservesTime) s_warmup ??= Task.Run(() => PrepareRuntime(references));
    }

    /// <summary>Waits until the runtime's code is compiled (bounded: a slow machine just starts colder).</summary>
    public static void Wait(TimeSpan limit)
    {
        try { s_warmup?.Wait(limit); }
        catch (AggregateException) { }
    }

    /// <param name="references">What the program names of the runtime; null: everything.</param>
    static void PrepareRuntime(RuntimeReferences? references)
    {
        WarmExceptions();
        WarmNumberText();
        // Py's static fields are caches (attributes, class attributes, small ints, never-awaited lines shown):
        // creating them compiles dictionaries over value tuples, which a typed program otherwise pays in its
        // first steps, between its first timers.
        System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(typeof(Py2Cs.Runtime.Py).TypeHandle);
        if (references?.CallsDynamically != false) WarmDynamicCalls();
        bool runsLoop = references?.RunsEventLoop ?? true;
        var set = new PrecompileSet();
        // The set is bounded and walked in the order types go in: the event loop's own machinery first
        // (every asyncio program runs it between its timers), then the builtins, then the library modules.
        foreach (Type type in typeof(Py2Cs.Runtime.PyProgram).Assembly.GetTypes().OrderBy(Priority))
            if (!type.IsGenericTypeDefinition && (references is null || (Priority(type) == 0 ? runsLoop : references.TopLevelTypes.Contains(Outermost(type).Name))))
                set.AddTypeAndCoroutinePlumbing(type);
        set.AddInstantiationsReached(CallDepth);
        set.RunForeignClassConstructors(program: null);
        set.Compile();
    }

    static Type Outermost(Type type)
    {
        while (type.DeclaringType is { } declaring) type = declaring;
        return type;
    }

    static int Priority(Type type)
    {
        var outer = Outermost(type);
        if (outer == typeof(Py2Cs.Runtime.asyncio) || typeof(Py2Cs.Runtime.CoroutineBase).IsAssignableFrom(type)
            || outer.Name.StartsWith("Coroutine", StringComparison.Ordinal) || outer.Name.StartsWith("ReadyQueue", StringComparison.Ordinal))
            return 0;
        return outer.Name.StartsWith("Py", StringComparison.Ordinal) || outer == typeof(Py2Cs.Runtime.Builtins) ? 1 : 2;
    }

    /// <summary>The dynamic call path (a method called by name on an object, a library function called with
    /// dynamic arguments) keeps caches keyed by value tuples and sorts its candidates with LINQ: framework
    /// generics over the runtime's types, which ReadyToRun leaves to the JIT. Compiled on first use they cost a
    /// dynamically translated program about 15 ms in its first call (a token bucket's first request then lands
    /// in the wrong slot); one call of each kind here pays it before the program starts. Nothing of it is visible
    /// to the program: the caches only gain entries for runtime types.</summary>
    static void WarmDynamicCalls()
    {
        var dict = new Py2Cs.Runtime.PyDict<object, object?>();
        Py2Cs.Runtime.Py.SetItem(dict, "warm-up", 1L);
        Py2Cs.Runtime.Py.CallMethod(dict, "get", "warm-up", 0L);
        Py2Cs.Runtime.Py.GetAttr(dict, "keys");
        Py2Cs.Runtime.Py.Call(Py2Cs.Runtime.BuiltinFunction.Of(typeof(Py2Cs.Runtime.Builtins), nameof(Py2Cs.Runtime.Builtins.min)), 1L, 2L);
        Py2Cs.Runtime.Py.Call(Py2Cs.Runtime.BuiltinFunction.Of(typeof(Py2Cs.Runtime.Builtins), nameof(Py2Cs.Runtime.Builtins.round)), 2.5);
    }

    /// <summary>Formatting numbers (an f-string's <c>{x:.2f}</c> or <c>{n:>3}</c>, <c>%</c>-formatting, a float's
    /// repr) runs framework code that no ReadyToRun image holds and that the IL walk of <see cref="PrecompileSet"/>
    /// does not reach: <c>BigInteger</c>'s vectorized helpers (fixed-point digits are rounded exactly through
    /// <c>BigInteger.Pow</c>), span fills for padding. Compiled on first use it cost a cached run 1-8 ms in its
    /// first f-strings, between two timers. Formatting a few values here returns strings and changes nothing else.</summary>
    static void WarmNumberText()
    {
        Py2Cs.Runtime.Builtins.format(7L, ">3");
        Py2Cs.Runtime.Builtins.format(-1234567L, "08,d");
        Py2Cs.Runtime.Builtins.format(1.5, ".2f");
        Py2Cs.Runtime.Builtins.format(0.1, "8.3e");
        Py2Cs.Runtime.Builtins.format(2.0 / 3.0, ".4g");
        Py2Cs.Runtime.Builtins.format(0.25, "");
        Py2Cs.Runtime.Builtins.format("x", "<6");
        Py2Cs.Runtime.Builtins.repr(1e-7);
        Py2Cs.Runtime.Py.PercentFormat("%5.2f %d %s %r", (1.5, 7L, "x", "y"));
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
