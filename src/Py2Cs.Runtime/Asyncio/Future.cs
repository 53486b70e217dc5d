using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace Py2Cs.Runtime;

public static partial class asyncio
{
    /// <summary>
    /// asyncio.Future, ported from futures.py: callbacks always go through call_soon, in
    /// registration order; awaiting a future that is already done does not suspend.
    /// </summary>
    public class Future : PyObject, INotifyCompletion, IPyHashable
    {
        internal enum FutureState : byte { Pending, Cancelled, Finished }

        // CPython hashes futures by address, so a set of tasks iterates in roughly allocation
        // order; hashing by creation order gives that order deterministically (and cheaply).
        static long s_hashCounter;
        readonly long _hash = Interlocked.Increment(ref s_hashCounter);
        long IPyHashable.PythonHash() => _hash;
        public override int GetHashCode() => (int)_hash;
        public override bool Equals(object? obj) => ReferenceEquals(this, obj);

        internal FutureState _state;
        internal object? _result;
        internal System.Exception? _exception;
        internal string? _cancelMessage;
        internal CancelledError? _cancelledExc;
        // One callback is stored inline (the common case: the task awaiting this future).
        object? _callbacks;             // null | one entry | List<object> of entries
        internal bool _logTraceback;
        internal readonly AbstractEventLoop _loop;

        /// <summary><c>asyncio.Future()</c>: binds to the running loop, else the policy's loop.</summary>
        public Future() : this(EventLoopPolicy.GetEventLoopForFuture()) { }

        internal Future(AbstractEventLoop loop) { _loop = loop; }

        public AbstractEventLoop get_loop() => _loop;

        public bool done() => _state != FutureState.Pending;
        public bool cancelled() => _state == FutureState.Cancelled;

        internal CancelledError MakeCancelledError()
        {
            if (_cancelledExc != null)
            {
                var saved = _cancelledExc;
                _cancelledExc = null;
                return saved;
            }
            return _cancelMessage == null ? new CancelledError() : new CancelledError(_cancelMessage);
        }

        public virtual bool cancel(string? msg = null) => CancelFuture(msg);

        /// <summary>Future.cancel itself ("super().cancel()" in Task).</summary>
        internal bool CancelFuture(string? msg)
        {
            _logTraceback = false;
            if (_state != FutureState.Pending) return false;
            _state = FutureState.Cancelled;
            _cancelMessage = msg;
            ScheduleCallbacks();
            return true;
        }

        public virtual void set_result(object? result) => SetResultCore(result);

        public virtual void set_exception(System.Exception exception) => SetExceptionCore(exception);

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        internal void SetResultCore(object? result)
        {
            if (_state != FutureState.Pending) throw new InvalidStateError("invalid state");
            _result = result;
            _state = FutureState.Finished;
            ScheduleCallbacks();
        }

        internal void SetExceptionCore(System.Exception exception)
        {
            if (_state != FutureState.Pending) throw new InvalidStateError("invalid state");
            if (exception is StopIteration)
                throw new TypeError("StopIteration interacts badly with generators and cannot be raised into a Future");
            _exception = exception;
            _state = FutureState.Finished;
            ScheduleCallbacks();
            _logTraceback = true;
            _loop._failedFutures.Add(this);
        }

        internal string StateName => _state switch
        {
            FutureState.Pending => "PENDING",
            FutureState.Cancelled => "CANCELLED",
            _ => "FINISHED",
        };

        public object? result()
        {
            if (_state == FutureState.Cancelled) throw MakeCancelledError();
            if (_state != FutureState.Finished) throw new InvalidStateError("Result is not set.");
            _logTraceback = false;
            if (_exception != null) ExceptionDispatchInfo.Capture(_exception).Throw();
            return _result;
        }

        /// <summary><c>fut.__await__()</c>, for a generator that delegates to it with <c>yield from</c>.</summary>
        public FutureAwaitIterator __await__() => new(this);

        public System.Exception? exception()
        {
            if (_state == FutureState.Cancelled) throw MakeCancelledError();
            if (_state != FutureState.Finished) throw new InvalidStateError("Exception is not set.");
            _logTraceback = false;
            return _exception;
        }

        // ---- callbacks ----------------------------------------------------------------------------
        // An entry is an Action<Future>, or a Task to wake up (its __wakeup, stored without a
        // delegate: every task waiting on a future would otherwise allocate one).
        static readonly Action<object?, object?> s_runCallback =
            static (callback, future) => ((Action<Future>)callback!)((Future)future!);

        /// <summary>The callback runs through call_soon, in the contextvars context current now.</summary>
        public void add_done_callback(Action<Future> fn)
        {
            var context = contextvars.CaptureIfInUse();
            AddEntry(context == null ? fn : new ContextBoundCallback(fn, context).Invoke);
        }

        public long remove_done_callback(Action<Future> fn) =>
            RemoveWhere(c => c is Action<Future> a && (a == fn || (a.Target is ContextBoundCallback bound && bound.Original == fn)));

        sealed class ContextBoundCallback(Action<Future> original, contextvars.Context context)
        {
            public readonly Action<Future> Original = original;
            public void Invoke(Future future) => context.run(() => Original(future));
        }

