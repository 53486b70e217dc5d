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

    /// <summary>Entries per segment: 1,024 × 24 bytes stays under the large-object heap's 85,000-byte
    /// threshold. One growing array held W4's 100,000 first task steps in a 3 MB array after ten
    /// doublings (about 3 MB more of them garbage, all on the LOH, whose budget triggers full
    /// collections); a chain of small segments lives and dies in the young generations.</summary>
    const int SegmentSize = 1024;

    sealed class Segment
    {
        public readonly Entry[] Items = new Entry[SegmentSize];
        public Segment? Next;
    }

    Segment _head, _tail;
    /// <summary>The last segment emptied, kept for the next one the queue needs.</summary>
    Segment? _spare;
    int _headIndex, _tailIndex, _count;

    internal ReadyQueue() => _head = _tail = new Segment();

    internal int Count => _count;

    internal void Enqueue(in Entry entry)
    {
        if (_tailIndex == SegmentSize) AddSegment();
        _tail.Items[_tailIndex++] = entry;
        _count++;
    }

    internal Entry Dequeue()
    {
        ref var slot = ref _head.Items[_headIndex];
        var entry = slot;
        slot = default;
        _headIndex++;
        _count--;
        if (_count == 0) _headIndex = _tailIndex = 0;     // empty: the head is the tail; start it over
        else if (_headIndex == SegmentSize) DropHeadSegment();
        return entry;
    }

    internal void Clear()
    {
        _head = _tail = new Segment();
        _spare = null;
        _headIndex = _tailIndex = _count = 0;
    }

    void AddSegment()
    {
        var segment = _spare ?? new Segment();
        _spare = null;
        _tail.Next = segment;
        _tail = segment;
        _tailIndex = 0;
    }

    void DropHeadSegment()
    {
        var emptied = _head;
        _head = emptied.Next!;
        emptied.Next = null;
        _spare = emptied;
        _headIndex = 0;
    }
}
