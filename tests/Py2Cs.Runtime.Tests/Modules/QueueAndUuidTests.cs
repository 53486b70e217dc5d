using Py2Cs.Runtime;
using B = Py2Cs.Runtime.Builtins;

namespace Py2Cs.Runtime.Tests.Modules;

/// <summary>queue and uuid against CPython 3.11: the expected text is what python3 printed for the same calls.</summary>
public class QueueAndUuidTests
{
    [Fact]
    public void QueuesAndUuidsMatchCPython() => PrintedLines.Check("""
        [True, 2, 1, 2, True]
        Empty
        Full
        [1, 1, 2, 3, 4, 5, 9]
        [2, 1, 0]
        ValueError: task_done() called too many times
        ['6639460f-3425-5329-8097-a58f06127860', "UUID('9073926b-929f-31c2-abc9-fad77ae3e8eb')", 5, 'specified in RFC 4122']
        ['12345678123456781234567812345678', 24197857161011715162171839636988778104, 'urn:uuid:12345678-1234-5678-1234-567812345678', None, True, True, True]
        [4, 32, '6ba7b814-9dad-11d1-80b4-00c04fd430c8']
        ValueError: badly formed hexadecimal UUID string
        """,
        () =>
        {
            var q = new queue.Queue(2);
            q.put(1L);
            q.put(2L);
            return new PyList<object?> { q.full(), q.qsize(), q.get(), q.get_nowait(), q.empty() };
        },
        () =>
        {
            try { new queue.Queue().get(block: false); return "not raised"; }
            catch (queue.Empty) { return "Empty"; }
        },
        () =>
        {
            var q = new queue.Queue(2);
            q.put("a");
            q.put("b");
            try { q.put("c", timeout: 0.01); return "not raised"; }
            catch (queue.Full) { return "Full"; }
        },
        () =>
        {
            var pq = new queue.PriorityQueue();
            foreach (long x in new long[] { 5, 1, 4, 1, 3, 9, 2 }) pq.put(x);
            return new PyList<object?>(Enumerable.Range(0, 7).Select(_ => pq.get()));
        },
        () =>
        {
            var lq = new queue.LifoQueue();
            for (long x = 0; x < 3; x++) lq.put(x);
            return new PyList<object?> { lq.get(), lq.get(), lq.get() };
        },
        () =>
        {
            var t = new queue.Queue();
            t.put(1L);
            t.get();
            t.task_done();
            t.task_done();
            return null;
        },
        () =>
        {
            var a = uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/a");
            return new PyList<object?> { B.str(a), B.repr(uuid.uuid3(uuid.NAMESPACE_DNS, "example.com")), a.version, a.variant };
        },
        () =>
        {
            var c = new uuid.UUID("urn:uuid:12345678-1234-5678-1234-567812345678");
            var a = uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/a");
            return new PyList<object?> { c.hex, c.@int, c.urn, c.version, Py.Eq(new uuid.UUID(@int: c.@int), c), Py.Eq(new uuid.UUID(bytes: c.bytes), c), Py.Lt(c, a) };
        },
        () => new PyList<object?> { uuid.uuid4().version, (long)uuid.uuid4().hex.Length, B.str(uuid.NAMESPACE_X500) },
        () => new uuid.UUID("12345"));
}
