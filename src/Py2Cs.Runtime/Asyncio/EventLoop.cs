using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Py2Cs.Runtime;

public static partial class asyncio
{
    /// <summary>
    /// The event loop: a port of CPython 3.11 BaseEventLoop._run_once. A FIFO ready queue where only
    /// the callbacks present when a batch starts run in that batch; a heapq of timers ordered by
    /// deadline only; due timers (when &lt; now + resolution) join the ready queue after the "select";
    /// call_soon_threadsafe wakes a blocked select. All callbacks run on the loop's thread.
    /// </summary>
    public partial class AbstractEventLoop : PyObject
    {
        const int MinScheduledTimerHandles = 100;
        const double MinCancelledTimerHandlesFraction = 0.5;
        const double MaximumSelectTimeout = 24 * 3600;

        [ThreadStatic] static AbstractEventLoop? t_running;

        readonly ReadyQueue _ready = new();
        readonly List<TimerHandle> _scheduled = new();
        int _timerCancelledCount;
        bool _stopping, _closed;
        int _threadId = -1;

        // Items posted from other threads wait here until the loop thread moves them to _ready,
        // right after its select returns: the same position a CPython deque append would have
        // if the thread had appended just before select woke up.
        readonly object _inboxLock = new();
        List<ReadyQueue.Entry> _inbox = new(), _inboxSpare = new();
        volatile bool _inboxHasItems;
        readonly ManualResetEventSlim _selfPipe = new(false);

        internal Task? _currentTask;
        internal readonly TaskRegistry _tasks = new();
        /// <summary>Futures and tasks that finished with an exception: reported at the end of
        /// asyncio.run if nobody retrieved it (CPython reports from __del__; see TaskLogging).</summary>
        internal readonly List<Future> _failedFutures = new();
        internal concurrent_futures.ThreadPoolExecutor? _defaultExecutor;
        internal readonly List<AsyncGeneratorBase> _asyncgens = new();

        public readonly double _clock_resolution = 1.0 / Stopwatch.Frequency;

        internal AbstractEventLoop()
        {
            // BaseSelectorEventLoop.__init__ logs its selector on the `asyncio` logger: a program that set DEBUG prints it.
            if (LoggingInUse.Value) logging.getLogger("asyncio").debug("Using selector: %s", SelectorName);
        }

        static string SelectorName => OperatingSystem.IsLinux() ? "EpollSelector" : OperatingSystem.IsWindows() ? "SelectSelector" : "KqueueSelector";

        internal static AbstractEventLoop? RunningOrNull => t_running;

        internal static AbstractEventLoop Running =>
            t_running ?? throw new RuntimeError("no running event loop");

        public double time() => Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency;

        public bool is_running() => _threadId != -1;
        public bool is_closed() => _closed;
        public bool get_debug() => false;

        // ---- scheduling ---------------------------------------------------------------------
        public Handle call_soon(Action callback) => CallSoonHandle(new Handle(this, Handle.InvokeAction, callback, callback));
        public Handle call_soon<T1>(Action<T1> callback, T1 arg1) =>
            CallSoonHandle(new Handle(this, Handle.InvokeAction, (Action)(() => callback(arg1)), callback));
        public Handle call_soon<T1, T2>(Action<T1, T2> callback, T1 arg1, T2 arg2) =>
            CallSoonHandle(new Handle(this, Handle.InvokeAction, (Action)(() => callback(arg1, arg2)), callback));

        public Handle call_soon<T1, T2, T3>(Action<T1, T2, T3> callback, T1 arg1, T2 arg2, T3 arg3) =>
            CallSoonHandle(new Handle(this, Handle.InvokeAction, (Action)(() => callback(arg1, arg2, arg3)), callback));

        Handle CallSoonHandle(Handle handle)
        {
            CheckClosed();
            _ready.Enqueue(ReadyQueue.Entry.ForHandle(handle));
            return handle;
        }

        /// <summary>call_soon for runtime-internal callbacks: no Handle, no closure.</summary>
        internal void CallSoonInternal(Action<object?, object?> callback, object? a, object? b)
        {
            CheckClosed();
            _ready.Enqueue(new ReadyQueue.Entry { Callback = callback, A = a, B = b });
        }

        public Handle call_soon_threadsafe(Action callback)
        {
            CheckClosed();
            var handle = new Handle(this, Handle.InvokeAction, callback, callback);
            PostFromAnyThread(ReadyQueue.Entry.ForHandle(handle));
            return handle;
        }
        public Handle call_soon_threadsafe<T1>(Action<T1> callback, T1 arg1)
        {
            CheckClosed();
            var handle = new Handle(this, Handle.InvokeAction, (Action)(() => callback(arg1)), callback);
            PostFromAnyThread(ReadyQueue.Entry.ForHandle(handle));
            return handle;
        }

