using System.Runtime.CompilerServices;

namespace Py2Cs.Runtime;

public static partial class asyncio
{
    // A typed loop.call_soon(obj.method, 1) reaches the loop as a C# thunk () => obj.method(1), which has no
    // Python name. The translator attaches what CPython's Handle repr shows (the callable's __qualname__ and
    // the arguments given to call_soon) to the thunk itself, so every scheduling entry (call_soon, call_later,
    // call_at, the threadsafe one) finds it without an overload of its own.
    static readonly ConditionalWeakTable<Delegate, CallbackDisplay> s_callbackDisplays = new();

    /// <summary>The Python callable's name and arguments of a scheduled thunk, as CPython's
    /// <c>_format_callback_source</c> prints them: <c>Ticker.tick(1)</c>.</summary>
    internal sealed record CallbackDisplay(string Name, object?[] Arguments);

    /// <summary>Returns <paramref name="thunk"/>, recording that it calls <paramref name="name"/> with
    /// <paramref name="args"/> (for the repr of the Handle that schedules it).</summary>
    public static Action DisplayedCallback(Action thunk, string name, params object?[] args)
    {
        s_callbackDisplays.AddOrUpdate(thunk, new CallbackDisplay(name, args));
        return thunk;
    }

    internal static CallbackDisplay? DisplayOf(object? callback) =>
        callback is Delegate d && s_callbackDisplays.TryGetValue(d, out var display) ? display : null;
}
