#pragma warning disable CS1998 // Python coroutines without an await are normal
using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Asyncio;

/// <summary>e09: Lock, Queue, Event, Semaphore, Condition.</summary>
[Collection("asyncio")]
public sealed class SyncPrimitiveTests : AsyncioTest
{
    [Fact]
    public void E09_locks_queues_events_semaphores_conditions()
    {
        async Coroutine main()
        {
            var @lock = new asyncio.Lock(); var order = new PyList<object>();
            async Coroutine locker(object n) => await AsyncWith(@lock, async _ =>
            {
                order.Add(n); await asyncio.sleep(0);
            });
            await asyncio.gather(Enumerable.Range(0, 5).Select(i => locker((long)i)).ToArray());
            O.P("Lock acquisition order:", order);
            await @lock.acquire();
            var w = asyncio.create_task(locker("waiter")); await asyncio.sleep(0);
            @lock.release();
            var barger = asyncio.create_task(locker("barger"));
            order.Clear(); await asyncio.gather(w, barger);
            O.P("Lock after release with a woken waiter + new barger:", order);

            var q = new asyncio.Queue<string>(); var got = new PyList<(object, string)>();
            async Coroutine getter(long n)
            {
                var item = await q.get(); got.Add((n, item));
            }
            var gs = new List<asyncio.Task<object?>>();
            for (long i = 0; i < 3; i++) gs.Add(asyncio.create_task(getter(i)));
            await asyncio.sleep(0);
            q.put_nowait("x");
            got.Add(("main-steals", q.get_nowait()));
            q.put_nowait("y");
            await asyncio.sleep(0); await asyncio.sleep(0);
            O.P("Queue after steal:", got, "waiting getters:", (long)q.GettersCount);
            q.put_nowait("z"); await asyncio.sleep(0); await asyncio.sleep(0);
            O.P("Queue final:", got);
            q.put_nowait("w"); await asyncio.gather(gs.ToArray());
            O.P("Queue final2:", got);

            var bq = new asyncio.Queue<long>(maxsize: 1); var seq = new PyList<string>();
            async Coroutine putter(long n) { await bq.put(n); seq.Add($"put{n}"); }
            var ps = new List<asyncio.Task<object?>>();
            for (long i = 0; i < 3; i++) ps.Add(asyncio.create_task(putter(i)));
            await asyncio.sleep(0);
            for (int i = 0; i < 3; i++) seq.Add($"get{await bq.get()}");
            await asyncio.gather(ps.ToArray());
            O.P("bounded Queue:", seq);

            var jq = new asyncio.Queue<long>();
            for (long i = 0; i < 3; i++) jq.put_nowait(i);
            async Coroutine consumer()
            {
                while (true)
                {
                    var i = await jq.get(); await asyncio.sleep(0.001 * i); O.P("consumed", i); jq.task_done();
                }
            }
            var c = asyncio.create_task(consumer());
            await jq.join(); O.P("join returned"); c.cancel();

            var ev = new asyncio.Event(); var woke = new PyList<long>();
            async Coroutine ew(long n) { await ev.wait(); woke.Add(n); }
            var es = new List<asyncio.Task<object?>>();
            for (long i = 0; i < 4; i++) es.Add(asyncio.create_task(ew(i)));
            await asyncio.sleep(0); ev.set(); ev.clear();
            await asyncio.gather(es.ToArray());
            O.P("Event wake order (set then clear immediately):", woke);

            var sem = new asyncio.Semaphore(2); var log = new PyList<string>();
            async Coroutine sw(long n) => await AsyncWith(sem, async _ =>
            {
                log.Add($"in{n}"); await asyncio.sleep(0.001); log.Add($"out{n}");
            });
            await asyncio.gather(Enumerable.Range(0, 5).Select(i => sw(i)).ToArray());
            O.P("Semaphore(2):", log);

            var cond = new asyncio.Condition(); var clog = new PyList<string>();
            async Coroutine cw(long n) => await AsyncWith(cond, async _ =>
            {
                clog.Add($"wait{n}"); await cond.wait(); clog.Add($"woke{n}");
            });
            var cs = new List<asyncio.Task<object?>>();
            for (long i = 0; i < 3; i++) cs.Add(asyncio.create_task(cw(i)));
            await asyncio.sleep(0);
            await AsyncWith(cond, async _ => cond.notify(1));
            await asyncio.sleep(0); await asyncio.sleep(0);
            await AsyncWith(cond, async _ => cond.notify_all());
            await asyncio.gather(cs.ToArray());
            O.P("Condition:", clog);
        }
        asyncio.run(main());
        AssertOutput("e09.out");
    }

