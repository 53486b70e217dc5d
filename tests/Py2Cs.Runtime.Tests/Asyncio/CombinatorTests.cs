#pragma warning disable CS1998 // Python coroutines without an await are normal
using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Asyncio;

/// <summary>e07, e08, e08b: shield, wait, as_completed, TaskGroup, timeout.</summary>
[Collection("asyncio")]
public sealed class CombinatorTests : AsyncioTest
{
    /// <summary>The experiments' delays are CPython's times this factor, so the orders survive a
    /// loaded 2-core machine; the printed lines do not depend on it.</summary>
    const double S = 10;

    async Coroutine<string> Job(string tag, double d, bool fail = false)
    {
        try
        {
            await asyncio.sleep(d);
            if (fail) throw new ValueError(tag);
            O.P($"{tag}: end");
            return tag;
        }
        catch (asyncio.CancelledError) { O.P($"{tag}: cancelled"); throw; }
    }

    static string Names<T>(IEnumerable<T> tasks) where T : asyncio.Task =>
        PyFormat.Repr(tasks.Select(t => t.get_name()).OrderBy(n => n, StringComparer.Ordinal).ToList());

    [Fact]
    public void E07_shield_wait_as_completed()
    {
        async Coroutine main()
        {
            var inner = asyncio.create_task(Job("shielded", S * 0.05));
            async Coroutine<string> waiter()
            {
                try { return await asyncio.shield(inner); }
                catch (asyncio.CancelledError) { O.P("waiter: CancelledError (inner still running:", !inner.done(), ")"); throw; }
            }
            var w = asyncio.create_task(waiter());
            await asyncio.sleep(S * 0.01); w.cancel();
            O.P("waiter ->", await asyncio.gather(true, w));
            O.P("inner ->", await inner);

            var ts = new List<asyncio.Task<string>>();
            foreach (var (n, d) in new[] { ("w1", S * 0.01), ("w2", S * 0.05), ("w3", S * 0.5) }) ts.Add(asyncio.create_task(Job(n, d), name: n));
            var (done, pending) = await asyncio.wait(ts, timeout: S * 0.03);
            O.P("wait timeout: done", Names(done), "pending", Names(pending));
            (done, pending) = await asyncio.wait(ts, return_when: asyncio.FIRST_COMPLETED);
            O.P("FIRST_COMPLETED: done", Names(done), "pending", Names(pending));
            // CPython cancels in its set's order, which follows the tasks' addresses (creation order in
            // the recorded run); ours follows a process-wide counter that earlier tests have advanced,
            // so the port cancels in creation order explicitly.
            foreach (var t in pending.OrderBy(t => t.get_name(), StringComparer.Ordinal)) t.cancel();
            await asyncio.wait(pending);
            var e = new List<asyncio.Task<string>> { asyncio.create_task(Job("e1", S * 0.01, fail: true)), asyncio.create_task(Job("e2", S * 0.05)) };
            (done, pending) = await asyncio.wait(e, return_when: asyncio.FIRST_EXCEPTION);
            O.P("FIRST_EXCEPTION: done", done.Count, "pending", pending.Count);
            await asyncio.wait(pending);
            try { await asyncio.wait(new object[] { Job("coro", S * 0) }); }
            catch (TypeError ex) { O.P("wait([coro]) ->", ex); }

            var order = new PyList<long>();
            async Coroutine<long> rec(long n)
            {
                order.Add(n); await asyncio.sleep(S * 0.001 * (5 - n)); return n;
            }
            var res = new PyList<long>();
            foreach (var f in asyncio.as_completed(Enumerable.Range(0, 5).Select(i => rec(i)).ToList())) res.Add(await f);
            O.P("as_completed results:", res, "start order:", order);
            try
            {
                foreach (var f in asyncio.as_completed(new[] { Job("ac", S * 1) }, timeout: S * 0.01)) await f;
            }
            catch (TimeoutError) { O.P("as_completed timeout -> TimeoutError (the task is NOT cancelled)"); }
            foreach (var t in asyncio.all_tasks())
                if (t != asyncio.current_task()) t.cancel();
            await asyncio.sleep(0);
        }
        asyncio.run(main());
        // as_completed starts its tasks in set order in CPython (memory addresses: [4, 2, 0, 1, 3]
        // here); we start them in argument order. The results (completion order) are the same.
        var expected = Expected("e07.out", IsNeverAwaitedWarning);
        var i = expected.FindIndex(l => l.StartsWith("as_completed results:"));
        Assert.Equal("as_completed results: [4, 3, 2, 1, 0] start order: [4, 2, 0, 1, 3]", expected[i]);
        expected[i] = "as_completed results: [4, 3, 2, 1, 0] start order: [0, 1, 2, 3, 4]";
        Assert.Equal(expected, O.Lines);
    }

