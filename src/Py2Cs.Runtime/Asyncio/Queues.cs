namespace Py2Cs.Runtime;

// Literal ports of Lib/asyncio/queues.py (3.11.7). put_nowait wakes the first getter that is not
// done but does not hand it the item: the woken getter re-checks, so others can take it first.
public static partial class asyncio
{
    public class Queue<T> : LoopBound
    {
        readonly long _maxsize;
        readonly LinkedList<Future> _getters = new();
        readonly LinkedList<Future> _putters = new();
        long _unfinishedTasks;
        readonly Event _finished = new();

        public Queue(long maxsize = 0)
        {
            _maxsize = maxsize;
            _finished.set();
        }

        // The storage policy: FIFO here, LIFO and heap order in the subclasses.
        protected virtual int StoredCount => _fifo.Count;
        protected virtual void Put(T item) => _fifo.Enqueue(item);
        protected virtual T Get() => _fifo.Dequeue();
        protected virtual IEnumerable<T> Items => _fifo;
        readonly System.Collections.Generic.Queue<T> _fifo = new();

        internal int GettersCount => _getters.Count;

        static void WakeupNext(LinkedList<Future> waiters)
        {
            while (waiters.First is { } first)
            {
                waiters.RemoveFirst();
                if (!first.Value.done())
                {
                    first.Value.SetResultCore(null);
                    break;
                }
            }
        }

        public long maxsize => _maxsize;
        public long qsize() => StoredCount;
        public bool empty() => StoredCount == 0;
        public bool full() => _maxsize > 0 && StoredCount >= _maxsize;

        public Coroutine<object?> put(T item) => new PutOperation(this, item);

        public Coroutine<T> get() => new GetOperation(this);

        sealed class PutOperation(Queue<T> queue, T item) : FastPathCoroutine<object?>
        {
            public override string __name__ => "put";
            protected override bool TryFast(out object? result)
            {
                result = null;
                if (queue.full()) return false;
                queue.put_nowait(item);
                return true;
            }
            protected override Coroutine<object?> Slow() => queue.PutSlow(item);
        }

        sealed class GetOperation(Queue<T> queue) : FastPathCoroutine<T>
        {
            public override string __name__ => "get";
            protected override bool TryFast(out T result)
            {
                if (queue.empty())
                {
                    result = default!;
                    return false;
                }
                result = queue.get_nowait();
                return true;
            }
            protected override Coroutine<T> Slow() => queue.GetSlow();
        }

        async Coroutine<object?> PutSlow(T item)
        {
            while (full())
            {
                var putter = new Future(GetLoop());
                _putters.AddLast(putter);
                try
                {
                    await putter;
                }
                catch (System.Exception)
                {
                    putter.cancel();
                    _putters.Remove(putter);
                    if (!full() && !putter.cancelled()) WakeupNext(_putters);
                    throw;
                }
            }
            put_nowait(item);
            return null;
        }

        public void put_nowait(T item)
        {
            if (full()) throw new QueueFull();
            Put(item);
            _unfinishedTasks++;
            _finished.clear();
            WakeupNext(_getters);
        }

        async Coroutine<T> GetSlow()
        {
            while (empty())
            {
                var getter = new Future(GetLoop());
                _getters.AddLast(getter);
                try
                {
                    await getter;
                }
                catch (System.Exception)
                {
                    getter.cancel();
                    _getters.Remove(getter);
                    if (!empty() && !getter.cancelled()) WakeupNext(_getters);
                    throw;
                }
            }
            return get_nowait();
        }

        public T get_nowait()
        {
            if (empty()) throw new QueueEmpty();
            var item = Get();
            WakeupNext(_putters);
            return item;
        }

        public void task_done()
        {
            if (_unfinishedTasks <= 0) throw new ValueError("task_done() called too many times");
            _unfinishedTasks--;
            if (_unfinishedTasks == 0) _finished.set();
        }

        public async Coroutine join()
        {
            if (_unfinishedTasks > 0) await _finished.wait();
        }

        public override string __str__() => $"<{GetType().Name.Split('`')[0]} {Format()}>";
        // queues.Queue: repr adds the address (`<Queue at 0x... maxsize=0>`), str does not.
        public override string __repr__() => $"<{GetType().Name.Split('`')[0]} at {Py.FakeAddress(this)} {Format()}>";

        string Format()
        {
            var result = $"maxsize={_maxsize}";
            if (StoredCount > 0) result += " _queue=[" + string.Join(", ", Items.Select(i => Builtins.repr(i))) + "]";
            if (_getters.Count > 0) result += $" _getters[{_getters.Count}]";
            if (_putters.Count > 0) result += $" _putters[{_putters.Count}]";
            if (_unfinishedTasks > 0) result += $" tasks={_unfinishedTasks}";
            return result;
        }
    }

    public class LifoQueue<T> : Queue<T>
    {
        readonly List<T> _stack = new();
        public LifoQueue(long maxsize = 0) : base(maxsize) { }
        protected override int StoredCount => _stack.Count;
        protected override void Put(T item) => _stack.Add(item);
        protected override T Get()
        {
            var item = _stack[^1];
            _stack.RemoveAt(_stack.Count - 1);
            return item;
        }
        protected override IEnumerable<T> Items => _stack;
    }

    /// <summary>heapq order with Python comparison (a pluggable comparer; by default tuples are
    /// compared element by element, numbers and strings naturally).</summary>
    public class PriorityQueue<T> : Queue<T>
    {
        readonly PyList<T> _heap = new();
        readonly IComparer<T> _comparer;

        /// <summary>The heap itself, as CPython's <c>PriorityQueue._queue</c> (programs peek at it).</summary>
        public PyList<T> _queue => _heap;

        public PriorityQueue(long maxsize = 0, IComparer<T>? comparer = null) : base(maxsize) =>
            _comparer = comparer ?? PythonComparer<T>.Instance;

        protected override int StoredCount => _heap.Count;
        protected override void Put(T item) => HeapQ.Push(_heap, item, _comparer);
        protected override T Get() => HeapQ.Pop(_heap, _comparer);
        protected override IEnumerable<T> Items => _heap;
    }
}
