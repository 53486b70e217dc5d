#pragma warning disable CS1998 // a generator body awaits only its yields; some have none on a path
using Py2Cs.Runtime;
using static Py2Cs.Runtime.Builtins;

namespace Py2Cs.Runtime.Tests.Generators;

/// <summary>PyGenerator over resumable bodies: each expected value is what CPython 3.11 gives the same
/// Python generator (written above each test).</summary>
public sealed class GeneratorProtocolTests
{
    // def counter(log):
    //     try:
    //         while True:
    //             try:
    //                 got = yield 1
    //                 log.append(("got", got))
    //             except ValueError as e:
    //                 log.append(("caught", str(e)))
    //     finally:
    //         log.append("finally")
    static PyGenerator<object?> Counter(PyList<object?> log) => new("counter", async g =>
    {
        try
        {
            while (true)
            {
                try
                {
                    var got = await g.Yield(1L);
                    log.append(("got", got));
                }
                catch (ValueError e)
                {
                    log.append(("caught", str(e)));
                }
            }
        }
        finally { log.append("finally"); }
    });

    [Fact]
    public void Send_throw_and_close_reach_the_paused_yield()
    {
        var log = new PyList<object?>();
        var gen = Counter(log);
        Assert.Equal(1L, next(gen));
        Assert.Equal(1L, gen.send("a"));
        Assert.Equal(1L, gen.@throw(new ValueError("boom")));
        gen.close();
        Assert.Equal("[('got', 'a'), ('caught', 'boom'), 'finally']", repr(log));
        Assert.Throws<StopIteration>(() => next(gen));
    }

    [Fact]
    public void Nothing_runs_before_the_first_next_and_a_just_started_generator_takes_no_value()
    {
        var log = new PyList<object?>();
        var gen = Counter(log);
        Assert.Equal("[]", repr(log));
        var error = Assert.Throws<TypeError>(() => gen.send(5L));
        Assert.Equal("can't send non-None value to a just-started generator", str(error));
        // throw() into a generator that never started raises at once and closes it (no finally ran).
        Assert.Throws<KeyError>(() => gen.@throw(new KeyError("k")));
        Assert.Equal("[]", repr(log));
    }

    // def inner():
    //     yield 1
    //     yield 2
    //     return "r"
    // def outer():
    //     x = yield from inner()
    //     yield x
    //     yield from "ab"
    //     return x + "!"
    static PyGenerator<object?> Inner() => new("inner", async g =>
    {
        await g.Yield(1L);
        await g.Yield(2L);
        g.Return("r");
    });

    static PyGenerator<object?> Outer() => new("outer", async g =>
    {
        var x = await g.YieldFrom(Inner());
        await g.Yield(x);
        await g.YieldFrom("ab");
        g.Return((string)x! + "!");
    });

    [Fact]
    public void Yield_from_delegates_and_gives_the_return_value()
    {
        Assert.Equal("[1, 2, 'r', 'a', 'b']", repr(list(Outer())));
        var gen = Outer();
        for (int i = 0; i < 5; i++) next(gen);
        var stop = Assert.Throws<StopIteration>(() => next(gen));
        Assert.Equal("r!", stop.value);
        // Only the StopIteration that ends the generator carries the value.
        Assert.Null(Assert.Throws<StopIteration>(() => next(gen)).value);
    }

    [Fact]
    public void A_generator_that_ignores_GeneratorExit_is_an_error()
    {
        var gen = new PyGenerator<object?>("stubborn", async g =>
        {
            while (true)
            {
                try { await g.Yield(0L); }
                catch (GeneratorExit) { }
            }
        });
        next(gen);
        var error = Assert.Throws<RuntimeError>(gen.close);
        Assert.Equal("generator ignored GeneratorExit", str(error));
    }

    [Fact]
    public void StopIteration_escaping_the_body_becomes_RuntimeError()
    {
        var gen = new PyGenerator<object?>("leaky", async g => throw new StopIteration());
        var error = Assert.Throws<RuntimeError>(() => next(gen));
        Assert.Equal("generator raised StopIteration", str(error));
    }

    [Fact]
    public void A_generator_over_a_sequence_is_one_shot()
    {
        var squares = new PyGenerator<long>("<genexpr>", from n in range(4) select n * n);
        Assert.Equal(0L, next(squares));
        Assert.Equal(1L, next(squares));
        Assert.Equal("[4, 9]", repr(list(squares)));
        Assert.Equal("[]", repr(list(squares)));
    }

    // @contextlib.contextmanager
    // def tag(log):
    //     log.append("enter")
    //     try:
    //         yield "v"
    //     except KeyError:
    //         log.append("handled")
    //     finally:
    //         log.append("exit")
    [Fact]
    public void Contextmanager_throws_the_body_exception_into_the_generator()
    {
        var log = new PyList<object?>();
        var tag = contextlib.contextmanager(new Func<PyGenerator<object?>>(() => new("tag", async g =>
        {
            log.append("enter");
            try { await g.Yield("v"); }
            catch (KeyError) { log.append("handled"); }
            finally { log.append("exit"); }
        })));
        Py.With(Py.Call(tag), v => log.append(v));
        Py.With(Py.Call(tag), _ => throw new KeyError("k"));
        Assert.Throws<ValueError>(() => Py.With(Py.Call(tag), _ => throw new ValueError("v")));
        Assert.Equal("['enter', 'v', 'exit', 'enter', 'handled', 'exit', 'enter', 'exit']", repr(log));
    }
}