    [Fact]
    public void Misuse_raises_CPython_errors()
    {
        async Coroutine main()
        {
            var b = new asyncio.BoundedSemaphore(1);
            try { b.release(); } catch (ValueError e) { O.P(e); }
            try { new asyncio.Lock().release(); } catch (RuntimeError e) { O.P(e); }
            var cond = new asyncio.Condition();
            try { await cond.wait(); } catch (RuntimeError e) { O.P(e); }
            try { cond.notify(); } catch (RuntimeError e) { O.P(e); }
            var q = new asyncio.Queue<long>(1);
            q.put_nowait(1);
            try { q.put_nowait(2); } catch (asyncio.QueueFull e) { O.P(e.PythonTypeName, q.full(), q.qsize(), q.maxsize); }
            q.get_nowait();
            try { q.get_nowait(); } catch (asyncio.QueueEmpty e) { O.P(e.PythonTypeName, q.empty()); }
            try { q.task_done(); q.task_done(); } catch (ValueError e) { O.P(e); }
            var c = new asyncio.Condition();
            var flag = false;
            async Coroutine setter() => await AsyncWith(c, async _ => { flag = true; c.notify_all(); });
            var t = asyncio.create_task(setter());
            await AsyncWith(c, async _ => O.P("wait_for ->", await c.wait_for(() => flag)));
            await t;
        }
        asyncio.run(main());
        Assert.Equal(new[]
        {
            "BoundedSemaphore released too many times",
            "Lock is not acquired.",
            "cannot wait on un-acquired lock",
            "cannot notify on un-acquired lock",
            "asyncio.queues.QueueFull True 1 1",
            "asyncio.queues.QueueEmpty True",
            "task_done() called too many times",
            "wait_for -> True",
        }, O.Lines);
    }

    [Fact]
    public void PriorityQueue_and_LifoQueue_order()
    {
        async Coroutine main()
        {
            var pq = new asyncio.PriorityQueue<(long, string)>();
            foreach (var item in new[] { (3L, "c"), (1L, "a"), (2L, "b"), (1L, "0") }) await pq.put(item);
            var items = new PyList<(long, string)>();
            while (!pq.empty()) items.Add(await pq.get());
            O.P(items);
            var lq = new asyncio.LifoQueue<long>();
            for (long i = 0; i < 3; i++) lq.put_nowait(i);
            O.P(lq.get_nowait(), lq.get_nowait(), lq.get_nowait());
        }
        asyncio.run(main());
        // python3 -c "import heapq..." with the same items: [(1, '0'), (1, 'a'), (2, 'b'), (3, 'c')]
        Assert.Equal(new[] { "[(1, '0'), (1, 'a'), (2, 'b'), (3, 'c')]", "2 1 0" }, O.Lines);
    }

    [Fact]
    public void PriorityQueue_queue_is_the_heap_list()
    {
        var pq = new asyncio.PriorityQueue<(long, string)>();
        foreach (var item in new[] { (3L, "c"), (1L, "a"), (2L, "b"), (1L, "0") }) pq.put_nowait(item);
        // python3: heappush of the same items, then print(q._queue)
        Assert.Equal("[(1, '0'), (1, 'a'), (2, 'b'), (3, 'c')]", Py2Cs.Runtime.Builtins.repr(pq._queue));
    }
}

