using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Py2Cs.Syntax;

/// <summary>
/// Runs work on threads with a large stack, kept for the next file instead of made for each one.
/// Parsing and building the AST recurse once per nesting level, so they need such a stack; starting a
/// thread with one cost about 2 ms a file (a tenth of the parse of a small file), which a batch
/// conversion of hundreds of files paid every time. A caller waits for its work, so there are never
/// more threads than callers at once (one per <c>convert -j</c> worker).
/// </summary>
internal static class DeepStackThreads
{
    const int StackBytes = 256 * 1024 * 1024;

    static readonly ConcurrentBag<Worker> s_idle = [];

    /// <summary>Runs <paramref name="work"/> on a deep-stack thread and returns its result; an exception
    /// it throws is rethrown here with its original stack trace.</summary>
    public static T Run<T>(Func<T> work)
    {
        var worker = s_idle.TryTake(out var idle) ? idle : new Worker();
        try
        {
            return worker.Run(work);
        }
        finally
        {
            s_idle.Add(worker);
        }
    }

    sealed class Worker
    {
        readonly BlockingCollection<Action> _queue = [];

        public Worker()
        {
            var thread = new Thread(Serve, StackBytes) { Name = "py2cs parser", IsBackground = true };
            thread.Start();
        }

        void Serve()
        {
            foreach (var action in _queue.GetConsumingEnumerable()) action();
        }

        public T Run<T>(Func<T> work)
        {
            T? result = default;
            ExceptionDispatchInfo? failure = null;
            using var done = new ManualResetEventSlim();
            _queue.Add(() =>
            {
                try { result = work(); }
                catch (Exception ex) { failure = ExceptionDispatchInfo.Capture(ex); }
                finally { done.Set(); }
            });
            done.Wait();
            failure?.Throw();
            return result!;
        }
    }
}
