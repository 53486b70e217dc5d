#pragma warning disable CS8981, IDE1006 // Python's names.
namespace Py2Cs.Runtime;

/// <summary>
/// Python's <c>queue</c>: the thread-safe <c>Queue</c> (FIFO), <c>LifoQueue</c>, <c>PriorityQueue</c> (smallest
/// item first, compared as Python compares) and <c>SimpleQueue</c>, with blocking <c>get</c>/<c>put</c> and their
/// timeouts, <c>task_done</c>/<c>join</c>, and the <c>Empty</c>/<c>Full</c> exceptions. Items are any values.
/// </summary>
[PyModule("queue")]
public static class queue
{
    /// <summary><c>queue.Empty</c> (CPython's <c>_queue.Empty</c>): <c>get</c> found nothing in time.</summary>
    public sealed class Empty(params object?[] args) : PyException(args)
    {
        public override string PythonTypeName => "_queue.Empty";
    }

    /// <summary><c>queue.Full</c>: <c>put</c> found no room in time.</summary>
    public sealed class Full(params object?[] args) : PyException(args)
    {
        public override string PythonTypeName => "queue.Full";
    }

    /// <summary>A FIFO queue shared by threads; <c>maxsize</c> &lt;= 0 means unbounded.</summary>
    public class Queue(long maxsize = 0)
    {
        readonly object _lock = new();
        readonly List<object?> _items = [];
        long _unfinished;

        public long maxsize { get; } = maxsize;

        // Where the next item goes and which one leaves first: the subclasses change only these.
        protected virtual void Insert(List<object?> items, object? item) => items.Add(item);
        protected virtual object? Take(List<object?> items)
        {
            var item = items[0];
            items.RemoveAt(0);
            return item;
        }

        public long qsize() { lock (_lock) return _items.Count; }
        public bool empty() { lock (_lock) return _items.Count == 0; }
        public bool full() { lock (_lock) return maxsize > 0 && _items.Count >= maxsize; }

        public void put(object? item, bool block = true, double? timeout = null)
        {
            lock (_lock)
            {
                if (maxsize > 0)
                {
                    if (!block)
                    {
                        if (_items.Count >= maxsize) throw new Full();
                    }
                    else WaitUntil(() => _items.Count < maxsize, timeout, () => new Full());
                }
                Insert(_items, item);
                _unfinished++;
                Monitor.PulseAll(_lock);
            }
        }

        public object? get(bool block = true, double? timeout = null)
        {
            lock (_lock)
            {
                if (!block)
                {
                    if (_items.Count == 0) throw new Empty();
                }
                else WaitUntil(() => _items.Count > 0, timeout, () => new Empty());
                var item = Take(_items);
                Monitor.PulseAll(_lock);
                return item;
            }
        }

        public void put_nowait(object? item) => put(item, block: false);
        public object? get_nowait() => get(block: false);

        public void task_done()
        {
            lock (_lock)
            {
                if (_unfinished <= 0) throw new ValueError("task_done() called too many times");
                if (--_unfinished == 0) Monitor.PulseAll(_lock);
            }
        }

        public void join()
        {
            lock (_lock)
                while (_unfinished > 0) Monitor.Wait(_lock);
        }

        // Waits (holding the lock between checks) until the condition holds, or raises when the timeout passes.
        void WaitUntil(Func<bool> ready, double? timeout, Func<PyException> timedOut)
        {
            if (timeout is null)
            {
                while (!ready()) Monitor.Wait(_lock);
                return;
            }
            if (timeout < 0) throw new ValueError("'timeout' must be a non-negative number");
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(timeout.Value);
            while (!ready())
            {
                var remaining = deadline - DateTime.UtcNow;
                if (remaining <= TimeSpan.Zero) throw timedOut();
                Monitor.Wait(_lock, remaining);
            }
        }
    }

    /// <summary>Last in, first out.</summary>
    public class LifoQueue(long maxsize = 0) : Queue(maxsize)
    {
        protected override object? Take(List<object?> items)
        {
            var item = items[^1];
            items.RemoveAt(items.Count - 1);
            return item;
        }
    }

    /// <summary>The smallest item first: CPython's PriorityQueue keeps its items with heapq, and so does this one
    /// (equal items leave in heap order).</summary>
    public class PriorityQueue(long maxsize = 0) : Queue(maxsize)
    {
        protected override void Insert(List<object?> items, object? item) => heapq.heappush(items, item);

        protected override object? Take(List<object?> items) => heapq.heappop(items);
    }

    /// <summary>An unbounded FIFO queue without task tracking.</summary>
    public sealed class SimpleQueue
    {
        readonly Queue _queue = new();

        public void put(object? item, bool block = true, double? timeout = null) => _queue.put(item);
        public void put_nowait(object? item) => _queue.put(item);
        public object? get(bool block = true, double? timeout = null) => _queue.get(block, timeout);
        public object? get_nowait() => _queue.get(block: false);
        public long qsize() => _queue.qsize();
        public bool empty() => _queue.empty();
    }
}