    async Coroutine<string> TJob(string tag, double d, bool fail = false)
    {
        try
        {
            O.P($"{tag}: start");
            await asyncio.sleep(d);
            if (fail) throw new ValueError($"{tag} boom");
            O.P($"{tag}: end"); return tag;
        }
        catch (asyncio.CancelledError) { O.P($"{tag}: cancelled"); throw; }
    }

    /// <summary>gather(*xs) of dynamic items takes object? values; None among them is CPython's TypeError
    /// (python3: TypeError('An asyncio.Future, a coroutine or an awaitable is required')), raised once the
    /// arguments before it are tasks (python3 counts 2 tasks after it, main and the first argument's, which
    /// starts and is cancelled when asyncio.run ends).</summary>
    [Fact]
    public void Gather_of_None_raises_TypeError_after_the_arguments_before_it_became_tasks()
    {
        async Coroutine main()
        {
            var job = Job("never", 0);
            try { await asyncio.gather(new object?[] { job, null }); }
            catch (TypeError ex) { O.P(PyFormat.Repr(ex)); }
            O.P("tasks:", asyncio.all_tasks().Count);
        }
        asyncio.run(main());
        Assert.Equal(["TypeError('An asyncio.Future, a coroutine or an awaitable is required')", "tasks: 2", "never: cancelled"], O.Lines);
    }

