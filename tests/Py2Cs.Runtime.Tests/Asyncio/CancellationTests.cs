#pragma warning disable CS1998 // Python coroutines without an await are normal
using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Asyncio;

/// <summary>e04-e06: Task.cancel, wait_for (3.11), gather.</summary>
[Collection("asyncio")]
public sealed class CancellationTests : AsyncioTest
{
    [Fact]
    public void E04_cancel_injects_CancelledError_at_the_current_await()
    {
        async Coroutine worker(string tag)
        {
            O.P($"{tag}: start");
            try { await asyncio.sleep(10); }
            catch (asyncio.CancelledError e)
            {
                O.P($"{tag}: caught CancelledError args={PyFormat.Repr(e.args)} cancelling={asyncio.current_task()!.cancelling()}");
                throw;
            }
            finally { O.P($"{tag}: finally"); }
        }
        async Coroutine<string> swallower()
        {
            try { await asyncio.sleep(10); }
            catch (asyncio.CancelledError)
            {
                O.P("swallower: swallowed; cancelling() =", asyncio.current_task()!.cancelling());
                O.P("swallower: uncancel() ->", asyncio.current_task()!.uncancel());
            }
            await asyncio.sleep(0);
            return "swallower-result";
        }
        async Coroutine never_started() => O.P("never_started: THIS SHOULD NOT PRINT");
        async Coroutine inner()
        {
            try { await asyncio.sleep(10); }
            catch (asyncio.CancelledError e) { O.P("inner: cancelled, args", e.args); throw; }
        }
        async Coroutine outer()
        {
            var t = asyncio.create_task(inner(), name: "inner");
            try { await t; }
            catch (asyncio.CancelledError e) { O.P("outer: cancelled, args", e.args, "inner.cancelled() =", t.cancelled()); throw; }
        }
        async Coroutine main()
        {
            var t = asyncio.create_task(worker("w1"));
            await asyncio.sleep(0);
            O.P("cancel() returned", t.cancel("bye"), "; cancelling() =", t.cancelling(), "; done =", t.done());
            O.P("second cancel() returned", t.cancel("again"), "; cancelling() =", t.cancelling());
            try { await t; }
            catch (asyncio.CancelledError e) { O.P("main: awaiting cancelled task raised CancelledError args", e.args, "cancelled() =", t.cancelled()); }
            O.P("cancel() on done task ->", t.cancel());

            var s = asyncio.create_task(swallower());
            await asyncio.sleep(0);
            s.cancel();
            O.P("swallower result:", await s, "cancelled() =", s.cancelled());

            var n = asyncio.create_task(never_started());
            n.cancel("early");
            try { await n; }
            catch (asyncio.CancelledError e) { O.P("never_started cancelled before first step, args", e.args); }

            var o = asyncio.create_task(outer());
            await asyncio.sleep(0); await asyncio.sleep(0);
            o.cancel("from-main");
            try { await o; }
            catch (asyncio.CancelledError e) { O.P("main: outer cancelled args", e.args); }

            async Coroutine catches_exception()
            {
                try { await asyncio.sleep(10); }
                catch (PyException) { O.P("THIS SHOULD NOT PRINT"); }
            }
            var c = asyncio.create_task(catches_exception());
            await asyncio.sleep(0); c.cancel();
            await asyncio.gather(true, c);
            O.P("issubclass(CancelledError, Exception) =", typeof(PyException).IsAssignableFrom(typeof(asyncio.CancelledError)),
                "BaseException =", typeof(BaseException).IsAssignableFrom(typeof(asyncio.CancelledError)));

            async Coroutine self_cancel()
            {
                asyncio.current_task()!.cancel();
                O.P("self_cancel: still running after cancel()");
                try { await asyncio.sleep(0); }
                catch (asyncio.CancelledError) { O.P("self_cancel: CancelledError at next await"); throw; }
            }
            var sc = asyncio.create_task(self_cancel());
            await asyncio.gather(true, sc);
            async Coroutine<long> returns_fast()
            {
                asyncio.current_task()!.cancel();
                return 5;
            }
            var rf = asyncio.create_task(returns_fast());
            await asyncio.gather(true, rf);
            O.P("returns_fast: cancelled() =", rf.cancelled());
        }
        asyncio.run(main());
        AssertOutput("e04.out");
    }

