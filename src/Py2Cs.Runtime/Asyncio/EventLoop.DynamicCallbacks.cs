namespace Py2Cs.Runtime;

public static partial class asyncio
{
    // loop.call_soon(f, *args) with any Python callable and any number of arguments: the entry the
    // dynamic path binds to (f an object, a PyFunction, a bound method, a builtin). The typed overloads
    // (Action<T1, ...>) stay the ones C# picks for a statically known callback. As in CPython outside
    // debug mode, a callback that is not callable fails when it runs (logged), not when scheduled.
    public partial class AbstractEventLoop
    {
        static readonly Action<object?> s_invokeCall = static call => ((PendingCall)call!).Run();

        /// <summary>A callable and its arguments, called when the handle runs.</summary>
        internal sealed record PendingCall(object? Callable, object?[] Arguments)
        {
            public void Run() => Py.Call(Callable, Arguments);
        }

        public Handle call_soon(object? callback, params object?[] args) =>
            CallSoonHandle(new Handle(this, s_invokeCall, new PendingCall(callback, args), callback));

        public Handle call_soon_threadsafe(object? callback, params object?[] args)
        {
            CheckClosed();
            var handle = new Handle(this, s_invokeCall, new PendingCall(callback, args), callback);
            PostFromAnyThread(ReadyQueue.Entry.ForHandle(handle));
            return handle;
        }

        public TimerHandle call_later(double delay, object? callback, params object?[] args) =>
            call_at(time() + delay, callback, args);

        public TimerHandle call_at(double when, object? callback, params object?[] args) =>
            Schedule(new TimerHandle(this, when, s_invokeCall, new PendingCall(callback, args), callback));
    }
}
