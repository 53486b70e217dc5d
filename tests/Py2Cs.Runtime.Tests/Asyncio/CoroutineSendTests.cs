#pragma warning disable CS1998 // Python coroutines without an await are normal
using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Asyncio;

/// <summary>A coroutine stepped by the program with send()/throw()/close() (values from CPython 3.11).</summary>
[Collection("asyncio")]
public sealed class CoroutineSendTests : AsyncioTest
{
    static async Coroutine<long> worker(PyList<string> log)
    {
        try
        {
            log.Add("start");
            await asyncio.sleep(0);
            log.Add("resumed");
            return 5;
        }
        catch (GeneratorExit) { log.Add("GeneratorExit at await"); throw; }
        finally { log.Add("finally"); }
    }

    static async Coroutine<long> outer(PyList<string> log) => 1 + await worker(log);

    [Fact]
    public void Send_runs_to_the_first_await_and_returning_raises_StopIteration_with_the_value()
    {
        var log = new PyList<string>();
        var coro = outer(log);
        Assert.Null(coro.send(null));
        var stop = Assert.Throws<StopIteration>(() => coro.send(null));
        Assert.Equal(6L, stop.value);
        Assert.Equal(["start", "resumed", "finally"], log);
        Assert.Throws<RuntimeError>(() => coro.send(null));
    }

    [Fact]
    public void Close_of_a_suspended_coroutine_raises_GeneratorExit_at_the_innermost_await()
    {
        var log = new PyList<string>();
        var coro = outer(log);
        coro.send(null);
        coro.close();
        Assert.Equal(["start", "GeneratorExit at await", "finally"], log);
        coro.close();   // closing again does nothing
    }

    [Fact]
    public void Throw_raises_at_the_await_and_an_uncaught_exception_comes_out_of_throw()
    {
        var log = new PyList<string>();
        var coro = outer(log);
        coro.send(null);
        var error = Assert.Throws<KeyError>(() => coro.@throw(new KeyError("k")));
        Assert.Equal("'k'", PyFormat.Str(error));
        Assert.Equal(["start", "finally"], log);
    }
}