    [Fact]
    public void E05_wait_for_311_semantics()
    {
        async Coroutine<string> slow(string tag, double d = 10)
        {
            try
            {
                O.P($"{tag}: start");
                await asyncio.sleep(d);
                return $"{tag}-done";
            }
            catch (asyncio.CancelledError) { O.P($"{tag}: got CancelledError"); throw; }
            finally { O.P($"{tag}: finally"); }
        }
        async Coroutine<string?> stubborn()
        {
            try { await asyncio.sleep(10); }
            catch (asyncio.CancelledError)
            {
                O.P("stubborn: ignoring cancellation, returning a value");
                return "stubborn-value";
            }
            return null;
        }
        async Coroutine slow_cleanup()
        {
            try { await asyncio.sleep(10); }
            finally
            {
                O.P("slow_cleanup: cleanup needs 0.05s");
                await asyncio.sleep(0.05);
                O.P("slow_cleanup: cleanup done");
            }
        }
        async Coroutine main()
        {
            O.P("asyncio.TimeoutError is TimeoutError:", true);
            try { await asyncio.wait_for(slow("A"), timeout: 0.05); }
            catch (TimeoutError e) { O.P("main: TimeoutError", PyFormat.Repr(e), "cause:", PyFormat.Repr(e.__cause__)); }
            O.P("stubborn ->", await asyncio.wait_for(stubborn(), 0.01));
            var loop = asyncio.get_running_loop();
            var t0 = loop.time();
            try { await asyncio.wait_for(slow_cleanup(), 0.01); }
            catch (TimeoutError) { O.P($"main: timeout raised after {loop.time() - t0:F2}s (waits for inner cleanup)"); }
            try { await asyncio.wait_for(slow("Z"), 0); }
            catch (TimeoutError) { O.P("main: timeout=0 -> TimeoutError; Z never printed 'start'"); }
            O.P("fast ->", await asyncio.wait_for(slow("F", 0.01), 1));
            async Coroutine<string> who() => asyncio.current_task()!.get_name();
            O.P("current task inside wait_for(coro):", await asyncio.wait_for(who(), 1), "vs main:", asyncio.current_task()!.get_name());
            async Coroutine runner() => await asyncio.wait_for(slow("C"), 10);
            var r = asyncio.create_task(runner());
            await asyncio.sleep(0.01);
            r.cancel();
            var res = await asyncio.gather(true, r);
            O.P("runner result:", res);
        }
        asyncio.run(main());
        // 0.01 s timeout + 0.05 s cleanup prints 0.06 under CPython; allow scheduling jitter.
        var expected = Expected("e05.out");
        var timing = O.Lines.FindIndex(l => l.StartsWith("main: timeout raised after"));
        var m = System.Text.RegularExpressions.Regex.Match(O.Lines[timing], @"^main: timeout raised after (\d+\.\d\d)s \(waits for inner cleanup\)$");
        Assert.True(m.Success, O.Lines[timing]);
        Assert.InRange(double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 0.06, 1.0);
        O.Lines[timing] = expected[timing];
        Assert.Equal(expected, O.Lines);
    }

    [Fact]
    public void E06_gather_first_exception_cancel_and_return_exceptions()
    {
        async Coroutine<string> job(string tag, double d, bool fail = false)
        {
            try
            {
                O.P($"{tag}: start");
                await asyncio.sleep(d);
                if (fail) throw new ValueError($"{tag} failed");
                O.P($"{tag}: end");
                return tag;
            }
            catch (asyncio.CancelledError) { O.P($"{tag}: cancelled"); throw; }
        }
        async Coroutine main()
        {
            O.P("1:", await asyncio.gather(job("a", 0.03), job("b", 0.01), job("c", 0.02)));
            try { await asyncio.gather(job("x", 0.01, fail: true), job("y", 0.05)); }
            catch (ValueError e) { O.P("2: gather raised", PyFormat.Repr(e)); }
            await asyncio.sleep(0.1);
            O.P("3:", await asyncio.gather(true, job("p", 0.01, fail: true), job("q", 0.02)));
            var g = asyncio.gather(job("m", 1), job("n", 1));
            await asyncio.sleep(0.01);
            O.P("4: g.cancel() ->", g.cancel());
            try { await g; }
            catch (asyncio.CancelledError) { O.P("4: gather raised CancelledError; g.cancelled() =", g.cancelled()); }
            var t1 = asyncio.create_task(job("k1", 1)); var t2 = asyncio.create_task(job("k2", 0.05));
            var g2 = asyncio.gather(t1, t2);
            await asyncio.sleep(0.01);
            t1.cancel();
            try { await g2; }
            catch (asyncio.CancelledError) { O.P("5: gather raised CancelledError; g2.cancelled() =", g2.cancelled(), "t2.done() =", t2.done()); }
            await t2;
            var g3 = asyncio.gather(true, job("r", 1));
            await asyncio.sleep(0); g3.cancel();
            try { O.P(await g3); }
            catch (asyncio.CancelledError) { O.P("6: return_exceptions=True gather cancelled -> CancelledError"); }
            var f = asyncio.ensure_future(job("dup", 0));
            O.P("7:", await asyncio.gather(f, f));
            O.P("8:", await asyncio.gather());
        }
        asyncio.run(main());
        AssertOutput("e06.out");
    }
}
