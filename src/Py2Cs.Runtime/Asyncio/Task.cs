namespace Py2Cs.Runtime;

public static partial class asyncio
{
    /// <summary>
    /// asyncio.Task, ported from tasks.py (3.11.7): __step / __wakeup, _must_cancel, _fut_waiter,
    /// cancel(msg), cancelling()/uncancel(), and the global Task-N counter.
    /// </summary>
    public class Task : Future
    {
        static long s_taskCounter;                    // itertools.count(1), shared by every loop

        internal readonly CoroutineBase _coro;
        CoroutineBase? _innermost;                   // the leaf of the `await coro` chain
        Future? _futWaiter;
        bool _mustCancel;
        int _numCancelsRequested;
        readonly long _number;                        // the N of Task-N, formatted lazily
        string? _name;
        internal Task? _prevTask, _nextTask;       // the loop's TaskRegistry
        RuntimeError? _startError;
        /// <summary>The Context every step runs in (contextvars.copy_context() at creation). Null while the program
        /// has no ContextVar: a copy made then would have been empty, so it is made empty when the first one appears.</summary>
        contextvars.Context? _context;
        /// <summary>Set by forget(): the program holds no reference, so an unretrieved exception is
        /// reported right after the final step, where CPython's refcounting reports it.</summary>
        internal bool _unreferenced;
        /// <summary>gather's duplicate check (see Gather.AllDistinct); only tasks carry it, so
        /// that plain futures (lock waiters, sleep futures) stay small.</summary>
        internal long _gatherStamp;

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        internal Task(AbstractEventLoop loop, CoroutineBase coro, string? name, contextvars.Context? context = null) : base(loop)
        {
            _context = context ?? contextvars.CaptureIfInUse();
            // CPython creates the task anyway; its first step fails (coro.send raises).
            if (coro._state != CoroutineBase.CoroutineState.Created || coro._closed)
                _startError = new RuntimeError("cannot reuse already awaited coroutine");
            _coro = coro._isSharedInstance ? coro.FreshCopy() : coro;
            _number = Interlocked.Increment(ref s_taskCounter);
            _name = name;
            loop.CallSoonInternal(s_step, this, null);
            loop._tasks.Add(this);
        }

        /// <summary>Test hook: the next task gets the name Task-(value+1).</summary>
        internal static long TaskCounter
        {
            get => Interlocked.Read(ref s_taskCounter);
            set => Interlocked.Exchange(ref s_taskCounter, value);
        }

        static readonly Action<object?, object?> s_step = static (task, exc) => ((Task)task!).Step((System.Exception?)exc);
        internal static readonly Action<object?, object?> s_wakeup = static (task, future) => ((Task)task!).Wakeup((Future)future!);

        public string get_name() => _name ??= "Task-" + _number;
        public void set_name(object? value) => _name = Builtins.str(value);
        public CoroutineBase get_coro() => _coro;

        public int cancelling() => _numCancelsRequested;

        public int uncancel()
        {
            if (_numCancelsRequested > 0) _numCancelsRequested--;
            return _numCancelsRequested;
        }

        /// <summary>Marks a fire-and-forget task (the emitter calls this for an expression
        /// statement <c>asyncio.create_task(...)</c>).</summary>
        public void forget() => _unreferenced = true;

        public override bool cancel(string? msg = null)
        {
            _logTraceback = false;
            if (done()) return false;
            _numCancelsRequested++;
            if (_futWaiter != null && _futWaiter.cancel(msg)) return true;
            _mustCancel = true;
            _cancelMessage = msg;
            return true;
        }

        public override void set_result(object? result) =>
            throw new RuntimeError("Task does not support set_result operation");

        public override void set_exception(System.Exception exception) =>
            throw new RuntimeError("Task does not support set_exception operation");

