#pragma warning disable CS1998 // Python coroutines without an await are normal
using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Asyncio;

/// <summary>e01-e03, e14: lazy coroutines, the ready queue, timers, futures.</summary>
[Collection("asyncio")]
public sealed class LoopAndTaskTests : AsyncioTest
{
    [Fact]
    public void E01_coroutines_are_lazy_and_await_runs_inline()
    {
        async Coroutine<string> child(string name)
        {
            O.P($"  {name}: body starts (task={asyncio.current_task()!.get_name()})");
            return name;
        }
        async Coroutine main()
        {
            var c = child("plain-call");
            O.P("1. called child(), got", c is CoroutineBase ? "coroutine" : "?");
            var t = asyncio.create_task(child("task"), name: "T-child");
            O.P("2. create_task returned; task.done() =", t.done());
            var r = await c;
            O.P("3. await coro returned", r, "- child task has still not run?", !t.done());
            await asyncio.sleep(0);
            O.P("4. after sleep(0): task.done() =", t.done());
            _ = child("never-awaited");
        }
        asyncio.run(main());
        // The "never awaited" RuntimeWarning comes from CPython's GC; .NET cannot time it.
        AssertOutput("e01.out", IsNeverAwaitedWarning);
    }

    [Fact]
    public void E02_ready_queue_is_fifo_in_batches_and_await_task_costs_two_iterations()
    {
        async Coroutine main()
        {
            var loop = asyncio.get_running_loop();
            var log = new PyList<string>();
            void cb(string tag)
            {
                log.Add(tag);
                if (tag == "A") loop.call_soon(cb, "A-child");
            }
            foreach (var tag in new[] { "A", "B", "C" }) loop.call_soon(cb, tag);
            var fut = loop.create_future();
            async Coroutine waiter(long n)
            {
                log.Add($"w{n}-wait");
                await fut;
                log.Add($"w{n}-woken");
            }
            var ts = new List<asyncio.Task<object?>>();
            for (int i = 0; i < 3; i++) ts.Add(asyncio.create_task(waiter(i)));
            await asyncio.sleep(0);
            log.Add("main-after-sleep0");
            fut.set_result(1L);
            loop.call_soon(cb, "D");
            await asyncio.gather(ts.ToArray());
            O.P(string.Join("\n", log));

            var order = new PyList<string>();
            async Coroutine<long> leaf() { order.Add("leaf"); return 1; }
            async Coroutine ticker()
            {
                for (int i = 0; i < 4; i++) { order.Add($"tick{i}"); await asyncio.sleep(0); }
            }
            var tk = asyncio.create_task(ticker());
            await asyncio.sleep(0);
            order.Add("await-coro:start"); await leaf(); order.Add("await-coro:end");
            order.Add("await-task:start"); await asyncio.create_task(leaf()); order.Add("await-task:end");
            await tk;
            O.P(order);
        }
        asyncio.run(main());
        AssertOutput("e02.out");
    }

    [Fact]
    public void E03_timer_heap_compares_deadlines_only()
    {
        async Coroutine main()
        {
            var loop = asyncio.get_running_loop();
            Assert.Equal(1.0 / System.Diagnostics.Stopwatch.Frequency, loop._clock_resolution);
            var order = new PyList<long>();
            var when = loop.time() + 0.05;
            for (long i = 0; i < 10; i++) loop.call_at(when, order.Add, i);
            await asyncio.sleep(0.1);
            O.P("call_at with 10 identical deadlines ran in order:", order);

            var @out = new PyList<string>();
            async Coroutine s(string name, double d) { await asyncio.sleep(d); @out.Add(name); }
            await asyncio.gather("ABCDEFGH".Select(n => s(n.ToString(), 0.01)).ToArray());
            O.P("same-delay sleeps:", @out);
            @out.Clear();
            await asyncio.gather(s("slow", 0.02), s("fast", 0.01), s("zero", 0));
            O.P("mixed delays:", @out);
            @out.Clear();
            loop.call_later(0, @out.Add, "call_later(0)");
            loop.call_soon(@out.Add, "call_soon");
            await asyncio.sleep(0);
            await asyncio.sleep(0);
            O.P("call_later(0) vs call_soon issued after it:", @out);
        }
        asyncio.run(main());
        // The first line prints CPython's clock description (checked above against Stopwatch).
        AssertOutput("e03.out", l => l.StartsWith("clock resolution:"));
    }

    [Fact]
    public void E14_done_futures_do_not_yield_and_callbacks_go_through_call_soon()
    {
        async Coroutine main()
        {
            var loop = asyncio.get_running_loop();
            var log = new PyList<string>();
            async Coroutine other()
            {
                for (int i = 0; i < 3; i++) { log.Add($"other{i}"); await asyncio.sleep(0); }
            }
            var o = asyncio.create_task(other());
            var doneF = loop.create_future(); doneF.set_result("x");
            await asyncio.sleep(0);
            log.Add("await done future: start"); await doneF; log.Add("await done future: end (no yield)");
            async Coroutine<long> plain() => 1;
            log.Add("await coroutine that never suspends: start"); await plain(); log.Add("end (no yield)");
            await o;
            O.P(log);

            void cb() => O.P("current_task in call_soon callback:", asyncio.current_task());
            loop.call_soon(cb); await asyncio.sleep(0);

            async Coroutine fail() => throw new ValueError("v");
            var t = asyncio.create_task(fail());
            try { await t; }
            catch (ValueError e) { O.P("awaited task exception:", PyFormat.Repr(e), "same object as t.exception():", e == t.exception()); }

            var f = loop.create_future(); var seq = new PyList<string>();
            f.add_done_callback(_ => seq.Add("cb1"));
            f.add_done_callback(_ => seq.Add("cb2"));
            f.set_result(null); seq.Add("after set_result (callbacks not yet run)");
            await asyncio.sleep(0);
            f.add_done_callback(_ => seq.Add("cb3 added after done -> call_soon"));
            await asyncio.sleep(0);
            O.P(seq);

            async Coroutine<long> c() => 1;
            var co = c(); await co;
            try { await co; }
            catch (RuntimeError e) { O.P("await coroutine twice ->", e); }
        }
        asyncio.run(main());
        AssertOutput("e14.out");
    }

