using System.CommandLine;
using Py2Cs.Compiler;

namespace Py2Cs.Cli;

/// <summary>
/// <c>py2cs diff FILE.py [FILE.cs]</c>: the unified diff from the existing .cs to what py2cs
/// generates now, for people who keep generated code under version control. Exit 0 when they are
/// the same (line endings aside), 1 when they differ or the .cs does not exist.
/// </summary>
sealed class DiffCommand
{
    readonly CliEnvironment _env;
    readonly GlobalOptions _globals;

    readonly Argument<string> _source = new("file") { Description = "The .py program" };
    readonly Argument<string?> _existing = new("generated")
    {
        Description = "The .cs to compare with (default: FILE.cs beside the program)",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public DiffCommand(CliEnvironment env, GlobalOptions globals)
    {
        _env = env;
        _globals = globals;
        Command = new Command("diff", "Show how the existing .cs differs from what py2cs generates now") { _source, _existing };
        Command.SetAction(Execute);
    }

    public Command Command { get; }

    int Execute(ParseResult parsed)
    {
        var source = SourceFiles.Read(parsed.GetValue(_source)!);
        string existingPath = parsed.GetValue(_existing) ?? Path.ChangeExtension(source.Path, ".cs");

        TranspileResult result = _env.Transpile(source);
        var report = _globals.ReportFor(parsed, _env);
        report.Diagnostics(result.Diagnostics, source, result.InternalException);
        report.Complete();
        if (result.HasErrors || result.CSharp is null)
            return ExitCodes.For(result.Diagnostics);
        string now = GeneratedFile.Render(result.CSharp, Path.GetFileName(source.Path));

        if (Directory.Exists(existingPath))
            throw new InputFailedException($"'{existingPath}' is a folder; diff compares with a .cs file");
        string before = "";
        if (File.Exists(existingPath))
            before = ReadExisting(existingPath);
        else
            _env.Error.Write($"py2cs: '{existingPath}' does not exist; the diff shows the whole generated file\n");

        string diff = UnifiedDiff.Between(before, now, existingPath, $"{existingPath} (generated now)");
        if (diff.Length == 0 && File.Exists(existingPath))
            return ExitCodes.Success;
        _env.Out.Write(diff.Length == 0 ? "" : diff.EndsWith('\n') ? diff : diff + "\n");
        return ExitCodes.Failure;
    }

    static string ReadExisting(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputFailedException($"cannot read '{path}': {e.Message}");
        }
    }
}