    [Fact]
    public void E08_TaskGroup_and_timeout()
    {
        async Coroutine main()
        {
            asyncio.Task<string>? t1 = null, t2 = null;
            await AsyncWith(new asyncio.TaskGroup(), async tg =>
            {
                t1 = tg.create_task(TJob("a", S * 0.02)); t2 = tg.create_task(TJob("b", S * 0.01));
                O.P("body: tasks created, not started yet");
            });
            O.P("TG ok:", t1!.result(), t2!.result());

            try
            {
                await AsyncWith(new asyncio.TaskGroup(), async tg =>
                {
                    _ = tg.create_task(TJob("f", S * 0.01, fail: true));
                    _ = tg.create_task(TJob("g", S * 1));
                    _ = tg.create_task(TJob("h", S * 1, fail: true));
                    O.P("body: awaiting inside TG body");
                    await asyncio.sleep(S * 1);
                    O.P("body: NOT REACHED");
                });
            }
            catch (ExceptionGroup eg) when (eg.split(typeof(ValueError)).rest == null)
            {
                var match = (ExceptionGroup)eg.split(typeof(ValueError)).match!;
                O.P("except* ValueError:", PyFormat.Repr(match.exceptions), match.GetType().Name);
            }
            O.P("main cancelling() after TG abort:", asyncio.current_task()!.cancelling());

            try
            {
                await AsyncWith(new asyncio.TaskGroup(), async tg =>
                {
                    _ = tg.create_task(TJob("i", S * 0.01, fail: true));
                    _ = tg.create_task(TJob("j", S * 0.02, fail: true));
                });
            }
            catch (ExceptionGroup eg)
            {
                O.P("ExceptionGroup:", eg, PyFormat.Repr(eg.exceptions.Select(e => PyFormat.Repr(e)).ToList()));
            }

            try
            {
                await AsyncWith(new asyncio.TaskGroup(), async tg =>
                {
                    _ = tg.create_task(TJob("k", S * 1));
                    await asyncio.sleep(0);
                    throw new KeyError("body");
                });
            }
            catch (ExceptionGroup eg) { O.P("body error wrapped:", PyFormat.Repr(eg)); }

            asyncio.Timeout? cm = null;
            try
            {
                await AsyncWith(asyncio.timeout(S * 0.02), async c => { cm = c; await TJob("t", S * 1); });
            }
            catch (TimeoutError e)
            {
                O.P("timeout: TimeoutError", PyFormat.Repr(e), "cause", PyFormat.Repr(e.__cause__), "expired", cm!.expired());
            }
            O.P("main cancelling() after timeout:", asyncio.current_task()!.cancelling());
            try
            {
                await AsyncWith(asyncio.timeout(S * 1), async outer_cm =>
                {
                    asyncio.Timeout? inner_cm = null;
                    try
                    {
                        await AsyncWith(asyncio.timeout(S * 0.01), async c => { inner_cm = c; await asyncio.sleep(S * 1); });
                    }
                    catch (TimeoutError)
                    {
                        O.P("inner timeout caught; outer expired?", outer_cm.expired(), "inner expired?", inner_cm!.expired());
                    }
                    await asyncio.sleep(S * 0.01);
                    O.P("outer body continues");
                });
            }
            catch (TimeoutError) { O.P("NOT REACHED"); }
            await AsyncWith(asyncio.timeout(S * 0.01), async c =>
            {
                cm = c;
                try { await asyncio.sleep(S * 1); }
                catch (asyncio.CancelledError) { O.P("swallowed inside timeout block"); }
            });
            O.P("after block: expired =", cm!.expired(), "cancelling =", asyncio.current_task()!.cancelling());
            await AsyncWith(asyncio.timeout(null), async c =>
            {
                c.reschedule(asyncio.get_running_loop().time() + S * 0.01);
                try { await asyncio.sleep(S * 1); }
                catch (asyncio.CancelledError) { O.P("rescheduled timeout fired (CancelledError seen inside block)"); throw; }
            });
        }
        async Coroutine top()
        {
            try { await main(); }
            catch (TimeoutError) { O.P("top: TimeoutError from rescheduled timeout"); }
            try
            {
                await AsyncWith(asyncio.timeout(-1), async _ =>
                {
                    O.P("body runs up to first await");
                    await asyncio.sleep(0);
                    O.P("NOT REACHED");
                });
            }
            catch (TimeoutError) { O.P("negative delay -> TimeoutError at first await"); }
        }
        asyncio.run(top());
        // TaskGroup._abort cancels children in set order (memory addresses): CPython printed
        // h before g; we cancel in creation order. Everything else must match exactly.
        var expected = Expected("e08.out");
        int h = expected.IndexOf("h: cancelled");
        Assert.Equal("g: cancelled", expected[h + 1]);
        (expected[h], expected[h + 1]) = (expected[h + 1], expected[h]);
        Assert.Equal(expected, O.Lines);
    }

    [Fact]
    public void E08b_TaskGroup_cancelling_leak_of_3_11_7()
    {
        async Coroutine fail(double d)
        {
            await asyncio.sleep(S * d); throw new ValueError("x");
        }
        async Coroutine main()
        {
            var me = asyncio.current_task()!;
            foreach (var (label, bodySleep) in new[] { ("child fails while body is still awaiting", 0.05), ("child fails after body finished (in __aexit__)", 0.0) })
            {
                var before = me.cancelling();
                try
                {
                    await AsyncWith(new asyncio.TaskGroup(), async tg =>
                    {
                        _ = tg.create_task(fail(0.01));
                        if (bodySleep > 0) await asyncio.sleep(S * bodySleep);
                    });
                }
                catch (ExceptionGroup eg) when (eg.split(typeof(ValueError)).rest == null) { }
                O.P($"{label}: cancelling() {before} -> {me.cancelling()}");
            }
            try
            {
                await AsyncWith(asyncio.timeout(S * 0.01), async _ => await asyncio.sleep(S * 1));
            }
            catch (TimeoutError) { O.P("timeout still converts to TimeoutError; cancelling() =", me.cancelling()); }
        }
        asyncio.run(main());
        AssertOutput("e08b.out");
    }
}
