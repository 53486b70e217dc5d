using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Py2Cs.Runtime;

/// <summary>The parts of concurrent.futures that asyncio programs use.</summary>
[PyModule("concurrent.futures")]
public static partial class concurrent_futures
{
    /// <summary>concurrent.futures.Future: completed on a worker thread, waited on by blocking.</summary>
    public partial class Future : PyObject
    {
        readonly object _gate = new();
        bool _done, _cancelled, _running;
        object? _result;
        System.Exception? _exception;
        List<Action<Future>>? _callbacks = new();

        public bool done() { lock (_gate) return _done; }
        public bool cancelled() { lock (_gate) return _cancelled; }
        public bool running() { lock (_gate) return _running; }

        public bool cancel()
        {
            lock (_gate)
            {
                if (_running || _done) return _cancelled;
                _cancelled = _done = true;
                Monitor.PulseAll(_gate);
            }
            RunCallbacks();
            return true;
        }

        internal bool SetRunningOrNotifyCancel()
        {
            lock (_gate)
            {
                if (_cancelled) return false;
                _running = true;
                return true;
            }
        }

        internal void SetResult(object? result) => Finish(result, null);
        internal void SetException(System.Exception exception) => Finish(null, exception);

        public void set_result(object? result)
        {
            lock (_gate) if (_done) throw new asyncio.InvalidStateError($"{StateName()}: {__repr__()}");
            Finish(result, null);
        }

        public void set_exception(System.Exception exception)
        {
            lock (_gate) if (_done) throw new asyncio.InvalidStateError($"{StateName()}: {__repr__()}");
            Finish(null, exception);
        }

        public bool set_running_or_notify_cancel() => SetRunningOrNotifyCancel();

        string StateName() { lock (_gate) return _cancelled ? "CANCELLED" : _done ? "FINISHED" : _running ? "RUNNING" : "PENDING"; }

        public override string __repr__()
        {
            lock (_gate)
            {
                var head = $"<Future at {Py.FakeAddress(this)} state=";
                if (!_done) return head + (_running ? "running>" : "pending>");
                if (_cancelled) return head + "cancelled>";
                if (_exception != null) return head + $"finished raised {Builtins.type_name(_exception)}>";
                return head + $"finished returned {Builtins.type_name(_result)}>";
            }
        }

        void Finish(object? result, System.Exception? exception)
        {
            lock (_gate)
            {
                _result = result;
                _exception = exception;
                _done = true;
                _running = false;
                Monitor.PulseAll(_gate);
            }
            RunCallbacks();
        }

        void RunCallbacks()
        {
            List<Action<Future>>? callbacks;
            lock (_gate)
            {
                callbacks = _callbacks;
                _callbacks = null;
            }
            if (callbacks == null) return;
            foreach (var callback in callbacks) callback(this);
        }

        public void add_done_callback(Action<Future> fn)
        {
            lock (_gate)
            {
                if (_callbacks != null) { _callbacks.Add(fn); return; }
            }
            fn(this);
        }

        public object? result(double? timeout = null)
        {
            lock (_gate)
            {
                var deadline = timeout == null ? (DateTime?)null : DateTime.UtcNow.AddSeconds(timeout.Value);
                while (!_done)
                {
                    if (deadline == null) Monitor.Wait(_gate);
                    else if (!Monitor.Wait(_gate, Math.Max(0, (int)(deadline.Value - DateTime.UtcNow).TotalMilliseconds)) && !_done)
                        throw new TimeoutError();
                }
                if (_cancelled) throw new asyncio.CancelledError();
                if (_exception != null) ExceptionDispatchInfo.Capture(_exception).Throw();
                return _result;
            }
        }

        public System.Exception? exception(double? timeout = null)
        {
            try { result(timeout); return null; }
            catch (asyncio.CancelledError) { throw; }
            catch (System.Exception e) { return e; }
        }
    }

    /// <summary>ThreadPoolExecutor: threads named prefix_0, prefix_1, ... started on demand (an
    /// idle thread is reused first), at most max_workers (default min(32, cpu_count + 4)).</summary>
    public sealed class ThreadPoolExecutor : IDisposable
    {
        static int s_counter;
        readonly int _maxWorkers;
        readonly string _prefix;
        readonly BlockingCollection<(Future future, Func<object?> work)> _work = new();
        readonly List<Thread> _threads = new();
        readonly SemaphoreSlim _idle = new(0);
        bool _shutdown;

        public ThreadPoolExecutor(long? max_workers = null, string thread_name_prefix = "")
        {
            if (max_workers is <= 0) throw new ValueError("max_workers must be greater than 0");
            _maxWorkers = (int)(max_workers ?? Math.Min(32, Environment.ProcessorCount + 4));
            _prefix = thread_name_prefix.Length > 0 ? thread_name_prefix
                : "ThreadPoolExecutor-" + Interlocked.Increment(ref s_counter);
        }

        public Future submit(Func<object?> fn)
        {
            var future = new Future();
            lock (_threads)
            {
                if (_shutdown) throw new RuntimeError("cannot schedule new futures after shutdown");
                _work.Add((future, fn));
                AdjustThreadCount();
            }
            return future;
        }

        public Future submit(Action fn) => submit(() => { fn(); return null; });

        /// <summary>submit(fn, *args) for any Python callable.</summary>
        public Future submit(object fn, params object?[] args) => submit(() => Py.Call(fn, args));

        /// <summary>Executor.map: submits every call at once, yields results in order.</summary>
        public IEnumerable<object?> map(object fn, System.Collections.IEnumerable iterable, double? timeout = null)
        {
            var futures = iterable.Cast<object?>().Select(item => submit(() => Py.Call(fn, item))).ToList();
            return Results(futures, timeout);
        }

        static IEnumerable<object?> Results(List<Future> futures, double? timeout)
        {
            var deadline = timeout == null ? (DateTime?)null : DateTime.UtcNow.AddSeconds(timeout.Value);
            foreach (var future in futures)
                yield return future.result(deadline == null ? null : Math.Max(0, (deadline.Value - DateTime.UtcNow).TotalSeconds));
        }

        void AdjustThreadCount()
        {
            if (_idle.Wait(0)) return;
            if (_threads.Count >= _maxWorkers) return;
            var thread = new Thread(Worker) { IsBackground = true, Name = $"{_prefix}_{_threads.Count}" };
            _threads.Add(thread);
            thread.Start();
        }

        void Worker()
        {
            foreach (var (future, work) in _work.GetConsumingEnumerable())
            {
                if (future.SetRunningOrNotifyCancel())
                {
                    object? result = null;
                    System.Exception? error = null;
                    try { result = work(); }
                    catch (System.Exception e) { error = e; }
                    if (error != null) future.SetException(error); else future.SetResult(result);
                }
                _idle.Release();
            }
        }

        public void shutdown(bool wait = true)
        {
            List<Thread> threads;
            lock (_threads)
            {
                if (!_shutdown) { _shutdown = true; _work.CompleteAdding(); }
                threads = _threads.ToList();
            }
            if (wait)
                foreach (var thread in threads)
                    if (thread != Thread.CurrentThread) thread.Join();
        }

        public ThreadPoolExecutor __enter__() => this;
        public bool __exit__(object? exc_type, object? exc, object? tb)
        {
            shutdown(wait: true);
            return false;
        }
        public void Dispose() => shutdown(wait: true);
    }
}
