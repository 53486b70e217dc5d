namespace Py2Cs.EndToEnd.Tests.Infrastructure;

/// <summary>Which corpus programs get more than one run: those whose output can depend on timing.</summary>
public sealed class CorpusJudgeTests
{
    [Theory]
    [InlineData("import asyncio\nasyncio.run(main())\n")]
    [InlineData("import time\nprint(time.monotonic() > 0)\n")]
    [InlineData("from threading import Thread\n")]
    [InlineData("from concurrent.futures import ThreadPoolExecutor\n")]
    public void A_program_that_observes_time_gets_several_runs(string source) =>
        Assert.Equal(CorpusJudge.TimedAttempts, CorpusJudge.AttemptsFor(source));

    [Theory]
    [InlineData("print(sum(range(10)))\n")]
    [InlineData("timeout = 3\nprint(timeout)\n")]
    [InlineData("import datetime\nprint(datetime.date(2020, 1, 2))\n")]
    public void A_program_that_does_not_observe_time_gets_one_run(string source) =>
        Assert.Equal(1, CorpusJudge.AttemptsFor(source));
}