        // __wakeup: what future.result() would raise, without throwing and catching it.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        void Wakeup(Future future)
        {
            System.Exception? error;
            switch (future._state)
            {
                case FutureState.Cancelled:
                    error = future.MakeCancelledError();
                    break;
                case FutureState.Finished:
                    future._logTraceback = false;
                    error = future._exception;
                    break;
                default:
                    error = new InvalidStateError("Result is not set.");
                    break;
            }
            Step(error);
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        void Step(System.Exception? exc)
        {
            if (done()) throw new InvalidStateError($"_step(): already done: {__repr__()}, {Builtins.repr(exc)}");
            if (_mustCancel)
            {
                if (exc is not CancelledError) exc = MakeCancelledError();
                _mustCancel = false;
            }
            _futWaiter = null;
            if (_loop._currentTask != null)
                throw new RuntimeError($"Cannot enter into task {__repr__()} while another task {_loop._currentTask.__repr__()} is being executed.");
            _loop._currentTask = this;
            if (_context == null && contextvars.InUse) _context = new contextvars.Context();
            var context = _context;
            var outerContext = context == null ? null : contextvars.Enter(context);
            try { Drive(exc); }
            finally
            {
                _loop._currentTask = null;
                if (context != null) contextvars.Exit(context, outerContext);
                else if (contextvars.InUse) _context = contextvars.TakeFirstValues();
            }
        }

        // coro.send(None) / coro.throw(exc), with `yield from` delegation down the await chain.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        void Drive(System.Exception? toThrow)
        {
            if (_startError != null)
            {
                _loop._tasks.Remove(this);
                SetExceptionCore(_startError);
                _startError = null;
                return;
            }
            var coro = _innermost ?? _coro;
            while (true)
            {
                coro.Resume(toThrow);
                toThrow = null;
                if (coro.IsDone)
                {
                    var parent = coro._parent;
                    if (parent == null)
                    {
                        _innermost = null;
                        Finish(coro);
                        return;
                    }
                    // The parent resumes; its GetResult() on the child returns the value or raises.
                    coro._parent = null;
                    _innermost = parent == _coro ? null : parent;
                    coro = parent;
                    continue;
                }
                var awaited = coro._yielded;
                coro._yielded = null;
                switch (awaited)
                {
                    case CoroutineBase inner:
                        if (inner == SleepZero)
                        {   // a bare yield; the awaiting coroutine resumes at the next step
                            _loop.CallSoonInternal(s_step, this, null);
                            return;
                        }
                        if (inner._state != CoroutineBase.CoroutineState.Created || inner._closed)
                        {
                            toThrow = new RuntimeError("cannot reuse already awaited coroutine");
                            continue;
                        }
                        if (inner._yieldsOnce)
                        {   // sleep(0): its bare yield happens now and it returns on the next
                            // step, so finish it here and let the awaiting coroutine resume then.
                            inner._state = CoroutineBase.CoroutineState.Done;
                            _loop.CallSoonInternal(s_step, this, null);
                            return;
                        }
                        inner._parent = coro;
                        _innermost = inner;
                        coro = inner;
                        continue;
                    case YieldAwaitable:
                        _loop.CallSoonInternal(s_step, this, null);
                        return;
                    case Future future:
                        WaitOn(future);
                        return;
                    case GeneratorStep step:
                        coro = EnterGenerator(coro, step, out toThrow);
                        continue;
                    case AsyncYieldPoint point:
                        coro = LeaveGenerator(coro, point);
                        continue;
                    default:
                        throw new InvalidOperationException("internal error: coroutine suspended without awaiting anything");
                }
            }
        }

        // `await agen.__anext__()`: resume the generator body inline, below the awaiting coroutine.
        CoroutineBase EnterGenerator(CoroutineBase awaiting, GeneratorStep step, out System.Exception? toThrow)
        {
            var generator = step._generator;
            if (generator._running)
            {
                toThrow = new RuntimeError($"{step.Operation}(): asynchronous generator is already running");
                return awaiting;
            }
            if (generator._finished || generator._body.IsDone)
            {   // the step's GetResult raises StopAsyncIteration
                generator._finished = true;
                toThrow = null;
                return awaiting;
            }
            generator.RegisterWithLoop();
            generator._running = true;
            generator._currentStep = step;
            generator._sentValue = step._send;
            var body = generator._body;
            body._parent = awaiting;
            _innermost = body;
            toThrow = step._throw;
            return body;
        }

        // `await y.Yield(v)` in the body: the body stays suspended; the step's awaiter gets v.
        CoroutineBase LeaveGenerator(CoroutineBase body, AsyncYieldPoint point)
        {
            var generator = point.Generator;
            if (generator._currentStep == null || generator._body != body || body._parent == null)
                throw new RuntimeError("yield outside of its async generator body");
            generator.TakeYieldedValue(generator._currentStep);
            var awaiting = body._parent;
            body._parent = null;
            _innermost = awaiting == _coro ? null : awaiting;
            return awaiting;
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        void WaitOn(Future future)
        {
            if (future._loop != _loop)
            {
                _loop.CallSoonInternal(s_step, this,
                    new RuntimeError($"Task {__repr__()} got Future {future.__repr__()} attached to a different loop"));
                return;
            }
            if (future == this)
            {
                _loop.CallSoonInternal(s_step, this, new RuntimeError($"Task cannot await on itself: {__repr__()}"));
                return;
            }
            future.AddWakeup(this);
            _futWaiter = future;
            if (_mustCancel && future.cancel(_cancelMessage)) _mustCancel = false;
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        void Finish(CoroutineBase coro)
        {
            _loop._tasks.Remove(this);
            var error = coro._error;
            if (error == null)
            {
                if (_mustCancel)
                {
                    _mustCancel = false;
                    CancelFuture(_cancelMessage);
                }
                else SetResultCore(coro.ResultObject);
                return;
            }
            if (error is CancelledError cancelled)
            {
                _cancelledExc = cancelled;
                CancelFuture(null);
                return;
            }
            bool hadCallbacks = HasCallbacks;
            SetExceptionCore(error);
            TaskLogging.TaskFailed(this, hadCallbacks);
            if (error is SystemExit or KeyboardInterrupt)
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error).Throw();
        }

        internal override string PythonClassName => "Task";


        /// <summary>tasks._task_repr_info: state (or "cancelling"), name, coro, wait_for, then the
        /// future's result/exception or callbacks.</summary>
        public override string __repr__()
        {
            var state = _state switch
            {
                FutureState.Pending => _numCancelsRequested > 0 ? "cancelling" : "pending",
                FutureState.Cancelled => "cancelled",
                _ => "finished",
            };
            var coroText = $" coro=<{_coro.ReprForTask(done())}>";
            var waitFor = _futWaiter != null ? " wait_for=" + _futWaiter.__repr__() : "";
            return $"<Task {state} name={Builtins.repr(get_name())}{coroText}{waitFor}{ReprDetail()}>";
        }
    }

    /// <summary>A task whose coroutine returns T.</summary>
    public sealed class Task<T> : Task
    {
        internal Task(AbstractEventLoop loop, Coroutine<T> coro, string? name, contextvars.Context? context = null)
            : base(loop, coro, name, context) { }

        public new T result() => (T)base.result()!;
        public new Task<T> GetAwaiter() => this;
        public new T GetResult()
        {
            PendingThrow.ThrowIfAny();
            return result();
        }
        public new Coroutine<T> get_coro() => (Coroutine<T>)_coro;
    }
}