        // A Python callable object (functools.partial, a bound method) as a callback: one adapter per
        // object, so remove_done_callback finds what add_done_callback stored.
        static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ICallable, Action<Future>> s_callableAdapters = new();
        static Action<Future> Adapt(ICallable callable) => s_callableAdapters.GetValue(callable, c => f => c.Invoke([f]));

        public void add_done_callback(ICallable fn) => add_done_callback(Adapt(fn));
        public long remove_done_callback(ICallable fn) => remove_done_callback(Adapt(fn));

        // Any other callable the dynamic path holds as an object (`task.add_done_callback(tasks.discard)`):
        // called through the generic protocol, one adapter per object as above.
        static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, Action<Future>> s_objectAdapters = new();
        static Action<Future> AdaptObject(object callable) => callable switch
        {
            Action<Future> action => action,
            ICallable known => Adapt(known),
            _ => s_objectAdapters.GetValue(callable, c => f => Py.Call(c, f)),
        };

        public void add_done_callback(object fn) => add_done_callback(AdaptObject(fn));
        public long remove_done_callback(object fn) => remove_done_callback(AdaptObject(fn));

        /// <summary>add_done_callback for the runtime's own callbacks, which read no context.</summary>
        internal void AddCallback(Action<Future> fn) => AddEntry(fn);

        /// <summary>add_done_callback(task.__wakeup).</summary>
        internal void AddWakeup(Task task) => AddEntry(task);

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        void AddEntry(object entry)
        {
            if (_state != FutureState.Pending) { Schedule(entry); return; }
            switch (_callbacks)
            {
                case null: _callbacks = entry; break;
                case List<object> list: list.Add(entry); break;
                default: _callbacks = new List<object> { _callbacks, entry }; break;
            }
        }

        void Schedule(object entry)
        {
            if (entry is Task task) _loop.CallSoonInternal(Task.s_wakeup, task, this);
            else _loop.CallSoonInternal(s_runCallback, entry, this);
        }

        internal long RemoveCallback(Action<Future> fn) => RemoveWhere(c => c is Action<Future> a && a == fn);

        long RemoveWhere(Predicate<object> match)
        {
            switch (_callbacks)
            {
                case null:
                    return 0;
                case List<object> list:
                    return list.RemoveAll(match);
                default:
                    if (!match(_callbacks)) return 0;
                    _callbacks = null;
                    return 1;
            }
        }

        internal bool HasCallbacks => _callbacks != null && (_callbacks is not List<object> l || l.Count > 0);

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        void ScheduleCallbacks()
        {
            var callbacks = _callbacks;
            if (callbacks == null) return;
            _callbacks = null;
            if (callbacks is List<object> list)
                foreach (var entry in list) Schedule(entry);
            else Schedule(callbacks);
        }

        // ---- awaiter pattern: `await fut` ----------------------------------------------------------
        public Future GetAwaiter() => this;
        public bool IsCompleted => _state != FutureState.Pending;
        public object? GetResult()
        {
            PendingThrow.ThrowIfAny();
            return result();
        }

        /// <summary>Only used when ordinary .NET async code (not a Python coroutine) awaits a future.</summary>
        public void OnCompleted(Action continuation) => add_done_callback(_ => continuation());

        public override string __repr__() => $"<{PythonClassName} {StateName.ToLowerInvariant()}{ReprDetail()}>";

        internal virtual string PythonClassName => "Future";

        internal virtual string ReprDetail()
        {
            if (_state == FutureState.Finished)
                return _exception != null ? " exception=" + ReprException(_exception) : " result=" + Builtins.repr(_result);
            return CallbacksRepr();
        }

        /// <summary>CPython's " cb=[...]" (function callbacks there also show their source line).</summary>
        string CallbacksRepr()
        {
            var callbacks = _callbacks switch
            {
                null => null,
                List<object> list => list,
                var single => new List<object> { single },
            };
            if (callbacks == null || callbacks.Count == 0) return "";
            var names = callbacks.Select(c => c switch
            {
                Task => "Task.task_wakeup()",
                Action<Future> { Target: ContextBoundCallback bound } => StateMachineNames.DelegateName(bound.Original) + "()",
                Action<Future> action => StateMachineNames.DelegateName(action) + "()",
                _ => "?",
            });
            return " cb=[" + string.Join(", ", names) + "]";
        }

        internal static string ReprException(System.Exception e) =>
            e is BaseException be ? be.__repr__() : e.GetType().Name + "(" + Builtins.repr(e.Message) + ")";
    }

    /// <summary>A future whose result has a static type.</summary>
    public class Future<T> : Future
    {
        public Future() { }
        internal Future(AbstractEventLoop loop) : base(loop) { }

        public void set_result(T result) => SetResultCore(result);
        public new T result() => (T)base.result()!;
        public new Future<T> GetAwaiter() => this;
        public new T GetResult()
        {
            PendingThrow.ThrowIfAny();
            return result();
        }
    }

    /// <summary>The result the locks give their waiters' futures, boxed once.</summary>
    internal static readonly object BoxedTrue = true;

    public static bool isfuture(object? obj) => obj is Future;
    public static bool iscoroutine(object? obj) => obj is CoroutineBase;
}
