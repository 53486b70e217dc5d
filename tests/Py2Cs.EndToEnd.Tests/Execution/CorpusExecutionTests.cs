using Py2Cs.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Py2Cs.EndToEnd.Tests.Execution;

/// <summary>
/// One theory row per program. A program listed in known-failures.txt is reported as skipped with
/// its reason (never as passed), and fails if it passes now, so that the list stays true.
/// One class per folder, all in one collection: programs run one at a time, because their output
/// order depends on timers (10-50 ms apart) that a loaded machine could blur.
/// </summary>
public abstract class CorpusExecutionTests(ITestOutputHelper output)
{
    protected void AssertRunsLikeCPython(string key)
    {
        Verdict verdict = CorpusJudge.Judge(key);
        if (verdict.EarlierAttempts.Count > 0) output.WriteLine(verdict.AttemptsNote);
        string? knownFailure = KnownFailures.ReasonFor(key);
        if (knownFailure is null)
        {
            Assert.True(verdict.Passed, verdict.Report);
            return;
        }
        Assert.False(verdict.Passed, $"{key} passes now: delete its line from known-failures.txt (it said: {knownFailure})");
        Skip.If(true, $"known failure: {knownFailure} [now: {verdict.Summary}]");
    }
}

/// <summary>The corpus's collection runs alone: xunit runs the assembly's other collections (the
/// in-process compile, snapshot and CLI tests, each busy with Roslyn) in parallel with each other,
/// then this one with nothing beside it, so that no test of ours takes the cores from a program's timers.</summary>
[CollectionDefinition(nameof(CorpusExecutionTests), DisableParallelization = true)]
public sealed class CorpusExecutionCollection;

[Collection(nameof(CorpusExecutionTests))]
public sealed class ExamplesExecutionTests(ITestOutputHelper output) : CorpusExecutionTests(output)
{
    public static TheoryData<string> Programs => Corpus.Programs(Corpus.ExamplesKey);

    [SkippableTheory, MemberData(nameof(Programs))]
    public void Runs_like_CPython(string program) => AssertRunsLikeCPython(program);
}

[Collection(nameof(CorpusExecutionTests))]
public sealed class Tier1SeedExecutionTests(ITestOutputHelper output) : CorpusExecutionTests(output)
{
    public static TheoryData<string> Programs => Corpus.Programs("tier1_seed");

    [SkippableTheory, MemberData(nameof(Programs))]
    public void Runs_like_CPython(string program) => AssertRunsLikeCPython(program);
}

[Collection(nameof(CorpusExecutionTests))]
public sealed class Tier2LanguageExecutionTests(ITestOutputHelper output) : CorpusExecutionTests(output)
{
    public static TheoryData<string> Programs => Corpus.Programs("tier2_language");

    [SkippableTheory, MemberData(nameof(Programs))]
    public void Runs_like_CPython(string program) => AssertRunsLikeCPython(program);
}

[Collection(nameof(CorpusExecutionTests))]
public sealed class Tier3AsyncioExecutionTests(ITestOutputHelper output) : CorpusExecutionTests(output)
{
    public static TheoryData<string> Programs => Corpus.Programs("tier3_asyncio");

    [SkippableTheory, MemberData(nameof(Programs))]
    public void Runs_like_CPython(string program) => AssertRunsLikeCPython(program);
}

[Collection(nameof(CorpusExecutionTests))]
public sealed class Tier4RealisticExecutionTests(ITestOutputHelper output) : CorpusExecutionTests(output)
{
    public static TheoryData<string> Programs => Corpus.Programs("tier4_realistic");

    [SkippableTheory, MemberData(nameof(Programs))]
    public void Runs_like_CPython(string program) => AssertRunsLikeCPython(program);
}

[Collection(nameof(CorpusExecutionTests))]
public sealed class Tier5ErrorsExecutionTests(ITestOutputHelper output) : CorpusExecutionTests(output)
{
    public static TheoryData<string> Programs => Corpus.Programs("tier5_errors");

    [SkippableTheory, MemberData(nameof(Programs))]
    public void Runs_like_CPython(string program) => AssertRunsLikeCPython(program);
}

[Collection(nameof(CorpusExecutionTests))]
public sealed class Tier6WildExecutionTests(ITestOutputHelper output) : CorpusExecutionTests(output)
{
    public static TheoryData<string> Programs => Corpus.Programs("tier6_wild");

    [SkippableTheory, MemberData(nameof(Programs))]
    public void Runs_like_CPython(string program) => AssertRunsLikeCPython(program);
}

/// <summary>Random programs from tools/difftest/generator.py with CPython's output recorded
/// (<c>python3 tools/difftest/difftest.py record</c>): differential testing against CPython in CI.</summary>
[Collection(nameof(CorpusExecutionTests))]
public sealed class DifferentialExecutionTests(ITestOutputHelper output) : CorpusExecutionTests(output)
{
    public static TheoryData<string> Programs => Corpus.Programs(Corpus.DifferentialKey);

    [SkippableTheory, MemberData(nameof(Programs))]
    public void Runs_like_CPython(string program) => AssertRunsLikeCPython(program);
}
