#pragma warning disable CS1998 // Python coroutines without an await are normal
using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Asyncio;

/// <summary>e03b/e03c (the heapq model) and e07b/e11b (orders CPython takes from sets).</summary>
[Collection("asyncio")]
public sealed class OrderTests : AsyncioTest
{
    [Fact]
    public void E03b_timer_heap_pops_equal_deadlines_in_heapq_order()
    {
        var loop = asyncio.new_event_loop();
        var heap = new List<asyncio.TimerHandle>();
        for (long i = 0; i < 10; i++) TimerHeap.Push(heap, new asyncio.TimerHandle(loop, 1.0, _ => { }, i, () => { }));
        TimerHeap.Push(heap, new asyncio.TimerHandle(loop, 1.1, _ => { }, "sleep", () => { }));
        var order = new PyList<long>();
        while (heap.Count > 0 && heap[0]._when < 1.05) order.Add((long)TimerHeap.Pop(heap).Argument!);
        O.P("heapq, compare on when only :", order);
        var keyed = new List<(double, long)>();
        for (long i = 0; i < 10; i++) HeapQ.Push(keyed, (1.0, i), PythonComparer<(double, long)>.Instance);
        O.P("heapq, key (when, seq)      :", new PyList<long>(Enumerable.Range(0, 10).Select(_ => HeapQ.Pop(keyed, PythonComparer<(double, long)>.Instance).Item2)));
        loop.close();
        AssertOutput("e03b.out");
        Assert.Equal(Expected("e03c.out")[0].Split(": ")[1], O.Lines[0].Split(": ")[1]);
    }

    [Fact]
    public void E11b_run_cancels_leftover_tasks_in_creation_order()
    {
        // CPython iterates all_tasks(), a set ordered by memory address (e11b.out shows
        // [3, 5, 4, 2, 6, 1, 0, 7] for 8 tasks); no emulator can reproduce that, we use creation order.
        var @out = new PyList<long>();
        async Coroutine bg(long n)
        {
            try { await asyncio.sleep(10); }
            finally { @out.Add(n); }
        }
        async Coroutine main(long k)
        {
            for (long i = 0; i < k; i++) asyncio.create_task(bg(i)).forget();
            await asyncio.sleep(0);
        }
        asyncio.run(main(8));
        Assert.Equal(Enumerable.Range(0, 8).Select(i => (long)i), @out);
    }

    [Fact]
    public void E07b_as_completed_starts_tasks_in_argument_order()
    {
        // CPython builds the tasks from set(fs): start order follows memory addresses (e07b.out).
        var order = new PyList<long>();
        async Coroutine rec(long n)
        {
            order.Add(n); await asyncio.sleep(0);
        }
        async Coroutine main()
        {
            foreach (var f in asyncio.as_completed(Enumerable.Range(0, 5).Select(i => rec(i)).ToList())) await f;
        }
        asyncio.run(main());
        Assert.Equal(new long[] { 0, 1, 2, 3, 4 }, order);
    }
}
