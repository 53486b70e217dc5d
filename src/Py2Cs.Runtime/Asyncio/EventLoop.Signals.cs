namespace Py2Cs.Runtime;

public static partial class asyncio
{
    // Unix signal handlers of the loop (unix_events.add_signal_handler): the signal's Python handler becomes a
    // no-op and its delivery puts the callback's Handle on the loop (thread-safely: .NET delivers a signal from
    // another process on a thread of its own; os.kill of this process delivers it at once).
    public partial class AbstractEventLoop
    {
        readonly Dictionary<long, Handle> _signalHandlers = [];

        public void add_signal_handler(object? sig, object? callback, params object?[] args)
        {
            if (callback is CoroutineBase || (callback is not null && InspectModule.iscoroutinefunction(callback)))
                throw new TypeError("coroutines cannot be used with add_signal_handler()");
            long n = CheckSignal(sig);
            CheckClosed();
            var handle = new Handle(this, s_invokeCall, new PendingCall(callback, args), callback);
            signal.SetLoopHandler(n, () => HandleSignal(n));   // raises first for a signal no handler can catch
            lock (_signalHandlers) _signalHandlers[n] = handle;
        }

        public bool remove_signal_handler(object? sig)
        {
            long n = CheckSignal(sig);
            lock (_signalHandlers)
                if (!_signalHandlers.Remove(n)) return false;
            signal.SetLoopHandler(n, null);
            return true;
        }

        void HandleSignal(long n)
        {
            Handle? handle;
            lock (_signalHandlers) _signalHandlers.TryGetValue(n, out handle);
            if (handle is null || _closed) return;
            if (handle.cancelled()) { remove_signal_handler(n); return; }
            PostFromAnyThread(ReadyQueue.Entry.ForHandle(handle));
        }

        /// <summary>Removes every signal handler when the loop closes, as CPython's unix loop does.</summary>
        void RemoveSignalHandlers()
        {
            long[] numbers;
            lock (_signalHandlers) numbers = [.. _signalHandlers.Keys];
            foreach (var n in numbers) remove_signal_handler(n);
        }

        static long CheckSignal(object? sig)
        {
            long n = sig is EnumModule.IntEnum member ? member.Int
                : sig is not bool && Py.TryLong(sig, out long v) ? v
                : throw new TypeError($"sig must be an int, not {Builtins.repr(sig)}");
            if (n is < 1 or >= signal.NSIG or 32 or 33) throw new ValueError($"invalid signal number {n}");
            return n;
        }
    }
}
