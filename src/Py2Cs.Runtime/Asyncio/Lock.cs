namespace Py2Cs.Runtime;

// Lock, a literal port of Lib/asyncio/locks.py (3.11.7): waiters are futures in FIFO order;
// release() wakes the first waiter but does not hand it the lock (no barging: acquire() fails while
// a non-cancelled waiter exists). Waiter lists are linked lists so a waiter removes itself in O(1).
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
            if (first != null && !first.Value.done()) first.Value.SetResultCore(BoxedTrue);
        }

        public override string __repr__()
        {
            var extra = _locked ? "locked" : "unlocked";
            if (_waiters is { Count: > 0 }) extra += $", waiters:{_waiters.Count}";
            return $"<asyncio.locks.Lock object at {Py.FakeAddress(this)} [{extra}]>";
        }
    }
}
