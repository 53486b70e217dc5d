using Py2Cs.EndToEnd.Tests.Infrastructure;

namespace Py2Cs.EndToEnd.Tests.Execution;

public sealed class KnownFailuresManifestTests
{
    public static TheoryData<string> Manifests => [KnownFailures.Typed.FileName, KnownFailures.ForcedDynamic.FileName];

    [Theory, MemberData(nameof(Manifests))]
    public void Every_entry_names_a_program_of_the_corpus(string manifest)
    {
        var list = manifest == KnownFailures.Typed.FileName ? KnownFailures.Typed : KnownFailures.ForcedDynamic;
        var programs = Corpus.AllKeys().ToHashSet(StringComparer.Ordinal);
        var unknown = list.Entries.Keys.Where(key => !programs.Contains(key)).ToList();
        Assert.True(unknown.Count == 0, $"{manifest} names programs that do not exist: " + string.Join(", ", unknown));
    }
}
