#pragma warning disable CS1998 // Python coroutines without an await are normal
using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Asyncio;

/// <summary>c02: tier4_realistic/priority_scheduler.py translated by hand as the emitter would.</summary>
[Collection("asyncio")]
public sealed class ConformancePortTests : AsyncioTest
{
    sealed class Scheduler
    {
        readonly Dictionary<string, (long priority, double duration, string[] deps)> _jobs;
        public readonly asyncio.PriorityQueue<(long, long, string?)> queue = new();
        long _seq;
        public readonly Dictionary<string, PyList<string>> waiting_on;
        public readonly PyList<string> order = new();
        readonly Output O;

        public Scheduler(Dictionary<string, (long, double, string[])> jobs, Output output)
        {
            _jobs = jobs;
            O = output;
            waiting_on = jobs.ToDictionary(j => j.Key, j => new PyList<string>(j.Value.Item3));
        }

        void submit(string name) => queue.put_nowait((_jobs[name].priority, _seq++, name));

        public async Coroutine<string> runner(string rid)
        {
            while (true)
            {
                var (prio, _, name) = await queue.get();
                if (name == null) return rid;
                O.P($"{rid}: start {name} (priority {prio})");
                await asyncio.sleep(_jobs[name].duration);
                order.Add(name);
                var unlocked = new PyList<string>();
                foreach (var (other, deps) in waiting_on)
                {
                    if (deps.Contains(name))
                    {
                        deps.Remove(name);
                        if (deps.Count == 0)
                        {
                            unlocked.Add(other);
                            submit(other);
                        }
                    }
                }
                O.P($"{rid}: done {name}; unlocked {PyFormat.Repr(unlocked)}");
                queue.task_done();
            }
        }

        public async Coroutine<PyList<string>> run(long workers)
        {
            foreach (var (name, deps) in waiting_on)
                if (deps.Count == 0) submit(name);
            O.P("initially ready:", queue.qsize());
            var tasks = new List<asyncio.Task<string>>();
            for (long i = 0; i < workers; i++) tasks.Add(asyncio.create_task(runner($"r{i}")));
            await queue.join();
            foreach (var _ in tasks) queue.put_nowait((99, _seq++, null));
            return await asyncio.gather(tasks.ToArray());
        }
    }

    [Fact]
    public void C02_priority_scheduler()
    {
        var jobs = new Dictionary<string, (long, double, string[])>
        {
            ["compile"] = (1, 0.06, []),
            ["lint"] = (3, 0.02, []),
            ["format"] = (2, 0.02, []),
            ["docs"] = (5, 0.04, []),
            ["test"] = (2, 0.04, ["compile"]),
            ["package"] = (1, 0.02, ["test", "lint"]),
            ["deploy"] = (0, 0.02, ["package"]),
        };
        async Coroutine main()
        {
            var sched = new Scheduler(jobs, O);
            O.P("runners finished:", await sched.run(workers: 2));
            O.P("completion order:", sched.order);
            O.P("anything left:", sched.waiting_on.Any(kv => kv.Value.Count > 0) ? "?" : "{}");
        }
        asyncio.run(main());
        AssertOutput(Corpus("tier4_realistic/priority_scheduler"));
    }

    AsyncGenerator<(string, long, long)> readings(string sensor, long count, double delay = 0.002) => new(async y =>
    {
        try
        {
            for (long i = 0; i < count; i++)
            {
                await asyncio.sleep(delay);
                await y.Yield((sensor, i, (i * 7) % 10));
            }
        }
        finally { O.P($"[{sensor} stream closed]"); }
    });

    static AsyncGenerator<string> above(AsyncGenerator<(string, long, long)> stream, long limit) => new(async y =>
    {
        var it = stream.__aiter__();
        while (true)
        {
            (string, long, long) item;
            try { item = await it.__anext__(); } catch (StopAsyncIteration) { break; }
            var (sensor, i, value) = item;
            if (value > limit) await y.Yield($"{sensor}#{i}={value}");
        }
    });

    sealed class Countdown(long start)
    {
        long current = start;
        public Countdown __aiter__() => this;
        public async Coroutine<long> __anext__()
        {
            if (current <= 0) throw new StopAsyncIteration();
            await asyncio.sleep(0.001);
            current -= 1;
            return current + 1;
        }
    }

    /// <summary>c03: tier3_asyncio/async_generators.py; async comprehensions lowered to loops.</summary>
    [Fact]
    public void C03_async_generators()
    {
        async Coroutine main()
        {
            var it = readings("temp", 3).__aiter__();
            while (true)
            {
                (string, long, long) item;
                try { item = await it.__anext__(); } catch (StopAsyncIteration) { break; }
                O.P(item.Item1, item.Item2, item.Item3);
            }
            var values = new PyList<long>();
            var hum = readings("hum", 5).__aiter__();
            while (true)
            {
                (string, long, long) item;
                try { item = await hum.__anext__(); } catch (StopAsyncIteration) { break; }
                values.Add(item.Item3);
            }
            O.P(values);
            var evens = new Dictionary<long, long>();
            var co2 = readings("co2", 4).__aiter__();
            while (true)
            {
                (string, long, long) item;
                try { item = await co2.__anext__(); } catch (StopAsyncIteration) { break; }
                if (item.Item3 % 2 == 0) evens[item.Item2] = item.Item3;
            }
            O.P("{" + string.Join(", ", evens.Select(kv => $"{kv.Key}: {kv.Value}")) + "}");
            var alerts = new PyList<string>();
            var wind = above(readings("wind", 6), 5).__aiter__();
            while (true)
            {
                string alert;
                try { alert = await wind.__anext__(); } catch (StopAsyncIteration) { break; }
                alerts.Add(alert);
            }
            O.P(alerts);
            var stream = readings("rain", 100);
            O.P(await AsyncBuiltins.anext(stream), await stream.__anext__());
            await stream.aclose();
            await AsyncWith(contextlib.aclosing(readings("snow", 100)), async s =>
            {
                while (true)
                {
                    (string, long, long) item;
                    try { item = await s.__anext__(); } catch (StopAsyncIteration) { break; }
                    if (item.Item2 == 2)
                    {
                        O.P("stopping early at", item.Item2);
                        break;
                    }
                }
            });
            O.P(await AsyncBuiltins.anext(readings("fog", 0), ("empty stream", 0, 0)) is ("empty stream", 0, 0) ? "empty stream" : "?");
            var counts = new PyList<long>();
            var countdown = new Countdown(4).__aiter__();
            while (true)
            {
                long n;
                try { n = await countdown.__anext__(); } catch (StopAsyncIteration) { break; }
                counts.Add(n);
            }
            O.P(counts);
            AsyncGenerator<string?> echo() => new(async y =>
            {
                string? reply = null;
                while (true)
                {
                    var msg = (string)(await y.Yield(reply))!;
                    reply = msg.ToUpperInvariant();
                }
            });
            var gen = echo();
            await gen.asend(null);
            O.P(await gen.asend("ping"), await gen.asend("pong"));
            await gen.aclose();
        }
        asyncio.run(main());
        AssertOutput(Corpus("tier3_asyncio/async_generators"));
    }

