namespace Py2Cs.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A list of corpus programs that do not run like CPython yet, one per line as <c>tier/name.py  reason</c>
/// (blank lines and <c># comments</c> ignored): <c>known-failures.txt</c> (as translated by default) and
/// <c>forced-dynamic-failures.txt</c> (with every scope forced dynamic). A listed program is reported as
/// skipped with its reason, never as passed; a listed program that passes fails its test, so the list stays true.
/// </summary>
sealed class FailureManifest(string path)
{
    readonly Lazy<IReadOnlyDictionary<string, string>> _entries = new(() => Load(path));

    public string FileName => Path.GetFileName(path);

    public IReadOnlyDictionary<string, string> Entries => _entries.Value;

    /// <summary>The reason a program is listed, or null. Key: <c>tier/name.py</c> (or <c>examples/name.py</c>).</summary>
    public string? ReasonFor(string key) => Entries.GetValueOrDefault(key);

    static IReadOnlyDictionary<string, string> Load(string path)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        string name = Path.GetFileName(path);
        foreach (string raw in File.ReadLines(path))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            int gap = line.IndexOfAny([' ', '\t']);
            if (gap < 0) throw new FormatException($"{name}: '{line}' has no reason; write 'tier/name.py  reason'");
            entries[line[..gap]] = line[gap..].Trim();
        }
        return entries;
    }
}
