namespace Py2Cs.Runtime;

/// <summary>The border rule for awaitables: a call bound at run time returns whatever awaitable the
/// runtime method gives (<c>q.put(x)</c> is a <c>Coroutine&lt;object?&gt;</c>, a program's coroutine
/// function a <c>Coroutine</c>), while the typed slot names the kind inference saw. A coroutine of
/// another C# type is awaited inside a coroutine of the slot's type: awaiting that is awaiting the
/// value, as Python's <c>await</c> is the same for every awaitable.</summary>
static class AsyncBorder
{
    public static bool TryCoroutine(object? value, Type target, out object? converted)
    {
        converted = null;
        if (value is not (CoroutineBase or asyncio.Future)) return false;
        if (target == typeof(Coroutine)) { converted = Untyped(value); return true; }
        if (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(Coroutine<>))
        {
            var make = typeof(AsyncBorder).GetMethod(nameof(Typed), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
            converted = make.MakeGenericMethod(target.GetGenericArguments()[0]).Invoke(null, [value]);
            return true;
        }
        return false;
    }

    static async Coroutine Untyped(object awaitable) => await AsyncBuiltins.Await(awaitable);

    static async Coroutine<T> Typed<T>(object awaitable) => Py.As<T>(await AsyncBuiltins.Await(awaitable));
}
