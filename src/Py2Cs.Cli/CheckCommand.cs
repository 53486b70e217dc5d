using System.CommandLine;
using Py2Cs.Compiler;

namespace Py2Cs.Cli;

/// <summary><c>py2cs check FILE.py|DIR...</c>: translate and compile without running or writing
/// anything; report diagnostics. Silent on success for one file; a summary line for several.</summary>
sealed class CheckCommand
{
    readonly CliEnvironment _env;
    readonly GlobalOptions _globals;

    readonly Argument<string[]> _inputs = new("inputs") { Description = ".py files or folders of them", Arity = ArgumentArity.OneOrMore };
    readonly Option<bool> _noCache = CommonOptions.NoCache();

    public CheckCommand(CliEnvironment env, GlobalOptions globals)
    {
        _env = env;
        _globals = globals;
        Command = new Command("check", "Translate and compile, report diagnostics; writes nothing") { _inputs, _noCache };
        Command.SetAction(Execute);
    }

    public Command Command { get; }

    int Execute(ParseResult parsed)
    {
        var printer = _globals.PrinterFor(parsed, _env.Error);
        CompileCache? cache = parsed.GetValue(_noCache) ? null : _env.DefaultCache();
        List<string> files = [.. parsed.GetValue(_inputs)!.SelectMany(input => Directory.Exists(input) ? SourceFiles.Under(input) : [input])];

        int worst = ExitCodes.Success, failed = 0;
        foreach (string path in files)
        {
            var source = SourceFiles.Read(path);
            BuildResult built = _env.Build(source, _globals.DynamicFor(parsed), cache);
            printer.Print(built.Diagnostics, source, built.InternalException);
            int status = ExitCodes.For(built.Diagnostics);
            if (status != ExitCodes.Success) failed++;
            worst = Math.Max(worst, status);
        }
        if (files.Count > 1)
            _env.Out.Write($"{files.Count - failed} compiled, {failed} failed\n");
        return worst;
    }
}
