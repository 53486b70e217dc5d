namespace Py2Cs.Runtime;

// Semaphore and BoundedSemaphore, literal ports of Lib/asyncio/locks.py (3.11.7).
public static partial class asyncio
{
    /// <summary>The 3.11.7 Semaphore: release() hands the slot to the first waiter that is not
    /// done, and locked() is True while a non-cancelled waiter exists, so it is strictly FIFO.</summary>
    public class Semaphore : AcquireReleaseContext
    {
        LinkedList<Future>? _waiters;
        internal long _value;

        public Semaphore(long value = 1)
        {
            if (value < 0) throw new ValueError("Semaphore initial value must be >= 0");
            _value = value;
        }

        public bool locked()
        {
            if (_value == 0) return true;
            if (_waiters == null) return false;
            foreach (var w in _waiters)
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

        sealed class AcquireOperation<T>(Semaphore owner, T value) : FastPathCoroutine<T>
        {
            public override string __name__ => "acquire";
            protected override bool TryFast(out T result)
            {
                result = value;
                return owner.TryAcquire();
            }
            protected override Coroutine<T> Slow() => owner.Acquire(value);
        }

        async Coroutine<T> Acquire<T>(T result)
        {
            if (!locked())
            {
                _value--;
                return result;
            }
            _waiters ??= new LinkedList<Future>();
            var fut = new Future(GetLoop());
            var node = _waiters.AddLast(fut);
            try
            {
                try { await fut; }
                finally { _waiters.Remove(node); }
            }
            catch (CancelledError)
            {
                if (!fut.cancelled())
                {
                    _value++;
                    WakeUpNext();
                }
                throw;
            }
            if (_value > 0) WakeUpNext();
            return result;
        }

        public override void release()
        {
            _value++;
            WakeUpNext();
        }

        void WakeUpNext()
        {
            if (_waiters == null) return;
            foreach (var fut in _waiters)
            {
                if (!fut.done())
                {
                    _value--;
                    fut.SetResultCore(true);
                    return;
                }
            }
        }

        public override string __repr__()
        {
            var extra = locked() ? "locked" : $"unlocked, value:{_value}";
            if (_waiters is { Count: > 0 }) extra += $", waiters:{_waiters.Count}";
            return $"<asyncio.locks.{GetType().Name} object [{extra}]>";
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
