using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Asyncio;

/// <summary>decimal's context lives in a context variable, as in CPython: each task that did not inherit one gets
/// its own default context from getcontext(), so setting the precision in one task changes no other.</summary>
[Collection("asyncio")]
public sealed class DecimalContextTests : AsyncioTest
{
    [Fact]
    public void Each_task_gets_its_own_decimal_context()
    {
        // CPython 3.11: gather of tasks setting prec 4, 10, 2 and dividing 1/7 gives
        // ('p4', '0.1429', 4) ('p10', '0.1428571429', 10) ('p2', '0.14', 2); main afterwards has prec 28.
        async Coroutine<string> compute(string label, long prec)
        {
            @decimal.getcontext().prec = prec;
            await asyncio.sleep(0);
            var seventh = new @decimal.Decimal(1L).__truediv__(new @decimal.Decimal(7L));
            await asyncio.sleep(0);
            return $"{label} {((@decimal.Decimal)seventh).__str__()} {@decimal.getcontext().prec}";
        }
        async Coroutine<long> main()
        {
            var results = await asyncio.gather(compute("p4", 4), compute("p10", 10), compute("p2", 2));
            O.P(string.Join(", ", results));
            return @decimal.getcontext().prec;
        }
        // On a thread of its own: a thread's context is the program's starting context, and an xUnit worker thread's
        // may hold a decimal context an earlier test installed (the tasks would then share that one object, as
        // CPython's tasks share main's when main called getcontext() first).
        long mainPrecision = 0;
        Exception? error = null;
        var fresh = new Thread(() =>
        {
            try { mainPrecision = asyncio.run(main()); }
            catch (Exception e) { error = e; }
        });
        fresh.Start();
        fresh.Join();
        Assert.Null(error);
        Assert.Equal(28, mainPrecision);
        Assert.Equal(["p4 0.1429 4, p10 0.1428571429 10, p2 0.14 2"], O.Lines);
    }
}