/// <summary>x04: cancellation inside the synchronisation primitives.</summary>
[Collection("asyncio")]
public sealed class SyncCancellationTests : AsyncioTest
{
    [Fact]
    public void X04_cancelled_waiters_pass_the_resource_on()
    {
        async Coroutine main()
        {
            var log = new PyList<object>();
            var @lock = new asyncio.Lock();
            await @lock.acquire();
            async Coroutine locker(string n)
            {
                try { await AsyncWith(@lock, async _ => log.Add($"lock{n}")); }
                catch (asyncio.CancelledError) { log.Add($"lock{n}-cancelled"); throw; }
            }
            var a = asyncio.create_task(locker("A")); var b = asyncio.create_task(locker("B"));
            await asyncio.sleep(0);
            @lock.release();
            a.cancel();
            await asyncio.gather(true, a, b);
            O.P("Lock:", log, "locked:", @lock.locked());

            log.Clear();
            var sem = new asyncio.Semaphore(1);
            await sem.acquire();
            async Coroutine semw(string n)
            {
                try { await AsyncWith(sem, async _ => log.Add($"sem{n}")); }
                catch (asyncio.CancelledError) { log.Add($"sem{n}-cancelled"); throw; }
            }
            a = asyncio.create_task(semw("A")); b = asyncio.create_task(semw("B"));
            await asyncio.sleep(0);
            sem.release();
            a.cancel();
            await asyncio.gather(true, a, b);
            O.P("Semaphore:", log, "value:", sem._value, "locked:", sem.locked());

            log.Clear();
            var q = new asyncio.Queue<string>();
            async Coroutine getter(string n)
            {
                try { log.Add((n, await q.get())); }
                catch (asyncio.CancelledError) { log.Add($"get{n}-cancelled"); throw; }
            }
            a = asyncio.create_task(getter("A")); b = asyncio.create_task(getter("B"));
            await asyncio.sleep(0);
            q.put_nowait("item");
            a.cancel();
            await asyncio.gather(true, a, b);
            O.P("Queue:", log, "qsize:", q.qsize());

            log.Clear();
            var cond = new asyncio.Condition();
            async Coroutine waiter() => await AsyncWith(cond, async _ =>
            {
                try { await cond.wait(); }
                catch (asyncio.CancelledError)
                {
                    log.Add($"wait cancelled, lock held: {(cond.locked() ? "True" : "False")}");
                    throw;
                }
            });
            var w = asyncio.create_task(waiter());
            await asyncio.sleep(0);
            await cond.acquire();
            w.cancel();
            await asyncio.sleep(0);
            log.Add("main releases");
            cond.release();
            await asyncio.gather(true, w);
            O.P("Condition:", log, "locked:", cond.locked());

            var ev = new asyncio.Event();
            var t = asyncio.create_task(ev.wait());
            await asyncio.sleep(0);
            t.cancel();
            O.P("Event wait cancelled:", await asyncio.gather(true, t), "waiters:", (long)ev.WaitersCount);

            async Coroutine<string> quick() => "quick-result";
            async Coroutine<string> outer()
            {
                var inner = asyncio.ensure_future(quick());
                await asyncio.sleep(0);
                asyncio.current_task()!.cancel();
                return await asyncio.wait_for(inner, 1);
            }
            O.P("wait_for with finished inner:", await asyncio.gather(true, asyncio.create_task(outer())));
        }
        asyncio.run(main());
        AssertOutput("x04.out");
    }
}

/// <summary>x05: asyncio.Barrier.</summary>
[Collection("asyncio")]
public sealed class BarrierTests : AsyncioTest
{
    [Fact]
    public void X05_barrier_releases_all_parties_and_abort_breaks_it()
    {
        async Coroutine main()
        {
            var barrier = new asyncio.Barrier(3);
            var log = new PyList<string>();
            async Coroutine party(long n, double d)
            {
                await asyncio.sleep(d);
                log.Add($"arrive{n}");
                var index = await barrier.wait();
                log.Add($"pass{n}:{index}");
            }
            await asyncio.gather(party(0, 0.04), party(1, 0.02), party(2, 0.06));
            O.P(log);
            O.P("n_waiting", barrier.n_waiting, "broken", barrier.broken, "parties", barrier.parties);
            var b2 = new asyncio.Barrier(2);
            async Coroutine lonely()
            {
                try { await b2.wait(); }
                catch (asyncio.BrokenBarrierError e) { O.P("lonely:", e.GetType().Name, e); }
            }
            var t = asyncio.create_task(lonely());
            await asyncio.sleep(0);
            await b2.abort();
            await t;
            try { await b2.wait(); }
            catch (asyncio.BrokenBarrierError e) { O.P("after abort:", e); }
        }
        asyncio.run(main());
        AssertOutput("x05.out");
    }

    /// <summary>x05b: reset while parties wait, abort, reset after abort, the repr in each state, async with.</summary>
    [Fact]
    public void X05b_barrier_reset_abort_and_repr_follow_cpython()
    {
        static string R(asyncio.Barrier b) => System.Text.RegularExpressions.Regex.Replace(b.__repr__(), " at 0x[0-9a-f]+", "");
        async Coroutine main()
        {
            var b = new asyncio.Barrier(3);
            O.P(R(b));
            var log = new PyList<string>();
            async Coroutine party(long n)
            {
                try { await AsyncWith(b, async index => log.Add($"pass{n}:{index}")); }
                catch (asyncio.BrokenBarrierError e) { log.Add($"broken{n}:{e}"); }
            }
            var t1 = asyncio.create_task(party(1));
            var t2 = asyncio.create_task(party(2));
            await asyncio.sleep(0);
            O.P(R(b), b.n_waiting);
            await b.reset();
            O.P(R(b), b.n_waiting, b.broken);
            await asyncio.gather(t1, t2);
            O.P(log, R(b));
            log.Clear();
            await asyncio.gather(party(0), party(1), party(2));
            O.P(Py2Cs.Runtime.Builtins.sorted(log), R(b));
            var t = asyncio.create_task(party(9));
            await asyncio.sleep(0);
            await b.abort();
            await t;
            O.P(log[^1], R(b), b.n_waiting, b.broken);
            await b.reset();
            O.P(R(b), b.broken);
            try { _ = new asyncio.Barrier(0); }
            catch (ValueError e) { O.P("ValueError:", e); }
        }
        asyncio.run(main());
        AssertOutput("x05b.out");
    }
}

