#pragma warning disable CS1998 // Python coroutines without an await are normal
using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Asyncio;

/// <summary>loop.add_signal_handler / remove_signal_handler and os.kill of this process, as CPython 3.11 runs them
/// (expected values recorded from python3).</summary>
[Collection("asyncio")]
public sealed class SignalHandlerTests : AsyncioTest
{
    [Fact]
    public void Os_kill_of_this_process_schedules_the_loop_callback_with_its_arguments()
    {
        var got = new PyList<object?>();
        async Coroutine main()
        {
            var loop = asyncio.get_running_loop();
            var stop = new asyncio.Event();
            loop.add_signal_handler(signal.SIGUSR1, (Action<object?>)(name => { got.Add(name); stop.set(); }), "usr1");
            // CPython: the handler is a no-op at the Python level; the callback runs from the loop, after kill returns.
            O.P("handler is callable:", Py2Cs.Runtime.Builtins.callable(signal.getsignal(signal.SIGUSR1)));
            os.kill(os.getpid(), signal.SIGUSR1);
            O.P("right after kill:", got.Count);
            await stop.wait();
            O.P("got:", got);
            O.P("removed:", loop.remove_signal_handler(signal.SIGUSR1), loop.remove_signal_handler(signal.SIGUSR1));
            O.P("back to default:", signal.getsignal(signal.SIGUSR1) == (object)signal.SIG_DFL);
        }
        asyncio.run(main());
        Assert.Equal([
            "handler is callable: True",
            "right after kill: 0",
            "got: ['usr1']",
            "removed: True False",
            "back to default: True",
        ], O.Lines);
    }

    [Fact]
    public void Bad_signal_arguments_raise_CPythons_errors()
    {
        async Coroutine main()
        {
            var loop = asyncio.get_running_loop();
            try { loop.add_signal_handler("x", (Action)(() => { })); }
            catch (TypeError e) { O.P("TypeError:", e); }
            try { loop.add_signal_handler(0L, (Action)(() => { })); }
            catch (ValueError e) { O.P("ValueError:", e); }
            try { loop.add_signal_handler(signal.SIGKILL, (Action)(() => { })); }
            catch (RuntimeError e) { O.P("RuntimeError:", e); }
        }
        asyncio.run(main());
        Assert.Equal([
            "TypeError: sig must be an int, not 'x'",
            "ValueError: invalid signal number 0",
            "RuntimeError: sig 9 cannot be caught",
        ], O.Lines);
    }

    [Fact]
    public void A_signal_handler_set_with_signal_signal_runs_before_os_kill_returns()
    {
        var received = new PyList<object?>();
        var previous = signal.signal_(signal.SIGUSR2, (Action<object?, object?>)((n, frame) => received.Add(n)));
        try
        {
            os.kill(os.getpid(), signal.SIGUSR2);
            Assert.Single(received);
            Assert.Equal(12L, Py.TryLong(received[0], out long n) ? n : -1);
        }
        finally { signal.signal_(signal.SIGUSR2, previous); }
    }
}