        public Handle call_soon_threadsafe<T1, T2>(Action<T1, T2> callback, T1 arg1, T2 arg2)
        {
            CheckClosed();
            var handle = new Handle(this, Handle.InvokeAction, (Action)(() => callback(arg1, arg2)), callback);
            PostFromAnyThread(ReadyQueue.Entry.ForHandle(handle));
            return handle;
        }

        internal void CallSoonThreadsafeInternal(Action<object?, object?> callback, object? a, object? b) =>
            PostFromAnyThread(new ReadyQueue.Entry { Callback = callback, A = a, B = b });

        void PostFromAnyThread(in ReadyQueue.Entry entry)
        {
            lock (_inboxLock)
            {
                _inbox.Add(entry);
                _inboxHasItems = true;
            }
            _selfPipe.Set();        // _write_to_self()
            _selector?.Wake();      // a loop waiting on sockets waits on the self-pipe socket too
        }

        public TimerHandle call_later(double delay, Action callback) =>
            call_at(time() + delay, callback);
        public TimerHandle call_later<T1>(double delay, Action<T1> callback, T1 arg1) =>
            call_at(time() + delay, callback, arg1);
        public TimerHandle call_later<T1, T2>(double delay, Action<T1, T2> callback, T1 arg1, T2 arg2) =>
            call_at(time() + delay, callback, arg1, arg2);
        public TimerHandle call_later<T1, T2, T3>(double delay, Action<T1, T2, T3> callback, T1 arg1, T2 arg2, T3 arg3) =>
            call_at(time() + delay, callback, arg1, arg2, arg3);
        public TimerHandle call_at<T1, T2>(double when, Action<T1, T2> callback, T1 arg1, T2 arg2) =>
            Schedule(new TimerHandle(this, when, Handle.InvokeAction, (Action)(() => callback(arg1, arg2)), callback));
        public TimerHandle call_at<T1, T2, T3>(double when, Action<T1, T2, T3> callback, T1 arg1, T2 arg2, T3 arg3) =>
            Schedule(new TimerHandle(this, when, Handle.InvokeAction, (Action)(() => callback(arg1, arg2, arg3)), callback));
        public TimerHandle call_at(double when, Action callback) =>
            Schedule(new TimerHandle(this, when, Handle.InvokeAction, callback, callback));
        public TimerHandle call_at<T1>(double when, Action<T1> callback, T1 arg1) =>
            Schedule(new TimerHandle(this, when, Handle.InvokeAction, (Action)(() => callback(arg1)), callback));

        internal TimerHandle Schedule(TimerHandle timer)
        {
            CheckClosed();
            TimerHeap.Push(_scheduled, timer);
            timer._scheduled = true;
            return timer;
        }

        internal void TimerHandleCancelled(TimerHandle handle)
        {
            if (handle._scheduled) _timerCancelledCount++;
        }

        void CheckClosed()
        {
            if (_closed) throw new RuntimeError("Event loop is closed");
        }

        // ---- futures and tasks ------------------------------------------------------------------
        public Future create_future() => new(this);

        /// <summary>For `fut: asyncio.Future[int] = loop.create_future()`.</summary>
        public Future<T> create_future<T>() => new(this);

        /// <summary>The task's steps run in <paramref name="context"/> when given, else in a copy of the current context.</summary>
        public Task<T> create_task<T>(Coroutine<T> coro, string? name = null, contextvars.Context? context = null) => new(this, coro, name, context);

        // ---- running ----------------------------------------------------------------------------
        public void run_forever()
        {
            CheckClosed();
            if (is_running()) throw new RuntimeError("This event loop is already running");
            if (t_running != null)
                throw new RuntimeError("Cannot run the event loop while another loop is running");
            var previousContext = SynchronizationContext.Current;
            _threadId = Environment.CurrentManagedThreadId;
            t_running = this;
            SynchronizationContext.SetSynchronizationContext(new LoopSynchronizationContext(this));
            try
            {
                while (true)
                {
                    RunOnce();
                    if (_stopping) break;
                }
            }
            finally
            {
                _stopping = false;
                _threadId = -1;
                t_running = null;
                SynchronizationContext.SetSynchronizationContext(previousContext);
            }
        }

        public void stop() => _stopping = true;

        static readonly Action<Future> s_stopOnDone = static f => f._loop.stop();

        /// <summary>Runs until the future is done and returns its result (raises its exception).</summary>
        public object? run_until_complete(Future future)
        {
            CheckClosed();
            future.AddCallback(s_stopOnDone);
            try { run_forever(); }
            finally { future.RemoveCallback(s_stopOnDone); }
            if (!future.done()) throw new RuntimeError("Event loop stopped before Future completed.");
            return future.result();
        }

        /// <summary>Wraps the coroutine in a Task (which takes a Task-N name) and runs it.</summary>
        public T run_until_complete<T>(Coroutine<T> coro) => (T)run_until_complete((Future)create_task(coro))!;

