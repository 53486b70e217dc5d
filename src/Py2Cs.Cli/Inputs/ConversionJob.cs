namespace Py2Cs.Cli;

/// <summary>One program to convert: its path as the user named it (or <c>-</c> for stdin) and
/// where its C# goes (null: stdout).</summary>
sealed record ConversionJob(string Source, string? Target)
{
    public bool IsStdin => Source == SourceFiles.StdinName;
}
