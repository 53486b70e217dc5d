namespace Py2Cs.Runtime;

public static partial class asyncio
{
    /// <summary>timeout(delay): <c>async with asyncio.timeout(d) as cm:</c> (timeouts.py, 3.11).</summary>
    public static Timeout timeout(double? delay) =>
        new(delay == null ? null : get_running_loop().time() + delay.Value);

    public static Timeout timeout_at(double? when) => new(when);

    public sealed class Timeout : PyObject, IAsyncContextManager<Timeout>
    {
        enum State { Created, Entered, Expiring, Expired, Exited }

        State _state = State.Created;
        Handle? _timeoutHandler;
        Task? _task;
        double? _when;
        int _cancelling;

        internal Timeout(double? when) => _when = when;

        public double? when() => _when;

        public bool expired() => _state is State.Expiring or State.Expired;

        public void reschedule(double? when)
        {
            if (_state != State.Entered)
            {
                if (_state == State.Created) throw new RuntimeError("Timeout has not been entered");
                throw new RuntimeError($"Cannot change state of {StateValue} Timeout");
            }
            _when = when;
            _timeoutHandler?.cancel();
            if (when == null) { _timeoutHandler = null; return; }
            var loop = get_running_loop();
            _timeoutHandler = when <= loop.time() ? loop.call_soon(OnTimeout) : loop.call_at(when.Value, OnTimeout);
        }

        string StateValue => _state switch
        {
            State.Created => "created",
            State.Entered => "active",
            State.Expiring => "expiring",
            State.Expired => "expired",
            _ => "finished",
        };

        public override string __repr__()
        {
            var info = _state == State.Entered ? " when=" + (_when == null ? "None" : Builtins.repr(Math.Round(_when.Value, 3))) : "";
            return $"<Timeout [{StateValue}]{info}>";
        }

        // `async with` awaits __aenter__ at once, so doing its (await-free) work eagerly is the same.
        public Coroutine<Timeout> __aenter__()
        {
            if (_state != State.Created) throw new RuntimeError("Timeout has already been entered");
            var task = current_task() ?? throw new RuntimeError("Timeout should be used inside a task");
            _state = State.Entered;
            _task = task;
            _cancelling = task.cancelling();
            reschedule(_when);
            return Coroutine<Timeout>.Returning(this);
        }

        public Coroutine<object?> __aexit__(object? exc_type, object? exc, object? tb)
        {
            if (_timeoutHandler != null)
            {
                _timeoutHandler.cancel();
                _timeoutHandler = null;
            }
            if (_state == State.Expiring)
            {
                _state = State.Expired;
                if (_task!.uncancel() <= _cancelling && exc?.GetType() == typeof(CancelledError))
                {
                    var error = (CancelledError)exc;
                    throw new TimeoutError { __cause__ = error, __context__ = error, __suppress_context__ = true };
                }
            }
            else if (_state == State.Entered) _state = State.Exited;
            return Coroutine<object?>.Returning(null);
        }

        void OnTimeout()
        {
            _task!.cancel();
            _state = State.Expiring;
            _timeoutHandler = null;
        }
    }
}