        public void close()
        {
            if (is_running()) throw new RuntimeError("Cannot close a running event loop");
            if (_closed) return;
            // CPython logs this from Task.__del__ when a task of a closed loop is collected
            // (asyncio.run cancels its leftovers first, so it never happens there).
            foreach (var task in _tasks.Snapshot())
                ExceptionLog.Write("Task was destroyed but it is pending!", "task: " + task.__repr__(), null);
            RemoveSignalHandlers();
            _closed = true;
            _ready.Clear();
            _scheduled.Clear();
            lock (_inboxLock) _inbox.Clear();
            _defaultExecutor?.shutdown(wait: false);
            _defaultExecutor = null;
            _selector?.Dispose();
            _selector = null;
        }

        // The loop's hot paths are compiled fully optimized at once: quick (tier-0) JIT plus
        // on-stack replacement costs a short asyncio program a large part of its run time.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        void RunOnce()
        {
            PurgeCancelledTimers();

            double timeout = -1;                       // block
            if (_ready.Count > 0 || _stopping || _inboxHasItems) timeout = 0;
            else if (_scheduled.Count > 0)
                timeout = Math.Min(Math.Max(0, _scheduled[0]._when - time()), MaximumSelectTimeout);

            Select(timeout);
            DrainInbox();
            _selector?.ProcessEvents(_ready);

            double endTime = time() + _clock_resolution;
            while (_scheduled.Count > 0)
            {
                var timer = _scheduled[0];
                if (timer._when >= endTime) break;
                TimerHeap.Pop(_scheduled);
                timer._scheduled = false;
                _ready.Enqueue(ReadyQueue.Entry.ForHandle(timer));
            }

            // Only what is ready now runs in this batch; what the callbacks schedule runs next time.
            int ntodo = _ready.Count;
            for (int i = 0; i < ntodo; i++)
            {
                var entry = _ready.Dequeue();
                if (entry.Handle is { } handle)
                {
                    if (!handle._cancelled) handle.Run();
                    continue;
                }
                try { entry.Callback(entry.A, entry.B); }
                catch (System.Exception e) when (e is not (SystemExit or KeyboardInterrupt))
                {
                    ReportError("Exception in callback " + StateMachineNames.DelegateName(entry.Callback) + "()", null, e);
                }
            }
        }

        void PurgeCancelledTimers()
        {
            int count = _scheduled.Count;
            if (count > MinScheduledTimerHandles &&
                (double)_timerCancelledCount / count > MinCancelledTimerHandlesFraction)
            {
                var kept = new List<TimerHandle>(count);
                foreach (var timer in _scheduled)
                {
                    if (timer._cancelled) timer._scheduled = false;
                    else kept.Add(timer);
                }
                TimerHeap.Heapify(kept);
                _scheduled.Clear();
                _scheduled.AddRange(kept);
                _timerCancelledCount = 0;
                return;
            }
            while (_scheduled.Count > 0 && _scheduled[0]._cancelled)
            {
                _timerCancelledCount--;
                TimerHeap.Pop(_scheduled)._scheduled = false;
            }
        }

        void Select(double timeout)
        {
            if (_selector is { Count: > 0 } selector)
            {
                selector.Poll(timeout);
                _selfPipe.Reset();
                return;
            }
            if (timeout == 0) { _selfPipe.Reset(); return; }
            if (timeout < 0) _selfPipe.Wait();
            // epoll_wait has 1 ms resolution and CPython's selector rounds the timeout up to a
            // whole millisecond, so timers a few microseconds apart become due in the same batch.
            else _selfPipe.Wait((int)Math.Min(int.MaxValue, Math.Ceiling(timeout * 1e3)));
            _selfPipe.Reset();
        }

        void DrainInbox()
        {
            if (!_inboxHasItems) return;
            List<ReadyQueue.Entry> items;
            lock (_inboxLock)
            {
                items = _inbox;
                _inbox = _inboxSpare;
                _inboxSpare = items;
                _inboxHasItems = false;
            }
            foreach (var entry in items) _ready.Enqueue(entry);
            items.Clear();
        }

        internal void ReportCallbackException(Handle handle, System.Exception e) =>
            ReportError("Exception in callback " + handle.CallbackSource, "handle: " + handle.__repr__(), e, "handle", handle);

        public override string __repr__() =>
            $"<_UnixSelectorEventLoop running={(is_running() ? "True" : "False")} closed={(_closed ? "True" : "False")} debug=False>";
    }

    /// <summary>Posts continuations of ordinary .NET async code back onto the loop thread, so
    /// awaiting .NET tasks never runs translated code on a pool thread.</summary>
    sealed class LoopSynchronizationContext(AbstractEventLoop loop) : SynchronizationContext
    {
        static readonly Action<object?, object?> s_invoke = static (d, s) => ((SendOrPostCallback)d!)(s);
        public override void Post(SendOrPostCallback d, object? state) => loop.CallSoonThreadsafeInternal(s_invoke, d, state);
        public override SynchronizationContext CreateCopy() => this;
    }
}
