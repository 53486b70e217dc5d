namespace Py2Cs.EndToEnd.Tests.Infrastructure;

/// <summary>
/// <c>known-failures.txt</c>: programs that do not run correctly yet, one per line as
/// <c>tier/name.py  reason</c> (blank lines and <c># comments</c> ignored). A listed program is
/// reported as skipped with its reason, never as passed; a listed program that passes fails its
/// test, so the list stays true (remove the line).
/// </summary>
static class KnownFailures
{
    static readonly Lazy<IReadOnlyDictionary<string, string>> s_entries = new(Load);

    public static IReadOnlyDictionary<string, string> Entries => s_entries.Value;

    /// <summary>The reason a program is listed, or null. Key: <c>tier/name.py</c> (or <c>examples/name.py</c>).</summary>
    public static string? ReasonFor(string key) => Entries.GetValueOrDefault(key);

    static IReadOnlyDictionary<string, string> Load()
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string raw in File.ReadLines(RepoPaths.KnownFailuresManifest))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            int gap = line.IndexOfAny([' ', '\t']);
            if (gap < 0) throw new FormatException($"known-failures.txt: '{line}' has no reason; write 'tier/name.py  reason'");
            entries[line[..gap]] = line[gap..].Trim();
        }
        return entries;
    }
}