    [Fact]
    public void Task_names_count_the_internal_tasks_of_asyncio_run()
    {
        // e12b: a second asyncio.run's main task is Task-6 after a run that made Task-1..3
        // (main, two children) plus shutdown_asyncgens and shutdown_default_executor.
        var names = new List<string>();
        async Coroutine boom() => throw new ValueError("lost");
        async Coroutine main()
        {
            names.Add(asyncio.current_task()!.get_name());
            asyncio.create_task(boom()).forget();
            await asyncio.sleep(0);
            await asyncio.sleep(0);
            var kept = asyncio.create_task(boom());
            await asyncio.sleep(0);
        }
        asyncio.run(main());
        asyncio.run(main());
        Assert.Equal(new[] { "Task-1", "Task-6" }, names);
    }

    [Fact]
    public void E12b_fire_and_forget_failure_is_logged_right_after_its_step()
    {
        [PythonFunction("boom", "e12b_fire_and_forget.py", 4)]
        async Coroutine boom()
        {
            O.P("boom: raising");
            throw new ValueError("lost");
        }
        async Coroutine<asyncio.Task> main()
        {
            O.P("Task name of main:", asyncio.current_task()!.get_name());
            asyncio.create_task(boom()).forget();
            O.P("main: before sleep(0)");
            await asyncio.sleep(0);
            O.LogError("<mark>");
            O.P("main: after sleep(0)");
            await asyncio.sleep(0);
            O.P("main: after second sleep(0)");
            var kept = asyncio.create_task(boom());
            await asyncio.sleep(0);
            O.P("main: kept task failed, still referenced");
            return kept;
        }
        asyncio.run(main());
        Assert.Equal(new[] { "Task name of main: Task-1", "main: before sleep(0)", "boom: raising",
            "main: after sleep(0)", "main: after second sleep(0)", "boom: raising", "main: kept task failed, still referenced" }, O.Lines);
        // The fire-and-forget failure is logged before main resumes; the kept one when run ends
        // (CPython: when the last reference dies, here after `del r`).
        // The reprs match CPython's (e12b.out) thanks to [PythonFunction]; the traceback is only
        // its header and last line.
        var cpython = Expected("e12b.out");
        Assert.Equal(new[]
        {
            cpython[3],
            cpython[4],
            cpython[5],
            cpython[8],
            "<mark>",
            cpython[14],
            cpython[15],
            cpython[16],
            cpython[19],
        }, O.Errors);
    }

    [Fact]
    public void Exceptions_in_callbacks_are_logged_and_the_loop_continues()
    {
        async Coroutine main()
        {
            var loop = asyncio.get_running_loop();
            void bad() => throw new ValueError("in callback");
            loop.call_soon(bad);
            await asyncio.sleep(0);
            O.P("still running");
        }
        asyncio.run(main());
        Assert.Equal(new[] { "still running" }, O.Lines);
        Assert.Equal(new[] { "Exception in callback bad()", "handle: <Handle bad()>", "Traceback (most recent call last):", "ValueError: in callback" }, O.Errors);
    }
}

/// <summary>x10: the loop API used without asyncio.run.</summary>
[Collection("asyncio")]
public sealed class LoopApiTests : AsyncioTest
{
    [Fact]
    public void X10_run_forever_stop_run_until_complete_close()
    {
        var loop = asyncio.new_event_loop();
        var log = new PyList<string>();
        void stopper()
        {
            log.Add("stop requested");
            loop.stop();
        }
        loop.call_soon(log.Add, "first");
        loop.call_soon(stopper);
        loop.call_soon(log.Add, "same batch still runs");
        loop.call_later(0.01, log.Add, "timer (next run_forever)");
        loop.run_forever();
        O.P(log, loop.is_running());
        log.Clear();
        loop.call_later(0.02, loop.stop);
        loop.run_forever();
        O.P(log);
        async Coroutine<long> compute()
        {
            await asyncio.sleep(0.01);
            return 7;
        }
        O.P("run_until_complete ->", loop.run_until_complete(compute()));
        var fut = loop.create_future();
        loop.call_later(0.01, fut.set_result, (object?)"from timer");
        O.P("future ->", loop.run_until_complete(fut));
        loop.close();
        O.P("closed:", loop.is_closed());
        try { loop.call_soon(() => O.P("x")); }
        catch (RuntimeError e) { O.P("call_soon on closed loop ->", e); }
        try { loop.run_forever(); }
        catch (RuntimeError e) { O.P("run_forever on closed loop ->", e); }
        AssertOutput("x10.out");
    }
}
