namespace Py2Cs.Runtime;

// Event, a literal port of Lib/asyncio/locks.py (3.11.7): set() resolves every waiter's future.
public static partial class asyncio
{
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
                if (!fut.done()) fut.SetResultCore(BoxedTrue);
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
            return $"<asyncio.locks.Event object at {Py.FakeAddress(this)} [{extra}]>";
        }
    }
}
