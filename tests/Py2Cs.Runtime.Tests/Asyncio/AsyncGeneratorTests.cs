#pragma warning disable CS1998 // Python coroutines without an await are normal
using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Asyncio;

/// <summary>x01: async generators, asend/athrow/aclose, asynccontextmanager, aclosing.</summary>
[Collection("asyncio")]
public sealed class AsyncGeneratorTests : AsyncioTest
{
    AsyncGenerator<long> ticks(long n) => new(async y =>
    {
        try
        {
            for (long i = 0; i < n; i++)
            {
                await y.Yield(i);
                await asyncio.sleep(0);
            }
        }
        finally { O.P("ticks: finally"); }
    });

    AsyncGenerator<object?> echo() => new(async y =>
    {
        var received = new PyList<object?>();
        try
        {
            while (true)
            {
                var x = await y.Yield((long)received.Count);
                received.Add(x);
                O.P("echo got", x);
            }
        }
        catch (ValueError e)
        {
            O.P("echo caught", PyFormat.Repr(e));
            await y.Yield("after-throw");
        }
        finally { O.P("echo: finally", received); }
    });

    static AsyncGenerator<long> failing() => new(async y =>
    {
        await y.Yield(1);
        throw new KeyError("gen-fail");
    });

    contextlib.AsyncGeneratorContextManager<string> managed(string name) => contextlib.asynccontextmanager(new AsyncGenerator<string>(async y =>
    {
        O.P($"enter {name}");
        try { await y.Yield(name.ToUpperInvariant()); }
        catch (ZeroDivisionError) { O.P($"{name}: swallowed ZeroDivisionError"); }
        finally { O.P($"exit {name}"); }
    }));

    [Fact]
    public void GeneratorNamesComeFromTheFunctionsQualname()
    {
        // CPython: g.__name__ 'items', g.__qualname__ 'Feed.items' for `class Feed: async def items(self): yield 1`.
        var g = new AsyncGenerator<long>(async y => await y.Yield(1), "Feed.items");
        Assert.Equal("items", g.__name__);
        Assert.Equal("Feed.items", g.__qualname__);
        Assert.Equal("<async_generator object Feed.items>", g.__repr__());
    }

    [Fact]
    public void X01_async_generators_match_CPython()
    {
        async Coroutine other(PyList<string> log)
        {
            for (int i = 0; i < 3; i++) { log.Add($"other{i}"); await asyncio.sleep(0); }
        }
        async Coroutine main()
        {
            // async for v in ticks(3): print("got", v)
            var it = ticks(3).__aiter__();
            while (true)
            {
                long v;
                try { v = await it.__anext__(); } catch (StopAsyncIteration) { break; }
                O.P("got", v);
            }
            var g = echo();
            O.P("first:", await g.__anext__());
            O.P("asend a:", await g.asend("a"));
            O.P("asend b:", await g.asend("b"));
            O.P("athrow:", await g.athrow(new ValueError("boom")));
            await g.aclose();
            try { await g.__anext__(); }
            catch (StopAsyncIteration) { O.P("exhausted after aclose"); }
            var f = failing();
            O.P("failing first:", await f.__anext__());
            try { await f.__anext__(); }
            catch (KeyError e) { O.P("failing raised", PyFormat.Repr(e)); }
            try { await f.__anext__(); }
            catch (StopAsyncIteration) { O.P("failing exhausted"); }

            await AsyncWith(managed("cm"), async v => O.P("inside", v));
            await AsyncWith(managed("cm2"), async v =>
            {
                O.P("inside", v);
                throw new ZeroDivisionError("division by zero");
            });
            O.P("after cm2");
            try { await AsyncWith(managed("cm3"), async _ => throw new KeyError("k")); }
            catch (KeyError e) { O.P("cm3 propagated", PyFormat.Repr(e)); }

            await AsyncWith(contextlib.aclosing(ticks(5)), async t =>
            {
                while (true)
                {
                    long v;
                    try { v = await t.__anext__(); } catch (StopAsyncIteration) { break; }
                    O.P("aclosing got", v);
                    if (v == 1) break;
                }
            });
            O.P("after aclosing");

            var log = new PyList<string>();
            var o = asyncio.create_task(other(log));
            var it2 = ticks(3).__aiter__();
            while (true)
            {
                long v;
                try { v = await it2.__anext__(); } catch (StopAsyncIteration) { break; }
                log.Add($"gen{v}");
            }
            await o;
            O.P(log);

            var it3 = ticks(10).__aiter__();
            while (true)
            {
                long v;
                try { v = await it3.__anext__(); } catch (StopAsyncIteration) { break; }
                if (v == 0) break;
            }
            O.P("main done");
        }
        asyncio.run(main());
        O.P("after run");
        AssertOutput("x01.out");
    }

