using System.CommandLine;
using System.Diagnostics;
using Py2Cs.Compiler;
using Py2Cs.Semantics.Verdicts;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Cli;

/// <summary>
/// <c>py2cs convert PATH...</c>: files, folders (every .py under them) or <c>-</c> for stdin. The
/// C# goes beside each source, under <c>-o DIR</c> (mirroring the inputs' tree), or to stdout.
/// Files are written only when their content changes, atomically; a file py2cs did not generate is
/// never overwritten without <c>--force</c>. <c>--check</c> and <c>--diff</c> write nothing. Inputs
/// are checked before anything is written; then one failing file never stops the others.
/// </summary>
sealed class ConvertCommand
{
    readonly CliEnvironment _env;
    readonly GlobalOptions _globals;

    readonly Argument<string[]> _inputs = new("paths")
    {
        Description = ".py files, folders (every .py under them, hidden folders skipped), or - to read one program from stdin",
        Arity = ArgumentArity.OneOrMore,
    };
    readonly Option<string?> _output = new("--output", "-o")
    {
        Description = "Write here instead of beside the sources: a .cs path for one file, else a folder that mirrors the inputs' tree",
    };
    readonly Option<bool> _flat = new("--flat")
    {
        Description = "With -o DIR: write every NAME.cs straight into DIR, whatever folder its source is in (what a build needs)",
    };
    readonly Option<bool> _stdout = new("--stdout") { Description = "Write the C# of one file to stdout instead of a file" };
    readonly Option<bool> _force = new("--force") { Description = "Overwrite targets even when py2cs did not generate them" };
    readonly Option<string[]> _exclude = CommonOptions.Exclude();
    readonly Option<bool> _check = new("--check")
    {
        Description = "Write nothing; exit 0 when every output is up to date, 1 when one would change or a file fails, 2 on usage or I/O errors",
    };
    readonly Option<bool> _diff = new("--diff")
    {
        Description = "Write nothing; print a unified diff (git apply-able) from each existing output to what would be written",
    };
    readonly Option<int> _jobs = CommonOptions.Jobs();
    readonly Option<string?> _emitProject = new("--emit-project")
    {
        Description = "With -o DIR: also write DIR/NAME.csproj and a copy of the runtime, so that `dotnet run` in DIR runs the program",
    };
    readonly Option<string?> _dump = new("--dump")
    {
        Description = "Print a stage of the pipeline to stdout instead of writing a file: tokens, ast or cs",
    };

    public ConvertCommand(CliEnvironment env, GlobalOptions globals)
    {
        _env = env;
        _globals = globals;
        _dump.AcceptOnlyFromAmong(DumpKinds.Tokens, DumpKinds.Ast, DumpKinds.CSharp);
        Command = new Command("convert", "Translate Python to C# and write the .cs files")
        {
            _inputs, _output, _flat, _stdout, _force, _exclude, _check, _diff, _jobs, _emitProject, _dump,
        };
        Command.SetAction(Execute);
    }

    public Command Command { get; }

    int Execute(ParseResult parsed)
    {
        string[] inputs = parsed.GetValue(_inputs)!;
        string? output = parsed.GetValue(_output), dump = parsed.GetValue(_dump), project = parsed.GetValue(_emitProject);
        bool toStdout = parsed.GetValue(_stdout), flat = parsed.GetValue(_flat), check = parsed.GetValue(_check), diff = parsed.GetValue(_diff);
        int jobs = CommonOptions.JobsFrom(parsed, _jobs);
        CheckCombinations(inputs, output, toStdout, check || diff, dump, project);
        if (flat && output is null)
            throw new UsageException("--flat puts every output into the -o folder; give -o DIR");

        DiagnosticReport report = _globals.ReportFor(parsed, _env);
        // --force-dynamic (or PY2CS_FORCE_DYNAMIC=1) is honoured here as run and check honour it.
        DynamicScopes dynamic = _globals.DynamicFor(parsed);
        Func<SourceText, TranspileResult> translate = source => _env.Translate(source, dynamic);
        if (dump is not null)
            return Dump(inputs[0], dump, report, translate);

        var excludes = (parsed.GetValue(_exclude) ?? []).Select(pattern => new ExcludeGlob(pattern)).ToList();
        var (planned, errors, isBatch) = ConversionPlan.Make(inputs, excludes, new OutputChoice(output, toStdout, OutputIsFolder: project is not null || flat, Flat: flat));
        if (project is not null && planned.Count > 1)
            errors = [.. errors, new InputError(output!, $"--emit-project makes a project for one program; {planned.Count} programs were given")];
        if (errors.Count > 0)
        {
            // Nothing is written when an input is wrong: a half-converted tree helps no one.
            foreach (var error in errors) report.FileProblem(error.Path, error.Message);
            report.Complete();
            return ExitCodes.Usage;
        }

        var settings = new ConvertSettings(parsed.GetValue(_force), Check: check, ShowDiff: diff);
        var batch = new ConvertBatch(_env, translate, report, settings, isBatch, quiet: parsed.GetValue(_globals.Quiet), verbose: parsed.GetValue(_globals.Verbose));
        var clock = Stopwatch.StartNew();
        var (status, allConverted) = batch.Run(planned, jobs);
        if (project is not null && allConverted)
            status = Math.Max(status, EmitProject(output!, project, parsed.GetValue(_force), report, batch));
        report.Complete();
        if (isBatch && !batch.Quiet && !report.IsDocument)
            _env.Error.Write(batch.Summary.Line(clock.Elapsed));
        return status;
    }