/// <summary>x07: the primitives' coroutines stay lazy (their fast paths run only when awaited).</summary>
[Collection("asyncio")]
public sealed class PrimitiveCoroutineTests : AsyncioTest
{
    [Fact]
    public void X07_queue_lock_semaphore_coroutines_are_lazy()
    {
        async Coroutine main()
        {
            var q = new asyncio.Queue<string>(maxsize: 1);
            var put_a = q.put("a");
            O.P("after creating put coroutine:", q.qsize());
            var t = asyncio.create_task(q.put("b"));
            O.P("after create_task(put):", q.qsize());
            await put_a;
            O.P("after await put:", q.qsize());
            await asyncio.sleep(0);
            O.P("task blocked on full queue:", t.done(), q.qsize());
            O.P("get ->", await q.get());
            await asyncio.sleep(0);
            O.P("task done after a get:", t.done(), q.qsize());
            O.P("gather of gets:", await asyncio.gather(q.get(), asyncio.sleep(0.01, result: "x")));
            var @lock = new asyncio.Lock();
            var acq = asyncio.create_task(@lock.acquire());
            O.P("lock acquired before the task ran:", @lock.locked());
            await asyncio.sleep(0);
            O.P("lock acquired by the task:", @lock.locked(), acq.result());
            var second = asyncio.create_task(@lock.acquire());
            await asyncio.sleep(0);
            O.P("second acquire waiting:", !second.done());
            @lock.release();
            await asyncio.sleep(0);
            O.P("second acquired:", second.done(), @lock.locked());
            var sem = new asyncio.Semaphore(0);
            var waiter = asyncio.create_task(sem.acquire());
            await asyncio.sleep(0);
            sem.release();
            O.P("semaphore value after release with waiter:", sem._value);
            await waiter;
            O.P("waiter acquired:", waiter.result(), sem._value);
            O.P("coroutine names:", new PyList<string> { q.get().__name__, @lock.acquire().__name__ });
        }
        asyncio.run(main());
        AssertOutput("x07.out");
    }
    /// <summary>queues.Queue: repr carries the address, str does not (CPython 3.11: `<Queue at 0x7f.. maxsize=2 _queue=[1]
    /// tasks=1>` and `<Queue maxsize=2 _queue=[1] tasks=1>`).</summary>
    [Fact]
    public void Queue_repr_has_the_address_and_str_does_not()
    {
        var q = new asyncio.Queue<long>(2);
        q.put_nowait(1);
        Assert.Equal("<Queue maxsize=2 _queue=[1] tasks=1>", Py2Cs.Runtime.Builtins.str(q));
        Assert.Matches("^<Queue at 0x[0-9a-f]+ maxsize=2 _queue=\\[1\\] tasks=1>$", Py2Cs.Runtime.Builtins.repr(q));
        Assert.StartsWith("<LifoQueue at 0x", Py2Cs.Runtime.Builtins.repr(new asyncio.LifoQueue<long>()));
    }
    /// <summary>asyncio.locks reprs name the address (CPython 3.11: `<asyncio.locks.Lock object at 0x7f.. [unlocked]>`).</summary>
    [Fact]
    public void Lock_event_semaphore_condition_reprs_have_the_address()
    {
        Assert.Matches("^<asyncio.locks.Lock object at 0x[0-9a-f]+ \\[unlocked\\]>$", Py2Cs.Runtime.Builtins.repr(new asyncio.Lock()));
        Assert.Matches("^<asyncio.locks.Event object at 0x[0-9a-f]+ \\[unset\\]>$", Py2Cs.Runtime.Builtins.repr(new asyncio.Event()));
        Assert.Matches("^<asyncio.locks.Semaphore object at 0x[0-9a-f]+ \\[unlocked, value:2\\]>$", Py2Cs.Runtime.Builtins.repr(new asyncio.Semaphore(2)));
        Assert.Matches("^<asyncio.locks.Condition object at 0x[0-9a-f]+ \\[unlocked\\]>$", Py2Cs.Runtime.Builtins.repr(new asyncio.Condition()));
    }
}
