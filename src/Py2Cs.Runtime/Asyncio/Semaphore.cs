namespace Py2Cs.Runtime;

// Semaphore and BoundedSemaphore, literal ports of Lib/asyncio/locks.py (3.11.7).
public static partial class asyncio
{
    /// <summary>The 3.11.7 Semaphore: release() hands the slot to the first waiter that is not
    /// done, and locked() is True while a non-cancelled waiter exists, so it is strictly FIFO.</summary>
    public class Semaphore : AcquireReleaseContext
    {
        // self._waiters (a deque in CPython): an intrusive list of waiter futures, so that a
        // contended acquire allocates no list node and removal is O(1).
        Waiter? _firstWaiter, _lastWaiter;
        int _waiterCount;
        internal long _value;

        sealed class Waiter(AbstractEventLoop loop) : Future(loop)
        {
            internal Waiter? _prev, _next;
        }

        public Semaphore(long value = 1)
        {
            if (value < 0) throw new ValueError("Semaphore initial value must be >= 0");
            _value = value;
        }

        public bool locked()
        {
            if (_value == 0) return true;
            for (var w = _firstWaiter; w != null; w = w._next)
                if (!w.cancelled()) return true;
            return false;
        }

        public override Coroutine<bool> acquire() => new AcquireOperation<bool>(this, true);

        public override Coroutine<object?> __aenter__() => new AcquireOperation<object?>(this, null);

        bool TryAcquire()
        {
            if (locked()) return false;
            _value--;
            return true;
        }

        /// <summary>
        /// acquire(), hand-written: the uncontended case completes at the await (as FastPathCoroutine
        /// does); otherwise the coroutine itself waits on the future, so a contended acquire costs
        /// one object and one future, not a compiled state machine as well. Step by step the same
        /// as CPython's body:
        /// <code>
        /// if not self.locked(): self._value -= 1; return True
        /// fut = loop.create_future(); self._waiters.append(fut)
        /// try:
        ///     try: await fut
        ///     finally: self._waiters.remove(fut)
        /// except CancelledError:
        ///     if not fut.cancelled(): self._value += 1; self._wake_up_next()
        ///     raise
        /// if self._value > 0: self._wake_up_next()
        /// return True
        /// </code>
        /// </summary>
        sealed class AcquireOperation<T> : Coroutine<T>
        {
            readonly Semaphore _owner;
            Waiter? _waiter;

            internal AcquireOperation(Semaphore owner, T value)
            {
                _owner = owner;
                _result = value;
                _hasFastPath = true;
            }

            public override string __name__ => "acquire";

            internal override bool TryCompleteAtOnce()
            {
                if (!_owner.TryAcquire()) return false;
                _state = CoroutineState.Done;
                return true;
            }

            [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
            internal override void Resume(System.Exception? toThrow)
            {
                if (_state == CoroutineState.Created)
                {
                    if (toThrow != null) { Complete(toThrow); return; }   // throw() before the body ran
                    if (TryCompleteAtOnce()) return;
                    _waiter = _owner.AddWaiter();
                    _state = CoroutineState.Suspended;
                    _yielded = _waiter;                 // the driver waits on the future
                    return;
                }
                var waiter = _waiter!;
                _waiter = null;
                _owner.EndWait(waiter, toThrow);
                Complete(toThrow);
            }
        }

        Waiter AddWaiter()
        {
            var waiter = new Waiter(GetLoop()) { _prev = _lastWaiter };
            if (_lastWaiter == null) _firstWaiter = waiter; else _lastWaiter._next = waiter;
            _lastWaiter = waiter;
            _waiterCount++;
            return waiter;
        }

        void RemoveWaiter(Waiter waiter)
        {
            if (waiter._prev == null) _firstWaiter = waiter._next; else waiter._prev._next = waiter._next;
            if (waiter._next == null) _lastWaiter = waiter._prev; else waiter._next._prev = waiter._prev;
            waiter._prev = waiter._next = null;
            _waiterCount--;
        }

        /// <summary>The code after <c>await fut</c> in acquire(); <paramref name="error"/> is what
        /// the await raised (null when the future gave its result).</summary>
        void EndWait(Waiter fut, System.Exception? error)
        {
            RemoveWaiter(fut);
            if (error != null)
            {
                if (error is CancelledError && !fut.cancelled())
                {
                    _value++;
                    WakeUpNext();
                }
                return;
            }
            if (_value > 0) WakeUpNext();
        }

        public override void release()
        {
            _value++;
            WakeUpNext();
        }

        void WakeUpNext()
        {
            for (var fut = _firstWaiter; fut != null; fut = fut._next)
            {
                if (!fut.done())
                {
                    _value--;
                    fut.SetResultCore(BoxedTrue);
                    return;
                }
            }
        }

        public override string __repr__()
        {
            var extra = locked() ? "locked" : $"unlocked, value:{_value}";
            if (_waiterCount > 0) extra += $", waiters:{_waiterCount}";
            return $"<asyncio.locks.{GetType().Name} object at {Py.FakeAddress(this)} [{extra}]>";
        }
    }

    public class BoundedSemaphore : Semaphore
    {
        readonly long _boundValue;

        public BoundedSemaphore(long value = 1) : base(value) => _boundValue = value;

        public override void release()
        {
            if (_value >= _boundValue) throw new ValueError("BoundedSemaphore released too many times");
            base.release();
        }
    }
}
