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

    // The hand-over is a monitor, not a BlockingCollection and a ManualResetEventSlim: those spin before
    // they block, and the parser thread waits for its next file for most of a conversion (the caller
    // binds and emits meanwhile), so their spinning showed up as a tenth of the CPU samples of a `convert`.
    sealed class Worker
    {
        readonly object _gate = new();
        Action? _next;

        public Worker()
        {
            var thread = new Thread(Serve, StackBytes) { Name = "py2cs parser", IsBackground = true };
            thread.Start();
        }

        void Serve()
        {
            while (true)
            {
                Action action;
                lock (_gate)
                {
                    while (_next is null) Monitor.Wait(_gate);
                    action = _next;
                    _next = null;
                }
                action();
            }
        }

        public T Run<T>(Func<T> work)
        {
            T? result = default;
            ExceptionDispatchInfo? failure = null;
            bool finished = false;
            lock (_gate)
            {
                _next = () =>
                {
                    try { result = work(); }
                    catch (Exception ex) { failure = ExceptionDispatchInfo.Capture(ex); }
                    finally
                    {
                        lock (_gate)
                        {
                            finished = true;
                            Monitor.PulseAll(_gate);
                        }
                    }
                };
                Monitor.PulseAll(_gate);
                while (!finished) Monitor.Wait(_gate);
            }
            failure?.Throw();
            return result!;
        }
    }
}
