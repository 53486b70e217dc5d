namespace Py2Cs.Runtime;

public static partial class asyncio
{
    public class BrokenBarrierError : RuntimeError
    {
        public BrokenBarrierError(params object?[] args) : base(args) { }
        public override string PythonTypeName => "asyncio.exceptions.BrokenBarrierError";
    }

    /// <summary>asyncio.Barrier (new in 3.11), a literal port of locks.Barrier on a Condition.</summary>
    public class Barrier : LoopBound, IAsyncContextManager<long>
    {
        enum State { Filling, Draining, Resetting, Broken }

        readonly Condition _cond = new();
        readonly long _parties;
        State _state = State.Filling;
        long _count;

        public Barrier(long parties)
        {
            if (parties < 1) throw new ValueError("parties must be > 0");
            _parties = parties;
        }

        public long parties => _parties;
        public long n_waiting => _state == State.Filling ? _count : 0;
        public bool broken => _state == State.Broken;

        public Coroutine<long> __aenter__() => wait();
        public Coroutine<object?> __aexit__(object? exc_type, object? exc, object? tb) => Coroutine<object?>.Returning(null);

        public async Coroutine<long> wait()
        {
            await _cond.acquire();
            try
            {
                await Block();
                try
                {
                    var index = _count;
                    _count++;
                    if (index + 1 == _parties) Release();
                    else await WaitForRelease();
                    return index;
                }
                finally
                {
                    _count--;
                    Exit();
                }
            }
            finally
            {
                _cond.release();
            }
        }

        async Coroutine Block()
        {
            await _cond.wait_for(() => _state is not (State.Draining or State.Resetting));
            if (_state == State.Broken) throw new BrokenBarrierError("Barrier aborted");
        }

        void Release()
        {
            _state = State.Draining;
            _cond.notify_all();
        }

        async Coroutine WaitForRelease()
        {
            await _cond.wait_for(() => _state != State.Filling);
            if (_state is State.Broken or State.Resetting) throw new BrokenBarrierError("Abort or reset of barrier");
        }

        void Exit()
        {
            if (_count != 0) return;
            if (_state is State.Resetting or State.Draining) _state = State.Filling;
            _cond.notify_all();
        }

        public async Coroutine reset()
        {
            await _cond.acquire();
            try
            {
                if (_count > 0) _state = State.Resetting;
                else _state = State.Filling;
                _cond.notify_all();
            }
            finally
            {
                _cond.release();
            }
        }

        public async Coroutine abort()
        {
            await _cond.acquire();
            try
            {
                _state = State.Broken;
                _cond.notify_all();
            }
            finally
            {
                _cond.release();
            }
        }

        public override string __repr__()
        {
            var extra = _state.ToString().ToLowerInvariant();
            if (!broken) extra += $", waiters:{n_waiting}/{_parties}";
            return $"<asyncio.locks.Barrier object at {Py.FakeAddress(this)} [{extra}]>";
        }
    }
}
