namespace Py2Cs.Runtime;

/// <summary>Python's <c>inspect</c> basics: what kind of callable a value is.</summary>
[PyModule("inspect")]
public static class InspectModule
{
    /// <summary>A translated <c>async def</c> is a C# method returning a coroutine or task, held as a
    /// delegate or, as a first-class function value, by a <see cref="PyFunction"/>.</summary>
    public static bool iscoroutinefunction(object? obj) => obj switch
    {
        Delegate d => IsAwaitableType(d.Method.ReturnType),
        PyFunction f => IsAwaitableType(f.Body.Method.ReturnType),
        // A bound method is a coroutine function when the function it binds is.
        PyMethod m => iscoroutinefunction(m.__func__),
        BoundMethod b => b.Target.GetType().GetMethods().Any(m => m.Name == b.Name && !m.IsStatic && IsAwaitableType(m.ReturnType)),
        _ => false,
    };

    public static bool iscoroutine(object? obj) => obj is CoroutineBase;

    public static bool isawaitable(object? obj) => obj is CoroutineBase or asyncio.Future;

    public static bool isclass(object? obj) => obj is Type;

    public static bool isfunction(object? obj) => obj is Delegate or PyFunction;

    private static bool IsAwaitableType(Type t) =>
        typeof(CoroutineBase).IsAssignableFrom(t) || typeof(asyncio.Future).IsAssignableFrom(t);
}
