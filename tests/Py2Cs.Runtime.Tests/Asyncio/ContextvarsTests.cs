#pragma warning disable CS1998 // Python coroutines without an await are normal
using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Asyncio;

/// <summary>x03: contextvars flow through tasks, callbacks and Context.run.</summary>
[Collection("asyncio")]
public sealed class ContextvarsTests : AsyncioTest
{
    [Fact]
    public void X03_tasks_copy_the_context_and_callbacks_run_in_the_scheduling_context()
    {
        var request = new contextvars.ContextVar<string>("request", "none");
        async Coroutine handler(string name)
        {
            O.P($"{name}: sees {PyFormat.Repr(request.get())}");
            request.set(name);
            await asyncio.sleep(0);
            O.P($"{name}: after await still {PyFormat.Repr(request.get())}");
        }
        async Coroutine main()
        {
            request.set("main");
            var t1 = asyncio.create_task(handler("a"));
            request.set("main-2");
            var t2 = asyncio.create_task(handler("b"));
            await asyncio.gather(t1, t2);
            O.P("main still sees", PyFormat.Repr(request.get()));
            var loop = asyncio.get_running_loop();
            loop.call_soon(() => O.P("callback sees", PyFormat.Repr(request.get())));
            request.set("main-3");
            await asyncio.sleep(0);
            var token = request.set("temp");
            request.reset(token);
            O.P("after reset", PyFormat.Repr(request.get()));
            var ctx = contextvars.copy_context();
            string in_ctx()
            {
                request.set("inside-run");
                return request.get();
            }
            O.P("ctx.run ->", PyFormat.Str(ctx.run(in_ctx)), "outside:", PyFormat.Repr(request.get()));
        }
        asyncio.run(main());
        O.P("after run:", PyFormat.Repr(request.get()));
        AssertOutput("x03.out");
    }

    [Fact]
    public void ContextVar_errors_match_CPython()
    {
        var w = new contextvars.ContextVar<string>("w");
        Assert.Throws<LookupError>(() => w.get());
        Assert.Equal("fallback", w.get("fallback"));
        var v = new contextvars.ContextVar<long>("v", 0);
        var token = v.set(1);
        Assert.Same(contextvars.Token<long>.MISSING, token.old_value);
        v.reset(token);
        Assert.Equal(0, v.get());
        var again = Assert.Throws<RuntimeError>(() => v.reset(token));
        Assert.EndsWith("has already been used once", again.__str__());
    }
}

/// <summary>x11: done callbacks run in the context current when they were added.</summary>
[Collection("asyncio")]
public sealed class CallbackContextTests : AsyncioTest
{
    [Fact]
    public void X11_done_callbacks_capture_the_context()
    {
        var v = new contextvars.ContextVar<string>("v", "base");
        async Coroutine main()
        {
            var loop = asyncio.get_running_loop();
            var f = loop.create_future();
            v.set("when-added");
            f.add_done_callback(_ => O.P("callback sees", v.get()));
            v.set("when-resolved");
            f.set_result(null);
            await asyncio.sleep(0);
            void cb(asyncio.Future _) => O.P("removed callback ran");
            var f2 = loop.create_future();
            f2.add_done_callback(cb);
            O.P("removed:", f2.remove_done_callback(cb));
            f2.set_result(1L);
            await asyncio.sleep(0);
            O.P(f2);
        }
        asyncio.run(main());
        AssertOutput("x11.out");
    }
}
