using Py2Cs.EndToEnd.Tests.Infrastructure;

namespace Py2Cs.EndToEnd.Tests.Execution;

public sealed class KnownFailuresManifestTests
{
    [Fact]
    public void Every_entry_names_a_program_of_the_corpus()
    {
        var programs = Corpus.AllKeys().ToHashSet(StringComparer.Ordinal);
        var unknown = KnownFailures.Entries.Keys.Where(key => !programs.Contains(key)).ToList();
        Assert.True(unknown.Count == 0, "known-failures.txt names programs that do not exist: " + string.Join(", ", unknown));
    }
}
