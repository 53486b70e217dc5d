using System.CommandLine;
using System.Diagnostics;
using Py2Cs.Compiler;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Cli;

/// <summary><c>py2cs check FILE.py|DIR...</c>: translate and compile without running or writing
/// anything; report diagnostics. Silent on success for one file; a summary line on stderr for
/// several. <c>-j</c> compiles several at once; the report is in input order whatever the number.</summary>
sealed class CheckCommand
{
    readonly CliEnvironment _env;
    readonly GlobalOptions _globals;

    readonly Argument<string[]> _inputs = new("inputs") { Description = ".py files or folders of them", Arity = ArgumentArity.OneOrMore };
    readonly Option<bool> _noCache = CommonOptions.NoCache();
    readonly Option<int> _jobs = CommonOptions.Jobs();

    public CheckCommand(CliEnvironment env, GlobalOptions globals)
    {
        _env = env;
        _globals = globals;
        Command = new Command("check", "Translate and compile, report diagnostics; writes nothing") { _inputs, _noCache, _jobs };
        Command.SetAction(Execute);
    }

    public Command Command { get; }

    int Execute(ParseResult parsed)
    {
        int jobs = CommonOptions.JobsFrom(parsed, _jobs);
        var report = _globals.ReportFor(parsed, _env);
        CompileCache? cache = parsed.GetValue(_noCache) ? null : _env.DefaultCache();
        var (files, errors) = SourceInputs.Expand(parsed.GetValue(_inputs)!);
        if (errors.Count > 0)
        {
            foreach (var error in errors) report.FileProblem(error.Path, error.Message);
            report.Complete();
            return ExitCodes.Usage;
        }

        var clock = Stopwatch.StartNew();
        int worst = ExitCodes.Success, failed = 0;
        OrderedParallel.Run(files.Count, jobs, i => Check(files[i], cache), (i, outcome) =>
        {
            if (outcome.Source is not null)
                report.Diagnostics(outcome.Built.Diagnostics, outcome.Source, outcome.Built.InternalException);
            else
                report.FileProblem(files[i], outcome.Problem!);
            if (outcome.Status != ExitCodes.Success) failed++;
            worst = Math.Max(worst, outcome.Status);
        });
        report.Complete();
        if (files.Count > 1 && !parsed.GetValue(_globals.Quiet) && !report.IsDocument)
            _env.Error.Write(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{files.Count - failed} compiled, {failed} failed ({clock.Elapsed.TotalSeconds:0.00} s)\n"));
        return worst;
    }

    sealed record Checked(SourceText? Source, BuildResult Built, string? Problem, int Status);

    Checked Check(string path, CompileCache? cache)
    {
        SourceText source;
        try
        {
            source = new SourceText(path, File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Checked(null, new BuildResult(null, null, []), $"cannot read '{path}': {e.Message}", ExitCodes.Usage);
        }
        TranspileResult transpiled;
        try
        {
            transpiled = _env.Transpile(source);
        }
        catch (Exception e)
        {
            transpiled = new TranspileResult(null, [InternalError.During("conversion", e)]) { InternalException = e };
        }
        BuildResult built = ProgramBuilder.Compile(source, transpiled, cache);
        return new Checked(source, built, null, ExitCodes.For(built.Diagnostics));
    }
}
