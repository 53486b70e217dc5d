namespace Py2Cs.Runtime;

public static partial class concurrent_futures
{
    public const string FIRST_COMPLETED = "FIRST_COMPLETED";
    public const string FIRST_EXCEPTION = "FIRST_EXCEPTION";
    public const string ALL_COMPLETED = "ALL_COMPLETED";

    /// <summary>concurrent.futures.wait: blocks until the condition holds or the timeout passes;
    /// returns (done, not_done).</summary>
    public static (PySet<Future> done, PySet<Future> not_done) wait(IEnumerable<Future> fs, double? timeout = null, string return_when = ALL_COMPLETED)
    {
        var all = fs.Distinct().ToList();
        using var signal = new SemaphoreSlim(0);
        foreach (var f in all) f.add_done_callback(_ => signal.Release());
        var deadline = timeout == null ? (DateTime?)null : DateTime.UtcNow.AddSeconds(timeout.Value);
        while (true)
        {
            var done = all.Where(f => f.done()).ToList();
            bool satisfied = return_when switch
            {
                FIRST_COMPLETED => done.Count > 0,
                FIRST_EXCEPTION => done.Any(f => !f.cancelled() && f.exception() != null) || done.Count == all.Count,
                _ => done.Count == all.Count,
            };
            if (satisfied) break;
            if (deadline == null) signal.Wait();
            else
            {
                var left = deadline.Value - DateTime.UtcNow;
                if (left <= TimeSpan.Zero || !signal.Wait(left)) break;
            }
        }
        var doneSet = new PySet<Future>();
        var notDone = new PySet<Future>();
        foreach (var f in all) (f.done() ? doneSet : notDone).add(f);
        return (doneSet, notDone);
    }

    /// <summary>concurrent.futures.as_completed: the finished futures first, then each as it
    /// finishes; TimeoutError('N (of M) futures unfinished') when the timeout passes.</summary>
    public static IEnumerable<Future> as_completed(IEnumerable<Future> fs, double? timeout = null)
    {
        var all = fs.Distinct().ToList();
        var deadline = timeout == null ? (DateTime?)null : DateTime.UtcNow.AddSeconds(timeout.Value);
        var finished = new System.Collections.Concurrent.BlockingCollection<Future>();
        var pending = new HashSet<Future>(ReferenceEqualityComparer.Instance);
        foreach (var f in all)
        {
            if (f.done()) yield return f;
            else pending.Add(f);
        }
        foreach (var f in pending.ToList()) f.add_done_callback(done => finished.Add(done));
        while (pending.Count > 0)
        {
            Future? next;
            if (deadline == null) next = finished.Take();
            else
            {
                var left = deadline.Value - DateTime.UtcNow;
                if (left < TimeSpan.Zero || !finished.TryTake(out next, left))
                    throw new TimeoutError($"{pending.Count} (of {all.Count}) futures unfinished");
            }
            if (pending.Remove(next)) yield return next;
        }
    }
}
