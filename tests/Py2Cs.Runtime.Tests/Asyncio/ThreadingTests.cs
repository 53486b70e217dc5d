#pragma warning disable CS1998 // Python coroutines without an await are normal
using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Asyncio;

/// <summary>The threading module, concurrent.futures and the loop fed from other threads; the
/// expected output is CPython 3.11's for Experiments/io_threading.py.</summary>
[Collection("asyncio")]
public sealed class ThreadingTests : AsyncioTest
{
    static string R(object? value) => Py2Cs.Runtime.Builtins.repr(value);

    void MainSync()
    {
        var results = new List<(long, string)>();
        var @lock = new threading.Lock();
        void worker(long n, List<(long, string)> res, threading.Lock l)
        {
            using var _ = new LockScope(l);
            res.Add((n, threading.current_thread().name));
        }
        var threads = Enumerable.Range(0, 3).Select(i => new threading.Thread(target: (Action<long, List<(long, string)>, threading.Lock>)worker, args: new object?[] { (long)i, results, @lock })).ToList();
        threads.Add(new threading.Thread(target: (Action<long, List<(long, string)>, threading.Lock>)worker, args: new object?[] { 9L, results, @lock }, name: "custom"));
        O.P(R(threads.Select(t => t.name).ToList()));
        O.P(threads[0].is_alive(), threads[0].__repr__().StartsWith("<Thread(Thread-1 (worker), initial"));
        foreach (var t in threads) t.start();
        foreach (var t in threads) t.join();
        O.P(R(results.OrderBy(r => r.Item1).ToList()));
        O.P(threads[0].is_alive(), threading.current_thread().name, threading.main_thread().name);
        O.P(threading.current_thread() == threading.main_thread());
        O.P(@lock.locked(), @lock.acquire(), @lock.locked(), @lock.acquire(blocking: false));
        @lock.release();
        try { @lock.release(); }
        catch (RuntimeError e) { O.P("RuntimeError:", e.__str__()); }
        var r = new threading.RLock();
        r.acquire(); r.acquire();
        O.P("reentrant ok");
        r.release(); r.release();
        try { r.release(); }
        catch (RuntimeError e) { O.P("RuntimeError:", e.__str__()); }
        var ev = new threading.Event();
        O.P(ev.is_set(), ev.wait(0.01));
        var waiter = new threading.Thread(target: (Action)(() => { ev.wait(); O.P("event seen"); }));
        waiter.start();
        ev.set();
        waiter.join();
        O.P(ev.is_set());

        void boom() => throw new ValueError("in thread");
        var bad = new threading.Thread(target: (Action)boom, name: "bad");
        bad.start();
        bad.join();
        O.P("after failing thread", bad.is_alive());

        using (var ex = new concurrent_futures.ThreadPoolExecutor(max_workers: 2))
        {
            var futs = Enumerable.Range(0, 5).Select(i => ex.submit((Func<long, long, long>)((a, b) => (long)Math.Pow(a, b)), 2L, (long)i)).ToList();
            var (done, notDone) = concurrent_futures.wait(futs);
            O.P(done.Count, notDone.Count, R(done.Select(f => (long)f.result()!).OrderBy(x => x).ToList()));
            O.P(R(concurrent_futures.as_completed(futs).Select(f => (long)f.result()!).OrderBy(x => x).ToList()));
            O.P(R(ex.map((Func<long, long>)Math.Abs, new long[] { -1, -2, 3 }).ToList()));
        }
        var f = new concurrent_futures.Future();
        O.P(f.done(), f.running());
        f.set_result(5L);
        O.P(f.done(), f.result());
    }

    sealed class LockScope : IDisposable
    {
        readonly threading.Lock _lock;
        public LockScope(threading.Lock l) { _lock = l; l.__enter__(); }
        public void Dispose() => _lock.__exit__(null, null, null);
    }

    [Fact]
    public void Threads_locks_events_executors_and_the_loop_fed_from_a_thread()
    {
        MainSync();
        async Coroutine amain()
        {
            var loop = asyncio.get_running_loop();
            async Coroutine<long> compute(long x)
            {
                await asyncio.sleep(0.01);
                return x * 10;
            }
            void feeder()
            {
                var fut = asyncio.run_coroutine_threadsafe(compute(4), loop);
                O.P("threadsafe result:", fut.result(timeout: 5), fut is concurrent_futures.Future ? "concurrent.futures._base" : "?");
                // print's arguments are evaluated here, on the feeder thread, as in Python.
                var name = threading.current_thread().name;
                loop.call_soon_threadsafe(() => O.P("called soon from", name));
            }
            var t = new threading.Thread(target: (Action)feeder, name: "feeder");
            t.start();
            await asyncio.to_thread(() => t.join());
            await asyncio.sleep(0.05);
            O.P("loop thread:", threading.current_thread().name);
        }
        asyncio.run(amain());
        AssertOutput("io_threading.python.out");
        Assert.Equal("Exception in thread bad:", O.Errors[0]);
        Assert.Equal("ValueError: in thread", O.Errors[^1]);
    }
}
