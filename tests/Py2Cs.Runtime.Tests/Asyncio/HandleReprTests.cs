using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Asyncio;

/// <summary>Handle and TimerHandle reprs as CPython 3.11 writes them (without the " at FILE:LINE" source part):
/// the callback's qualified name with its arguments, and no callback once cancelled.</summary>
[Collection("asyncio")]
public sealed class HandleReprTests : AsyncioTest
{
    sealed class Svc : PyObject
    {
        public void tick(long n) { }
    }

    [Fact]
    public void A_dynamic_callback_shows_its_name_and_arguments_until_cancelled()
    {
        async Coroutine main()
        {
            var loop = asyncio.get_running_loop();
            // CPython: <Handle Svc.tick(1, 'x')>, then <Handle cancelled>.
            var h = loop.call_soon(new BoundMethod(new Svc(), "tick"), 1L, "x");
            Assert.Equal("<Handle Svc.tick(1, 'x')>", h.__repr__());
            h.cancel();
            Assert.Equal("<Handle cancelled>", h.__repr__());
            // CPython: <TimerHandle when=... Svc.tick(2)>, then <TimerHandle cancelled when=...>.
            var t = loop.call_at(1e9, new BoundMethod(new Svc(), "tick"), 2L);
            Assert.Equal("<TimerHandle when=1000000000.0 Svc.tick(2)>", t.__repr__());
            t.cancel();
            Assert.Equal("<TimerHandle cancelled when=1000000000.0>", t.__repr__());
            await asyncio.sleep(0);
        }
        asyncio.run(main());
    }
    [Fact]
    public void A_typed_thunk_shows_the_python_callable_it_was_given_for()
    {
        async Coroutine main()
        {
            var loop = asyncio.get_running_loop();
            var svc = new Svc();
            // CPython: <Handle Svc.tick(1)> for loop.call_soon(svc.tick, 1), <Handle print('plain')> for a builtin.
            var h = loop.call_soon(asyncio.DisplayedCallback(() => svc.tick(1), "Svc.tick", 1L));
            Assert.Equal("<Handle Svc.tick(1)>", h.__repr__());
            var p = loop.call_soon(asyncio.DisplayedCallback(() => { }, "print", "plain"));
            Assert.Equal("<Handle print('plain')>", p.__repr__());
            var t = loop.call_at(1e9, asyncio.DisplayedCallback(() => svc.tick(2), "Svc.tick", 2L));
            Assert.Equal("<TimerHandle when=1000000000.0 Svc.tick(2)>", t.__repr__());
            t.cancel();
            await asyncio.sleep(0);
        }
        asyncio.run(main());
    }
}
