namespace Py2Cs.Cli;

/// <summary>Where the C# goes: beside each source, mirrored under a folder (<c>-o DIR</c>), to one
/// named file (<c>-o FILE.cs</c>, a single input), or to stdout.
/// <paramref name="OutputIsFolder"/>: <c>-o</c> names a folder even for one file (<c>--emit-project</c>, <c>--flat</c>).
/// <paramref name="Flat"/>: every target goes straight into that folder (<c>--flat</c>), not into a mirror of the inputs' tree.</summary>
sealed record OutputChoice(string? Output, bool ToStdout, bool OutputIsFolder = false, bool Flat = false);

/// <summary>
/// Turns <c>convert PATH...</c> into jobs before anything is written: every input is checked, every
/// folder walked, every target computed and checked (never a .py, never a source, never two
/// sources to one file). Any problem is an <see cref="InputError"/>; the command then reports them
/// all and writes nothing.
/// </summary>
static class ConversionPlan
{
    public static (IReadOnlyList<ConversionJob> Jobs, IReadOnlyList<InputError> Errors, bool IsBatch) Make(
        IReadOnlyList<string> inputs, IReadOnlyList<ExcludeGlob> excludes, OutputChoice output)
    {
        var errors = new List<InputError>();
        var sources = new List<string>();
        var roots = new List<string>();
        bool anyFolder = false;

        foreach (string input in inputs)
        {
            if (input == SourceFiles.StdinName)
            {
                sources.Add(input);
                continue;
            }
            if (Directory.Exists(input))
            {
                anyFolder = true;
                var (files, walkErrors) = SourceTree.Walk(input, excludes);
                errors.AddRange(walkErrors);
                if (files.Count == 0 && walkErrors.Count == 0)
                    errors.Add(new InputError(input, $"no .py files under '{input}'{(excludes.Count > 0 ? " (after --exclude)" : "")}"));
                sources.AddRange(files);
                roots.Add(input);
            }
            else if (File.Exists(input))
            {
                sources.Add(input);
                roots.Add(Path.GetDirectoryName(Path.GetFullPath(input))!);
            }
            else
            {
                errors.Add(new InputError(input, DescribeMissing(input)));
            }
        }

        if (sources.Count(s => s == SourceFiles.StdinName) > 1)
            errors.Add(new InputError(SourceFiles.StdinName, "stdin (-) can be read only once"));
        List<string> unique = [.. sources.DistinctBy(s => s == SourceFiles.StdinName ? s : Path.GetFullPath(s))];
        bool isBatch = anyFolder || unique.Count > 1;

        if (output.ToStdout && isBatch)
            errors.Add(new InputError(string.Join(' ', inputs), "--stdout takes a single file; several programs would run together"));
        if (unique.Contains(SourceFiles.StdinName) && !output.ToStdout && output.Output is null)
            errors.Add(new InputError(SourceFiles.StdinName, "reading from stdin (-) needs --stdout or -o PATH to say where the C# goes"));

        var jobs = new List<ConversionJob>();
        if (errors.Count == 0)
            jobs = [.. unique.Select(source => new ConversionJob(source, output.ToStdout ? null : TargetFor(source, output, isBatch, roots)))];
        errors.AddRange(CheckTargets(jobs));
        return (jobs, errors, isBatch);
    }

    static string DescribeMissing(string input)
    {
        try
        {
            if (new FileInfo(input).LinkTarget is { } link)
                return $"'{input}' is a symbolic link to '{link}', which cannot be followed (missing, or a loop)";
        }
        catch (IOException) { }
        return $"no such file or folder: '{input}'";
    }

    /// <summary>Beside the source; or <c>-o</c>: one file for one input, else a folder that mirrors
    /// the inputs below their common folder (or, <c>--flat</c>, holds them all side by side).</summary>
    static string TargetFor(string source, OutputChoice choice, bool isBatch, IReadOnlyList<string> roots)
    {
        string? output = choice.Output;
        string name = source == SourceFiles.StdinName ? "stdin.cs" : Path.GetFileNameWithoutExtension(source) + ".cs";
        if (output is null)
            return Path.ChangeExtension(source, ".cs");
        if (!isBatch || choice.Flat)
            return choice.OutputIsFolder || Directory.Exists(output) || EndsWithSeparator(output) ? Path.Combine(output, name) : output;
        if (source == SourceFiles.StdinName)
            return Path.Combine(output, name);
        string relative = Path.GetRelativePath(CommonFolder(roots), Path.GetFullPath(source));
        return Path.Combine(output, Path.ChangeExtension(relative, ".cs"));
    }

    static bool EndsWithSeparator(string path) => path.EndsWith('/') || path.EndsWith(Path.DirectorySeparatorChar);

    static string CommonFolder(IReadOnlyList<string> folders)
    {
        string[][] parts = [.. folders.Select(f => Path.TrimEndingDirectorySeparator(Path.GetFullPath(f)).Split(Path.DirectorySeparatorChar))];
        int common = parts.Min(p => p.Length);
        for (int i = 0; i < common; i++)
        {
            if (parts.Any(p => p[i] != parts[0][i]))
            {
                common = i;
                break;
            }
        }
        string joined = string.Join(Path.DirectorySeparatorChar, parts[0][..common]);
        return joined.Length == 0 ? Path.DirectorySeparatorChar.ToString() : joined;
    }

    static IEnumerable<InputError> CheckTargets(IReadOnlyList<ConversionJob> jobs)
    {
        var sources = jobs.Where(j => !j.IsStdin).Select(j => Path.GetFullPath(j.Source)).ToHashSet();
        var seen = new Dictionary<string, string>();
        foreach (var job in jobs)
        {
            if (job.Target is null) continue;
            string full = Path.GetFullPath(job.Target);
            if (job.Target.EndsWith(".py", StringComparison.OrdinalIgnoreCase) || sources.Contains(full))
                yield return new InputError(job.Target, $"refusing to write C# to '{job.Target}': py2cs never writes a .py file or a source");
            else if (Directory.Exists(full))
                yield return new InputError(job.Target, $"'{job.Target}' is a folder; the C# of '{job.Source}' needs a file there");
            else if (seen.TryGetValue(full, out string? other))
                yield return new InputError(job.Target, $"'{other}' and '{job.Source}' would both be written to '{job.Target}'");
            else
                seen[full] = job.Source;
        }
    }
}
