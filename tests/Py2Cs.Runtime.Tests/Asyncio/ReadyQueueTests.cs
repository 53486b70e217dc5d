using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Asyncio;

/// <summary>The loop's ready queue is a chain of fixed-size segments: it must stay first-in first-out
/// across segment boundaries, while it is drained and refilled, and after Clear.</summary>
public sealed class ReadyQueueTests
{
    static ReadyQueue.Entry Item(int n) => new() { A = n };

    [Fact]
    public void Keeps_order_across_segments_while_filled_and_drained_in_turns()
    {
        var queue = new ReadyQueue();
        var expected = new Queue<int>();
        int next = 0;
        // 100,000 entries at once (W4's first task steps), then rounds that leave a part behind.
        foreach (var (add, take) in new[] { (100_000, 99_000), (3_000, 2_500), (1_024, 2_524), (1, 1), (5_000, 5_000) })
        {
            for (int i = 0; i < add; i++) { queue.Enqueue(Item(next)); expected.Enqueue(next++); }
            Assert.Equal(expected.Count, queue.Count);
            for (int i = 0; i < take; i++) Assert.Equal(expected.Dequeue(), (int)queue.Dequeue().A!);
        }
        Assert.Equal(0, queue.Count);
    }

    [Fact]
    public void Clear_empties_it_for_reuse()
    {
        var queue = new ReadyQueue();
        for (int i = 0; i < 3_000; i++) queue.Enqueue(Item(i));
        queue.Clear();
        Assert.Equal(0, queue.Count);
        queue.Enqueue(Item(7));
        queue.Enqueue(Item(8));
        Assert.Equal(7, (int)queue.Dequeue().A!);
        Assert.Equal(8, (int)queue.Dequeue().A!);
    }
}
