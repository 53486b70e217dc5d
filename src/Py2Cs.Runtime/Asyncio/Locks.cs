namespace Py2Cs.Runtime;

// Literal ports of Lib/asyncio/locks.py (3.11.7). Waiters are futures in FIFO order; a woken
// waiter is not handed the resource, it re-checks when it runs. Waiter lists are linked lists so
// a waiter removes itself in O(1).
public static partial class asyncio
{
    public class Lock : AcquireReleaseContext
    {
        LinkedList<Future>? _waiters;
        bool _locked;

        public bool locked() => _locked;

        public override Coroutine<bool> acquire() => new AcquireOperation(this);

        bool TryAcquire()
        {
            if (_locked) return false;
            if (_waiters != null)
                foreach (var w in _waiters)
                    if (!w.cancelled()) return false;
            _locked = true;
            return true;
        }

        sealed class AcquireOperation(Lock owner) : FastPathCoroutine<bool>
        {
            public override string __name__ => "acquire";
            protected override bool TryFast(out bool result) => result = owner.TryAcquire();
            protected override Coroutine<bool> Slow() => owner.AcquireSlow();
        }

        async Coroutine<bool> AcquireSlow()
        {
            if (TryAcquire()) return true;
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
                if (!_locked) WakeUpFirst();
                throw;
            }
            _locked = true;
            return true;
        }

        public override void release()
        {
            if (!_locked) throw new RuntimeError("Lock is not acquired.");
            _locked = false;
            WakeUpFirst();
        }

        void WakeUpFirst()
        {
            var first = _waiters?.First;
            if (first != null && !first.Value.done()) first.Value.SetResultCore(true);
        }

        public override string __repr__()
        {
            var extra = _locked ? "locked" : "unlocked";
            if (_waiters is { Count: > 0 }) extra += $", waiters:{_waiters.Count}";
            return $"<asyncio.locks.Lock object [{extra}]>";
        }
    }

    public class Event : LoopBound
    {
        readonly LinkedList<Future> _waiters = new();
        bool _value;

        internal int WaitersCount => _waiters.Count;

        public bool is_set() => _value;

        public void set()
        {
            if (_value) return;
            _value = true;
            foreach (var fut in _waiters)
                if (!fut.done()) fut.SetResultCore(true);
        }

        public void clear() => _value = false;

        public async Coroutine<bool> wait()
        {
            if (_value) return true;
            var fut = new Future(GetLoop());
            var node = _waiters.AddLast(fut);
            try
            {
                await fut;
                return true;
            }
            finally
            {
                _waiters.Remove(node);
            }
        }

        public override string __repr__()
        {
            var extra = _value ? "set" : "unset";
            if (_waiters.Count > 0) extra += $", waiters:{_waiters.Count}";
            return $"<asyncio.locks.Event object [{extra}]>";
        }
    }

    public class Condition : AcquireReleaseContext
    {
        readonly Lock _lock;
        readonly LinkedList<Future> _waiters = new();

        public Condition(Lock? @lock = null) => _lock = @lock ?? new Lock();

        public bool locked() => _lock.locked();
        public override Coroutine<bool> acquire() => _lock.acquire();
        public override void release() => _lock.release();

        public async Coroutine<bool> wait()
        {
            if (!locked()) throw new RuntimeError("cannot wait on un-acquired lock");
            release();
            try
            {
                var fut = new Future(GetLoop());
                var node = _waiters.AddLast(fut);
                try
                {
                    await fut;
                    return true;
                }
                finally
                {
                    _waiters.Remove(node);
                }
            }
            finally
            {
                // Re-acquire even when cancelled, then report the cancellation.
                bool cancelled = false;
                while (true)
                {
                    try
                    {
                        await acquire();
                        break;
                    }
                    catch (CancelledError)
                    {
                        cancelled = true;
                    }
                }
                if (cancelled) throw new CancelledError();
            }
        }

        public async Coroutine<T> wait_for<T>(Func<T> predicate)
        {
            var result = predicate();
            while (!Truthy(result))
            {
                await wait();
                result = predicate();
            }
            return result;
        }

        static bool Truthy(object? value) => value switch
        {
            null => false,
            bool b => b,
            long l => l != 0,
            int i => i != 0,
            double d => d != 0,
            string s => s.Length > 0,
            System.Collections.ICollection c => c.Count > 0,
            _ => true,
        };

        public void notify(long n = 1)
        {
            if (!locked()) throw new RuntimeError("cannot notify on un-acquired lock");
            long idx = 0;
            foreach (var fut in _waiters)
            {
                if (idx >= n) break;
                if (!fut.done())
                {
                    idx++;
                    fut.SetResultCore(false);
                }
            }
        }

        public void notify_all() => notify(_waiters.Count);

        public override string __repr__()
        {
            var extra = locked() ? "locked" : "unlocked";
            if (_waiters.Count > 0) extra += $", waiters:{_waiters.Count}";
            return $"<asyncio.locks.Condition object [{extra}]>";
        }
    }

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
