namespace Py2Cs.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The programs the execution tests run: every <c>.py</c> of <c>examples/</c>, of each
/// <c>tests/conformance/&lt;tier&gt;/</c> and of <c>tests/differential/</c> (random programs from
/// tools/difftest), named by key (<c>tier1_seed/hello_sleep.py</c>, <c>examples/02_tasks.py</c>,
/// <c>differential/seed_00001.py</c>), the form known-failures.txt uses.
/// </summary>
static class Corpus
{
    public const string ExamplesKey = "examples";
    public const string DifferentialKey = "differential";

    public static TheoryData<string> Programs(string group)
    {
        var data = new TheoryData<string>();
        foreach (string path in Directory.EnumerateFiles(FolderOf(group), "*.py").Order(StringComparer.Ordinal))
            data.Add($"{group}/{Path.GetFileName(path)}");
        return data;
    }

    public static string FolderOf(string group) => group switch
    {
        ExamplesKey => RepoPaths.Examples,
        DifferentialKey => RepoPaths.Differential,
        _ => Path.Combine(RepoPaths.Conformance, group),
    };

    public static string PathOf(string key)
    {
        int slash = key.IndexOf('/');
        return Path.Combine(FolderOf(key[..slash]), key[(slash + 1)..]);
    }

    /// <summary>Every key there is, for checking the known-failures manifest.</summary>
    public static IEnumerable<string> AllKeys() =>
        Directory.EnumerateDirectories(RepoPaths.Conformance).Select(dir => Path.GetFileName(dir)).Append(ExamplesKey).Append(DifferentialKey)
            .SelectMany(group => Programs(group).Select<object[], string>(row => (string)row[0]));
}
