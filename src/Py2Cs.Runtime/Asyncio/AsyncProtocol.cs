namespace Py2Cs.Runtime;

// The async protocols on values whose type the translator does not know: `await x`, `aiter(x)`,
// `anext(x)` and `async for` dispatch at run time, as CPython's object protocol does (an async
// generator, a runtime stream, a program class with __aiter__/__anext__ all answer by name).
public static partial class AsyncBuiltins
{
    /// <summary><c>await x</c> for any awaitable, run inline in the awaiting task as CPython's
    /// <c>await</c> does (a coroutine is not wrapped in a Task): a coroutine, a future, or an object
    /// whose <c>__await__</c> gives one of those. A coroutine of object is itself what the caller awaits:
    /// wrapping it in a second coroutine would change nothing but cost a state machine per await.</summary>
    public static Coroutine<object?> Await(object? awaitable) =>
        awaitable as Coroutine<object?> ?? AwaitAny(awaitable);

    static async Coroutine<object?> AwaitAny(object? awaitable)
    {
        switch (awaitable)
        {
            case CoroutineBase coroutine: return await coroutine;
            case asyncio.Future future: return await future;
        }
        if (awaitable is not null && Py.HasAttr(awaitable, "__await__"))
        {
            switch (Py.CallMethod(awaitable, "__await__"))
            {
                case var inner when inner is CoroutineBase or asyncio.Future: return await Await(inner);
                case IGenerator iterator: return await DriveAwaitIterator(iterator);
                case var other: throw new TypeError($"__await__() returned non-iterator of type '{Builtins.type_name(other)}'");
            }
        }
        throw new TypeError($"object {Builtins.type_name(awaitable)} can't be used in 'await' expression");
    }

    /// <summary><c>aiter(x)</c>: <c>x.__aiter__()</c>.</summary>
    public static object? aiter(object? iterable)
    {
        if (iterable is null || !Py.HasAttr(iterable, "__aiter__"))
            throw new TypeError($"'{Builtins.type_name(iterable)}' object is not an async iterable");
        return Py.CallMethod(iterable, "__aiter__");
    }

    /// <summary>The iterator <c>async for</c> takes from a value: as <see cref="aiter"/>, with the statement's own message.</summary>
    public static object? AsyncForIterator(object? iterable)
    {
        if (iterable is null || !Py.HasAttr(iterable, "__aiter__"))
            throw new TypeError($"'async for' requires an object with __aiter__ method, got {Builtins.type_name(iterable)}");
        return Py.CallMethod(iterable, "__aiter__");
    }

    /// <summary><c>anext(it)</c>: awaits <c>it.__anext__()</c>; StopAsyncIteration ends the iteration.</summary>
    public static Coroutine<object?> anext(object? iterator)
    {
        if (iterator is null || !Py.HasAttr(iterator, "__anext__"))
            throw new TypeError($"'{Builtins.type_name(iterator)}' object is not an async iterator");
        return AwaitAny(Py.CallMethod(iterator, "__anext__"));
    }

    /// <summary><c>anext(it, default)</c>: the default instead of StopAsyncIteration.</summary>
    public static Coroutine<object?> anext(object? iterator, object? @default)
    {
        var step = anext(iterator);
        return WithDefault(step, @default);

        static async Coroutine<object?> WithDefault(Coroutine<object?> step, object? @default)
        {
            try { return await step; }
            catch (StopAsyncIteration) { return @default; }
        }
    }
}
