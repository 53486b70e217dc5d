using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Asyncio;

/// <summary>A class whose <c>__await__</c> is a generator: the awaiting task drives it as Task.__step
/// does (bare yield, a yielded future, a cancellation thrown in, a bad yield). Expected log recorded
/// from CPython 3.11 running the same program in Python.</summary>
[Collection("asyncio")]
public sealed class AwaitIteratorTests : AsyncioTest
{
    public sealed class Countdown(long n, PyList<string> log) : PyObject
    {
        public PyGenerator<object?> __await__() => new("Countdown.__await__", async g =>
        {
            for (long i = n; i > 0; i--)
            {
                log.Add($"count {i}");
                await g.Yield(null);
            }
            g.Return("liftoff");
        });
    }

    public sealed class Doubled(asyncio.Future fut, PyList<string> log) : PyObject
    {
        public PyGenerator<object?> __await__() => new("Doubled.__await__", async g =>
        {
            try
            {
                g.Return(Py.Mul(await g.YieldFrom(fut.__await__()), 2L));
            }
            catch (asyncio.CancelledError)
            {
                log.Add("cancelled at yield");
                throw;
            }
        });
    }

    public sealed class Bad : PyObject
    {
        public PyGenerator<object?> __await__() => new("Bad.__await__", async g => { await g.Yield(5L); });
    }

    [Fact]
    public void A_generator_await_runs_inside_the_awaiting_task()
    {
        var log = new PyList<string>();
        async Coroutine ticker()
        {
            for (long i = 0; i < 3; i++)
            {
                log.Add($"tick {i}");
                await asyncio.sleep(0);
            }
        }
        async Coroutine main()
        {
            var t = asyncio.create_task(ticker());
            log.Add(Py2Cs.Runtime.Builtins.str(await AsyncBuiltins.Await(new Countdown(3, log))));
            await t;
            var loop = asyncio.get_running_loop();
            var f = loop.create_future();
            loop.call_soon(f.set_result, (object?)21L);
            log.Add(Py2Cs.Runtime.Builtins.str(await AsyncBuiltins.Await(new Doubled(f, log))));
            var g = loop.create_future();
            var w = asyncio.ensure_future(new Doubled(g, log));
            await asyncio.sleep(0);
            w.cancel();
            try { await w; }
            catch (asyncio.CancelledError) { log.Add($"task cancelled {Py2Cs.Runtime.Builtins.repr(w.cancelled())}"); }
            try { await AsyncBuiltins.Await(new Bad()); }
            catch (RuntimeError e) { log.Add(e.__str__()); }
        }
        asyncio.run(main());
        Assert.Equal(
            "['count 3', 'tick 0', 'count 2', 'tick 1', 'count 1', 'tick 2', 'liftoff', '42', 'cancelled at yield', 'task cancelled True', 'Task got bad yield: 5']",
            Py2Cs.Runtime.Builtins.repr(log));
    }

    [Fact]
    public void Errors_the_loop_reports_go_to_the_exception_handler_it_was_given()
    {
        var seen = new PyList<string>();
        void handler(object? loop, object? context)
        {
            var dict = (IPyDict)context!;
            seen.Add($"{dict.GetObject("message")} | {(dict.ContainsKeyObject("exception") ? Py2Cs.Runtime.Builtins.type_name(dict.GetObject("exception")) : "-")}");
        }
        async Coroutine main()
        {
            var loop = asyncio.get_running_loop();
            Action<object?, object?> h = handler;
            loop.set_exception_handler(h);
            loop.call_soon(() => throw new ZeroDivisionError("in callback"));
            await asyncio.sleep(0.001);
            loop.call_exception_handler(new PyDict<string, object?> { ["message"] = "manual report" });
            Assert.True(Py.Is(loop.get_exception_handler(), (Action<object?, object?>)handler));
            loop.set_exception_handler(null);
        }
        asyncio.run(main());
        Assert.Equal(2, seen.Count);
        Assert.StartsWith("Exception in callback ", seen[0]);
        Assert.EndsWith(" | ZeroDivisionError", seen[0]);
        Assert.Equal("manual report | -", seen[1]);
    }
}
