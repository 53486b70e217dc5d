namespace Py2Cs.Cli;

/// <summary>The .py files a command that reads only (<c>check</c>) takes from its PATH arguments:
/// files as named, folders walked; problems (missing paths, link loops, empty folders) listed.</summary>
static class SourceInputs
{
    public static (IReadOnlyList<string> Files, IReadOnlyList<InputError> Errors) Expand(IEnumerable<string> inputs)
    {
        var files = new List<string>();
        var errors = new List<InputError>();
        foreach (string input in inputs)
        {
            if (Directory.Exists(input))
            {
                var (found, walkErrors) = SourceTree.Walk(input, []);
                files.AddRange(found);
                errors.AddRange(walkErrors);
                if (found.Count == 0 && walkErrors.Count == 0)
                    errors.Add(new InputError(input, $"no .py files under '{input}'"));
            }
            else if (File.Exists(input))
                files.Add(input);
            else
                errors.Add(new InputError(input, $"no such file: '{input}'"));
        }
        return ([.. files.DistinctBy(Path.GetFullPath)], errors);
    }
}
