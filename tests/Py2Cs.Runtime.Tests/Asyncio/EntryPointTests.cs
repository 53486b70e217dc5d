#pragma warning disable CS1998 // Python coroutines without an await are normal
using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Asyncio;

/// <summary>asyncio.run of a value that is not statically a coroutine, ensure_future(loop=...), and
/// except-clause matching through Python-only bases (values recorded from CPython 3.11).</summary>
[Collection("asyncio")]
public sealed class EntryPointTests : AsyncioTest
{
    static async Coroutine<long> answer() => 42;

    [Fact]
    public void Run_refuses_what_is_not_a_coroutine_with_CPythons_ValueError()
    {
        var error = Assert.Throws<ValueError>(() => asyncio.run((object?)7L));
        Assert.Equal("a coroutine was expected, got 7", PyFormat.Str(error));
        error = Assert.Throws<ValueError>(() => asyncio.run((object?)"main"));
        Assert.Equal("a coroutine was expected, got 'main'", PyFormat.Str(error));
    }

    [Fact]
    public void Run_of_a_coroutine_held_as_object_returns_its_result()
    {
        Assert.Equal(42L, asyncio.run((object?)answer()));
    }

    [Fact]
    public void Ensure_future_with_a_loop_creates_the_task_on_that_loop_before_it_runs()
    {
        var loop = asyncio.new_event_loop();
        try
        {
            var task = asyncio.ensure_future(answer(), loop: loop);
            Assert.False(task.done());
            Assert.Equal(42L, loop.run_until_complete(task));
        }
        finally { loop.close(); }
    }

    [Fact]
    public void Except_BaseExceptionGroup_matches_an_ExceptionGroup_by_its_Python_bases()
    {
        var group = new ExceptionGroup("eg", new System.Exception[] { new ValueError(1L) });
        Assert.True(Py.ExceptionMatches(group, typeof(BaseExceptionGroup)));
        Assert.True(Py.ExceptionMatches(group, typeof(PyException)));
        Assert.False(Py.ExceptionMatches(new ValueError(1L), typeof(BaseExceptionGroup)));
    }
}
