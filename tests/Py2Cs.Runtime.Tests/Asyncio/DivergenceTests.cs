#pragma warning disable CS1998 // Python coroutines without an await are normal
using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Asyncio;

/// <summary>d1-d8: the tutorial programs where a naive .NET mapping diverges from CPython.</summary>
[Collection("asyncio")]
public sealed class DivergenceTests : AsyncioTest
{
    [Fact]
    public void D1_create_task_starts_lazily()
    {
        async Coroutine child(string name)
        {
            O.P($"{name}: start");
            await asyncio.sleep(0.01);
            O.P($"{name}: end");
        }
        async Coroutine main()
        {
            var c = child("never-awaited");
            var t = asyncio.create_task(child("task"));
            O.P("main: task created");
            await asyncio.sleep(0);
            O.P("main: after sleep(0)");
            await t;
            c.close();
        }
        asyncio.run(main());
        AssertOutput("d1_eager_vs_lazy.python.out");
    }

    [Fact]
    public void D2_sleep0_round_robin()
    {
        async Coroutine worker(string name)
        {
            for (int i = 0; i < 3; i++) { O.P($"{name}{i}"); await asyncio.sleep(0); }
        }
        async Coroutine main() => await asyncio.gather(worker("A"), worker("B"));
        asyncio.run(main());
        AssertOutput("d2_sleep0_round_robin.python.out");
    }

    [Fact]
    public void D3_docs_factorial_example_is_stable_over_20_runs()
    {
        // The docs' delays are 1 s (0.1 s in the .py); 0.02 s keeps the suite fast, same output.
        async Coroutine factorial(string name, long number)
        {
            long f = 1;
            for (long i = 2; i <= number; i++)
            {
                O.P($"Task {name}: Compute factorial({i})...");
                await asyncio.sleep(0.02);
                f *= i;
            }
            O.P($"Task {name}: factorial({number}) = {f}");
        }
        async Coroutine main() => await asyncio.gather(factorial("A", 2), factorial("B", 3), factorial("C", 4));
        for (int run = 0; run < 20; run++)
        {
            O.Lines.Clear();
            asyncio.run(main());
            AssertOutput("d3_docs_factorial.python.out");
        }
    }

    [Fact]
    public void D4_equal_delays_fire_in_call_order_over_20_runs()
    {
        async Coroutine w(long n)
        {
            await asyncio.sleep(0.05);
            O.Print(new object?[] { n }, " ");
        }
        async Coroutine main()
        {
            await asyncio.gather(Enumerable.Range(0, 8).Select(i => w(i)).ToArray());
            O.P();
        }
        for (int run = 0; run < 20; run++)
        {
            O.Lines.Clear();
            asyncio.run(main());
            AssertOutput("d4_equal_delays.python.out");
        }
    }

    [Fact]
    public void D5_wait_for_cancels_and_waits_for_the_inner_task()
    {
        // 0.1 / 0.3 / 0.4 s in the .py, scaled by 0.2.
        async Coroutine eternity()
        {
            try
            {
                await asyncio.sleep(0.06);
                O.P("yay!");
            }
            finally { O.P("eternity: finally"); }
        }
        async Coroutine main()
        {
            try { await asyncio.wait_for(eternity(), timeout: 0.02); }
            catch (TimeoutError) { O.P("timeout!"); }
            await asyncio.sleep(0.08);
            O.P("main: end");
        }
        asyncio.run(main());
        AssertOutput("d5_wait_for_docs.python.out");
    }

    [Fact]
    public void D6_gather_propagates_the_first_failure_at_once()
    {
        async Coroutine<string> job(string name, double d, bool fail)
        {
            await asyncio.sleep(d);
            if (fail) throw new ValueError(name);
            return name;
        }
        async Coroutine main()
        {
            var loop = asyncio.get_running_loop();
            var t0 = loop.time();
            try { await asyncio.gather(job("slow-fail", 0.3, true), job("fast-fail", 0.1, true)); }
            catch (ValueError e) { O.P($"caught ValueError({e}) after ~{Math.Round(loop.time() - t0, 1):0.0}s"); }
        }
        asyncio.run(main());
        AssertOutput("d6_gather_failure.python.out");
    }

    [Fact]
    public void D7_CancelledError_is_not_an_Exception()
    {
        async Coroutine worker()
        {
            try { await asyncio.sleep(10); }
            catch (PyException e) { O.P("worker: except Exception caught", e.GetType().Name); }
            finally { O.P("worker: finally"); }
            O.P("worker: after try (only if cancellation was swallowed)");
        }
        async Coroutine main()
        {
            var t = asyncio.create_task(worker());
            await asyncio.sleep(0.01);
            t.cancel();
            try { await t; }
            catch (asyncio.CancelledError) { O.P("main: worker cancelled:", t.cancelled()); }
        }
        asyncio.run(main());
        AssertOutput("d7_cancel.python.out");
    }

    [Fact]
    public void D8_to_thread_resumes_on_the_loop_thread()
    {
        long blocking()
        {
            Thread.Sleep(50);
            return Environment.CurrentManagedThreadId;
        }
        async Coroutine main()
        {
            var mainThread = Environment.CurrentManagedThreadId;
            var workerThread = await asyncio.to_thread(blocking);
            O.P("func ran on another thread:", workerThread != mainThread);
            O.P("after to_thread, still on the loop thread:", Environment.CurrentManagedThreadId == mainThread);
        }
        asyncio.run(main());
        AssertOutput("d8_to_thread.python.out");
    }

    [Fact]
    public void Ordinary_dotnet_async_code_continues_on_the_loop_thread_via_wrap_task()
    {
        async System.Threading.Tasks.Task<int> library()
        {
            await System.Threading.Tasks.Task.Delay(10);
            return Environment.CurrentManagedThreadId;
        }
        async Coroutine main()
        {
            var loopThread = Environment.CurrentManagedThreadId;
            var continuationThread = await asyncio.wrap_task(library());
            O.P("library continuation on loop thread:", continuationThread == loopThread);
            O.P("resumed on loop thread:", Environment.CurrentManagedThreadId == loopThread);
            var slow = System.Threading.Tasks.Task.Run(async () => { await System.Threading.Tasks.Task.Delay(200); return 7; });
            async Coroutine<int> awaitSlow()
            {
                try { return await asyncio.wrap_task(slow); }
                catch (asyncio.CancelledError) { O.P("CancelledError at the await of a wrapped task"); throw; }
            }
            var t = asyncio.create_task(awaitSlow());
            await asyncio.sleep(0.01); t.cancel();
            await asyncio.gather(true, t);
            O.P("cancelled:", t.cancelled(), "underlying still running:", !slow.IsCompleted);
            async Coroutine unwrapped() => await System.Threading.Tasks.Task.Delay(1);
            try { await unwrapped(); }
            catch (RuntimeError e) { O.P(e.__str__().StartsWith("cannot await")); }
        }
        asyncio.run(main());
        Assert.Equal(new[]
        {
            "library continuation on loop thread: True",
            "resumed on loop thread: True",
            "CancelledError at the await of a wrapped task",
            "cancelled: True underlying still running: True",
            "True",
        }, O.Lines);
    }
}