    static void CheckCombinations(string[] inputs, string? output, bool toStdout, bool writesNothing, string? dump, string? project)
    {
        if (toStdout && output is not null)
            throw new UsageException("--stdout and -o/--output both say where to write; give one");
        if (toStdout && writesNothing)
            throw new UsageException("--check and --diff compare with the files on disk; they take no --stdout");
        if (dump is not null && (toStdout || output is not null || writesNothing || project is not null || inputs.Length != 1))
            throw new UsageException("--dump prints one file's stage to stdout; it takes one input and no -o, --stdout, --check, --diff or --emit-project");
        if (project is not null && (output is null || writesNothing))
            throw new UsageException("--emit-project NAME writes a project into the -o folder; give -o DIR, and no --check or --diff");
        if (project is not null && (project.Length == 0 || project.IndexOfAny([.. Path.GetInvalidFileNameChars(), ' ', '/', '\\']) >= 0))
            throw new UsageException($"--emit-project takes a project name (letters, digits, '.', '_', '-'), not '{project}'");
    }

    int EmitProject(string folder, string name, bool force, DiagnosticReport report, ConvertBatch batch)
    {
        try
        {
            foreach (var (path, changed) in ProjectEmitter.Write(folder, name, force))
                batch.Announce(changed ? $"wrote {path}" : $"unchanged {path}", important: changed);
            return ExitCodes.Success;
        }
        catch (CommandFailedException e)
        {
            report.FileProblem(Path.Combine(folder, name + ".csproj"), e.Message);
            return ExitCodes.Failure;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            report.FileProblem(folder, $"cannot write the project into '{folder}': {e.Message}");
            return ExitCodes.Usage;
        }
    }

    int Dump(string input, string kind, DiagnosticReport report, Func<SourceText, TranspileResult> translate)
    {
        SourceText source = input == SourceFiles.StdinName ? SourceFiles.ReadStdin(_env.In) : SourceFiles.Read(input);
        int status;
        switch (kind)
        {
            case DumpKinds.Tokens:
                _env.Out.Write(Py2Cs.Syntax.TokenDumper.Dump(source));
                status = ExitCodes.Success;
                break;
            case DumpKinds.Ast:
                var parsed = Py2Cs.Syntax.SyntaxParser.Parse(source);
                report.Diagnostics(parsed.Diagnostics, source);
                if (parsed.Module is not null)
                    _env.Out.Write(Py2Cs.Syntax.Ast.AstDumper.Dump(parsed.Module) + "\n");
                status = ExitCodes.For(parsed.Diagnostics);
                break;
            default:
                var result = translate(source);
                report.Diagnostics(result.Diagnostics, source, result.InternalException);
                if (result.CSharp is not null && !result.HasErrors)
                    _env.Out.Write(Py2Cs.Compiler.GeneratedFile.Render(result.CSharp, Path.GetFileName(source.Path)));
                status = ExitCodes.For(result.Diagnostics);
                break;
        }
        report.Complete();
        return status;
    }
}

/// <summary>The values of <c>--dump</c>.</summary>
static class DumpKinds
{
    public const string Tokens = "tokens";
    public const string Ast = "ast";
    public const string CSharp = "cs";
}
