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
        AssertOutput("c02.out");
    }
}
