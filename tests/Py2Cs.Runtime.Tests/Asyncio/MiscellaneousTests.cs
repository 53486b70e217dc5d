#pragma warning disable CS1998 // Python coroutines without an await are normal
using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Asyncio;

/// <summary>x02: handles, timer purge, futures, introspection, exception groups.</summary>
[Collection("asyncio")]
public sealed class MiscellaneousTests : AsyncioTest
{
    [Fact]
    public void X02_smaller_rules_match_CPython()
    {
        async Coroutine main()
        {
            var loop = asyncio.get_running_loop();
            var @out = new PyList<object>();
            var h = loop.call_soon(@out.Add, (object)"soon");
            var th = loop.call_later(0.01, @out.Add, (object)"later");
            h.cancel(); th.cancel();
            O.P("cancelled():", h.cancelled(), th.cancelled());
            await asyncio.sleep(0.02);
            O.P("cancelled handles ran:", @out);
            var hs = new List<asyncio.TimerHandle>();
            for (long i = 0; i < 300; i++) hs.Add(loop.call_later(0.01 + i * 1e-4, @out.Add, (object)i));
            foreach (var x in hs.Take(250)) x.cancel();
            await asyncio.sleep(0.05);
            O.P("survivors:", @out.Take(3).ToList(), @out.Count);

            async Coroutine<long> one() => 1;
            var c = one(); await c;
            var t = asyncio.create_task(c);
            try { await t; }
            catch (RuntimeError e) { O.P("create_task(awaited coro) ->", e); }

            var f = loop.create_future(); f.set_result("ready");
            O.P("wait_for(done, 0) ->", await asyncio.wait_for(f, 0));
            async Coroutine<string> name() => asyncio.current_task()!.get_name();
            O.P("wait_for(coro, None) runs in", await asyncio.wait_for(name(), null));
            async Coroutine bad() { await asyncio.sleep(0); throw new ValueError("inner failed"); }
            try { await asyncio.shield(bad()); }
            catch (ValueError e) { O.P("shield ->", PyFormat.Repr(e)); }
            var ts = new[] { 0.03, 0.01, 0.02 }.Select(d => asyncio.create_task(asyncio.sleep(d, result: d))).ToList();
            var done = new PyList<double>();
            foreach (var next in asyncio.as_completed(ts)) done.Add(await next);
            O.P("as_completed:", done);
            using (var pool = new concurrent_futures.ThreadPoolExecutor(max_workers: 2, thread_name_prefix: "pool"))
            {
                var r = await loop.run_in_executor(pool, (long b, long e) => (long)Math.Pow(b, e), 2L, 10L);
                O.P("run_in_executor ->", r);
            }
            var g = loop.create_future();
            try { g.result(); }
            catch (asyncio.InvalidStateError e) { O.P("result() of pending ->", e); }
            g.set_result(1L);
            try { g.set_result(2L); }
            catch (asyncio.InvalidStateError) { O.P("set_result twice -> InvalidStateError"); }
            async Coroutine idle() => await asyncio.sleep(1);
            var it = asyncio.create_task(idle(), name: "idle");
            it.set_name("renamed");
            await asyncio.sleep(0);
            O.P("names:", asyncio.all_tasks().Select(x => x.get_name()).OrderBy(n => n, StringComparer.Ordinal).ToList());
            it.cancel();
            O.P("cancelled ->", await asyncio.gather(true, it));

            var eg = new ExceptionGroup("many", new System.Exception[] { new ValueError("a"), new KeyError("b"), new ExceptionGroup("inner", new[] { new ValueError("c") }) });
            O.P(eg.__str__(), PyFormat.Repr(eg.exceptions[0]));
            var (match, rest) = eg.split(typeof(ValueError));
            O.P("match:", PyFormat.Repr(match));
            O.P("rest:", PyFormat.Repr(rest));
            O.P("subgroup KeyError:", PyFormat.Repr(eg.subgroup(typeof(KeyError))));
            O.P("subgroup TypeError:", eg.subgroup(typeof(TypeError)));
            var beg = BaseExceptionGroup.Create("mixed", new System.Exception[] { new ValueError("x"), new KeyboardInterrupt() });
            O.P(beg.GetType().Name, BaseExceptionGroup.Create("only", new[] { new ValueError("y") }).GetType().Name);
        }
        asyncio.run(main());
        AssertOutput("x02.out");
    }

    [Fact]
    public void Future_and_task_reprs_and_error_texts()
    {
        async Coroutine main()
        {
            var l = asyncio.get_running_loop();
            var f = l.create_future(); f.set_result(1L);
            try { f.set_exception(new ValueError()); } catch (asyncio.InvalidStateError e) { O.P(PyFormat.Repr(e)); }
            var t = asyncio.create_task(asyncio.sleep(0));
            try { t.set_result(1L); } catch (RuntimeError e) { O.P(PyFormat.Repr(e)); }
            var g = l.create_future();
            try { g.exception(); } catch (asyncio.InvalidStateError e) { O.P(PyFormat.Repr(e)); }
            g.cancel("m");
            try { g.result(); } catch (asyncio.CancelledError e) { O.P(PyFormat.Repr(e)); }
            O.P(g, f);
            await t;
            O.P(t);
        }
        asyncio.run(main());
        // CPython (see the python3 -c run in the commit log) adds ", defined at FILE:LINE" to coro.
        Assert.Equal(new[]
        {
            "InvalidStateError('invalid state')",
            "RuntimeError('Task does not support set_result operation')",
            "InvalidStateError('Exception is not set.')",
            "CancelledError('m')",
            "<Future cancelled> <Future finished result=1>",
            "<Task finished name='Task-2' coro=<sleep() done> result=None>",
        }, O.Lines);
    }

    [Fact]
    public void Run_rejects_nesting_and_returns_results_and_raises_main_exceptions()
    {
        async Coroutine<long> answer() => 42;
        async Coroutine nested() => asyncio.run(answer());
        Assert.Equal(42, asyncio.run(answer()));
        var e = Assert.Throws<RuntimeError>(() => asyncio.run(nested()));
        Assert.Equal("asyncio.run() cannot be called from a running event loop", e.__str__());
        async Coroutine fails() => throw new KeyError("main");
        Assert.Equal("'main'", Assert.Throws<KeyError>(() => asyncio.run(fails())).__str__());
        async Coroutine cancelsItself()
        {
            asyncio.current_task()!.cancel();
            await asyncio.sleep(0);
        }
        Assert.Throws<asyncio.CancelledError>(() => asyncio.run(cancelsItself()));
    }
}

/// <summary>x08: "Future exception was never retrieved".</summary>
[Collection("asyncio")]
public sealed class NeverRetrievedTests : AsyncioTest
{
    [Fact]
    public void X08_unretrieved_future_exception_is_logged_without_a_traceback()
    {
        async Coroutine main()
        {
            var loop = asyncio.get_running_loop();
            var f = loop.create_future();
            f.set_exception(new ValueError("unseen"));
            var g = loop.create_future();
            g.set_exception(new KeyError("seen"));
            g.exception();
            O.P("main returns");
        }
        asyncio.run(main());
        O.P("after run");
        AssertOutput("x08.stdout");
        // CPython logs when the future is collected (here after "after run"); we log when run ends.
        Assert.Equal(Expected("x08.stderr"), O.Errors);
    }
}