    [Fact]
    public void Generator_misuse_raises_CPython_errors()
    {
        async Coroutine main()
        {
            var g = ticks(2);
            try { await g.asend("x"); }
            catch (TypeError e) { O.P(e); }
            AsyncGenerator<long>? self = null;
            self = new AsyncGenerator<long>(async y => { await self!.__anext__(); await y.Yield(1); });
            try { await self.__anext__(); }
            catch (RuntimeError e) { O.P(e); }
            var stubborn = new AsyncGenerator<long>(async y =>
            {
                try { await y.Yield(1); }
                finally { await y.Yield(2); }
            });
            await stubborn.__anext__();
            try { await stubborn.aclose(); }
            catch (RuntimeError e) { O.P(e); }
            var raisesStop = new AsyncGenerator<long>(async y => throw new StopAsyncIteration());
            try { await raisesStop.__anext__(); }
            catch (RuntimeError e) { O.P(e); }
        }
        asyncio.run(main());
        Assert.Equal(new[]
        {
            "can't send non-None value to a just-started async generator",
            "anext(): asynchronous generator is already running",
            "async generator ignored GeneratorExit",
            "async generator raised StopAsyncIteration",
        }, O.Lines);
    }
}

/// <summary>x06: contextlib.AsyncExitStack.</summary>
[Collection("asyncio")]
public sealed class AsyncExitStackTests : AsyncioTest
{
    static contextlib.AsyncGeneratorContextManager<string> res(string name, PyList<string> log, bool suppress = false) =>
        contextlib.asynccontextmanager(new AsyncGenerator<string>(async y =>
        {
            log.Add($"open {name}");
            try { await y.Yield(name); }
            catch (PyException e)
            {
                log.Add($"{name} saw {PyFormat.Repr(e)}");
                if (!suppress) throw;
            }
            finally { log.Add($"close {name}"); }
        }));

    [Fact]
    public void X06_exit_stack_unwinds_in_reverse_and_passes_exceptions_along()
    {
        async Coroutine main()
        {
            var log = new PyList<string>();
            await AsyncWith(new contextlib.AsyncExitStack(), async stack =>
            {
                var a = await stack.enter_async_context(res("a", log));
                var b = await stack.enter_async_context(res("b", log));
                async Coroutine cb(string msg) => log.Add(msg);
                stack.push_async_callback(() => cb("async callback"));
                stack.callback(() => log.Add("sync callback"));
                log.Add($"body {a}{b}");
            });
            O.P(log);
            log.Clear();
            await AsyncWith(new contextlib.AsyncExitStack(), async stack =>
            {
                await stack.enter_async_context(res("outer", log, suppress: true));
                await stack.enter_async_context(res("inner", log));
                throw new ValueError("boom");
            });
            O.P(log);
            log.Clear();
            try
            {
                await AsyncWith(new contextlib.AsyncExitStack(), async stack =>
                {
                    await stack.enter_async_context(res("x", log));
                    throw new KeyError("k");
                });
            }
            catch (KeyError e) { O.P("propagated", PyFormat.Repr(e), log); }
        }
        asyncio.run(main());
        AssertOutput("x06.out");
    }
}