    async Coroutine<string> step(string name, double duration)
    {
        await asyncio.sleep(duration);
        return $"{name} ok";
    }

    async Coroutine run_step(string name, double duration, double? limit)
    {
        asyncio.Timeout? cm = null;
        try
        {
            await AsyncWith(asyncio.timeout(limit), async c =>
            {
                cm = c;
                var result = await step(name, duration);
                O.P($"{name}: {result}, expired={(cm.expired() ? "True" : "False")}");
            });
        }
        catch (TimeoutError) { O.P($"{name}: exceeded {limit}s, expired={(cm!.expired() ? "True" : "False")}"); }
    }

    /// <summary>c04: tier3_asyncio/timeout_context.py.</summary>
    [Fact]
    public void C04_timeout_context()
    {
        async Coroutine main()
        {
            await run_step("build", 0.01, 0.05);
            await run_step("test", 0.1, 0.02);
            await run_step("lint", 0.01, null);
            var loop = asyncio.get_running_loop();
            try { await AsyncWith(asyncio.timeout_at(loop.time() + 0.02), async _ => await step("deploy", 0.1)); }
            catch (TimeoutError exc) { O.P("deploy: timeout_at fired", exc.GetType().Name, PyFormat.Repr(exc.__str__())); }
            await AsyncWith(asyncio.timeout(null), async cm =>
            {
                O.P("no deadline:", cm.when());
                cm.reschedule(loop.time() + 10);
                O.P("rescheduled, has deadline:", cm.when() != null);
                O.P(await step("verify", 0.01));
            });
            try
            {
                await AsyncWith(asyncio.timeout(0.1), async _ =>
                {
                    try { await AsyncWith(asyncio.timeout(0.01), async _ => await step("inner", 0.05)); }
                    catch (TimeoutError) { O.P("inner timeout caught; outer still alive"); }
                    await step("after-inner", 0.2);
                });
            }
            catch (TimeoutError) { O.P("outer timeout caught"); }
        }
        asyncio.run(main());
        AssertOutput(Corpus("tier3_asyncio/timeout_context"));
    }

    static string resize(string name, long width, long quality = 80)
    {
        Thread.Sleep(20);
        if (width <= 0) throw new ValueError($"bad width for {name}: {width}");
        return $"{name}@{width}px/q{quality}";
    }

    /// <summary>c05: tier3_asyncio/run_in_executor_pool.py.</summary>
    [Fact]
    public void C05_run_in_executor_pool()
    {
        async Coroutine<long> ticker(asyncio.Event stop)
        {
            long ticks = 0;
            while (!stop.is_set())
            {
                await asyncio.sleep(0.005);
                ticks += 1;
            }
            return ticks;
        }
        async Coroutine main()
        {
            var loop = asyncio.get_running_loop();
            O.P(await loop.run_in_executor(null, (string n, long w) => resize(n, w), "cat.jpg", 640L));
            var stop = new asyncio.Event();
            var tick_task = asyncio.create_task(ticker(stop));
            using (var pool = new concurrent_futures.ThreadPoolExecutor(max_workers: 2))
            {
                var jobs = new[]
                {
                    loop.run_in_executor(pool, (string n, long w) => resize(n, w), "a.png", 100L),
                    loop.run_in_executor(pool, () => resize("b.png", 200, quality: 95)),
                    loop.run_in_executor(pool, (string n, long w) => resize(n, w), "c.png", 300L),
                };
                O.P("executor returns asyncio futures:", jobs.All(j => j is asyncio.Future));
                O.P(await asyncio.gather(jobs));
            }
            stop.set();
            O.P("event loop kept ticking:", await tick_task > 2);
            try { await loop.run_in_executor(null, (string n, long w) => resize(n, w), "broken.png", 0L); }
            catch (ValueError exc) { O.P("ValueError from thread:", exc); }
            var results = await asyncio.gather(true,
                loop.run_in_executor(null, (string n, long w) => resize(n, w), "x.png", -1L),
                loop.run_in_executor(null, (string n, long w) => resize(n, w), "y.png", 10L));
            O.P(new PyList<object?>(results.Select(r => r is PyException ? PyFormat.Repr(r) : r)));
        }
        asyncio.run(main());
        AssertOutput(Corpus("tier3_asyncio/run_in_executor_pool"));
    }
}
