namespace Py2Cs.Runtime;

/// <summary>
/// The loop's `_ready` deque as a ring buffer of struct entries. Internal callbacks (task steps,
/// future done-callbacks) are stored as a static delegate plus two arguments, so they allocate
/// nothing; public call_soon stores its Handle. Only the loop thread touches it.
/// </summary>
internal sealed class ReadyQueue
{
    /// <summary>A callback and its two arguments; a Handle is stored as <see cref="RunHandle"/>
    /// with the handle in A (three references per entry: the queue can hold 100,000 of them).</summary>
    internal struct Entry
    {
        public Action<object?, object?> Callback;
        public object? A, B;

        internal static Entry ForHandle(asyncio.Handle handle) => new() { Callback = RunHandle, A = handle };

        internal readonly asyncio.Handle? Handle => Callback == RunHandle ? (asyncio.Handle)A! : null;
    }

    /// <summary>The marker callback of a Handle entry (the loop runs the handle itself).</summary>
    internal static readonly Action<object?, object?> RunHandle = static (handle, _) => ((asyncio.Handle)handle!).Run();

    Entry[] _items = new Entry[256];
    int _head, _count;

    internal int Count => _count;

    internal void Enqueue(in Entry entry)
    {
        if (_count == _items.Length) Grow();
        _items[(_head + _count) & (_items.Length - 1)] = entry;
        _count++;
    }

    internal Entry Dequeue()
    {
        ref var slot = ref _items[_head];
        var entry = slot;
        slot = default;
        _head = (_head + 1) & (_items.Length - 1);
        _count--;
        return entry;
    }

    internal void Clear()
    {
        Array.Clear(_items);
        _head = _count = 0;
    }

    void Grow()
    {
        var bigger = new Entry[_items.Length * 2];
        for (int i = 0; i < _count; i++) bigger[i] = _items[(_head + i) & (_items.Length - 1)];
        _items = bigger;
        _head = 0;
    }
}
