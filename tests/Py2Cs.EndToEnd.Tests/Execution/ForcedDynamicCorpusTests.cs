using Py2Cs.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Py2Cs.EndToEnd.Tests.Execution;

/// <summary>
/// The corpus with every scope forced dynamic (<c>py2cs run --force-dynamic</c>): the dynamic path must be
/// complete on its own, since it is what the safety net falls back to. A program listed in
/// forced-dynamic-failures.txt (or in known-failures.txt: it fails typed, for that cause) is reported as
/// skipped with its reason; one listed in forced-dynamic-failures.txt that passes fails, so the list stays true.
/// CI runs a fixed sample (every <see cref="SampleStride"/>th program of examples/ and the tiers, in key
/// order: each tier's share); <c>PY2CS_FORCED_DYNAMIC_CORPUS=all</c> runs them all:
/// <code>PY2CS_FORCED_DYNAMIC_CORPUS=all dotnet test tests/Py2Cs.EndToEnd.Tests -c Release --filter ForcedDynamicCorpusTests</code>
/// </summary>
[Collection(nameof(CorpusExecutionTests))]
public sealed class ForcedDynamicCorpusTests(ITestOutputHelper output)
{
    const int SampleStride = 4;
    const string WholeCorpusVariable = "PY2CS_FORCED_DYNAMIC_CORPUS";

    public static TheoryData<string> Programs()
    {
        bool all = Environment.GetEnvironmentVariable(WholeCorpusVariable) == "all";
        var keys = Directory.EnumerateDirectories(RepoPaths.Conformance).Select(dir => Path.GetFileName(dir)).Order(StringComparer.Ordinal)
            .Prepend(Corpus.ExamplesKey)
            .SelectMany(group => Corpus.Programs(group).Select<object[], string>(row => (string)row[0]));
        var data = new TheoryData<string>();
        foreach (var (key, index) in keys.Select((key, index) => (key, index)))
            if (all || index % SampleStride == 0) data.Add(key);
        return data;
    }

    [SkippableTheory, MemberData(nameof(Programs))]
    public void Runs_like_CPython_forced_dynamic(string program)
    {
        Verdict verdict = CorpusJudge.Judge(program, forceDynamic: true);
        if (verdict.EarlierAttempts.Count > 0) output.WriteLine(verdict.AttemptsNote);
        string? forcedFailure = KnownFailures.ForcedDynamic.ReasonFor(program);
        if (forcedFailure is not null)
        {
            Assert.False(verdict.Passed, $"{program} passes forced dynamic now: delete its line from forced-dynamic-failures.txt (it said: {forcedFailure})");
            Skip.If(true, $"known forced-dynamic failure: {forcedFailure} [now: {verdict.Summary}]");
        }
        string? typedFailure = KnownFailures.ReasonFor(program);
        if (typedFailure is not null && !verdict.Passed)
            Skip.If(true, $"fails typed too (known-failures.txt): {typedFailure} [now: {verdict.Summary}]");
        Assert.True(verdict.Passed, verdict.Report);
    }
}
