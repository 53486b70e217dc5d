using System.CommandLine;

namespace Py2Cs.Cli;

/// <summary>Options shared by several commands (a new instance per command: an option belongs to one parent).</summary>
static class CommonOptions
{
    public static Option<bool> NoCache() => new("--no-cache")
    {
        Description = "Compile with Roslyn even when the compile cache ($XDG_CACHE_HOME/py2cs or ~/.cache/py2cs) holds the program",
    };
}
