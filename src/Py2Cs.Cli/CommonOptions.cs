using System.CommandLine;

namespace Py2Cs.Cli;

/// <summary>Options shared by several commands (a new instance per command: an option belongs to one parent).</summary>
static class CommonOptions
{
    public static Option<bool> NoCache() => new("--no-cache")
    {
        Description = "Compile with Roslyn even when the compile cache ($XDG_CACHE_HOME/py2cs or ~/.cache/py2cs) holds the program",
    };

    public static Option<int> Jobs() => new("--jobs", "-j")
    {
        Description = "Files handled at once (default: the number of cores); the output is the same whatever the number",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    /// <summary>The value of <c>-j</c>, which must be at least 1.</summary>
    public static int JobsFrom(ParseResult parsed, Option<int> jobs)
    {
        int value = parsed.GetValue(jobs);
        if (value < 1) throw new UsageException($"-j/--jobs takes a number of at least 1, not {value}");
        return value;
    }
}
