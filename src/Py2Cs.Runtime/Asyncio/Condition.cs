namespace Py2Cs.Runtime;

// Condition, a literal port of Lib/asyncio/locks.py (3.11.7).
public static partial class asyncio
{
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
            return $"<asyncio.locks.Condition object at {Py.FakeAddress(this)} [{extra}]>";
        }
    }
}
