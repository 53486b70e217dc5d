using System.CommandLine;
using Py2Cs.Compiler;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Cli;

/// <summary>
/// <c>py2cs convert FILE.py|DIR|-</c>: writes the generated C# beside the source (or to <c>-o</c>,
/// or stdout). Never overwrites a file that py2cs did not generate, unless <c>--force</c>.
/// A folder is converted file by file, going on past failures, with a summary line at the end.
/// </summary>
sealed class ConvertCommand
{
    readonly CliEnvironment _env;
    readonly GlobalOptions _globals;
    /// <summary>The scopes translated dynamically in this run (only with the hidden --force-dynamic).</summary>
    Py2Cs.Semantics.Verdicts.DynamicScopes _dynamic = Py2Cs.Semantics.Verdicts.DynamicScopes.None;

    readonly Argument<string> _input = new("input")
    {
        Description = "A .py file, a folder (converts every .py under it), or - to read the program from stdin",
    };
    readonly Option<string?> _output = new("--output", "-o")
    {
        Description = "Write here instead of beside the source: a .cs path, or a folder (a folder input is mirrored into it)",
    };
    readonly Option<bool> _stdout = new("--stdout") { Description = "Write the C# to stdout instead of a file" };
    readonly Option<bool> _force = new("--force") { Description = "Overwrite the target even if py2cs did not generate it" };
    readonly Option<string?> _dump = new("--dump")
    {
        Description = "Print a stage of the pipeline to stdout instead of writing a file: tokens, ast or cs",
    };

    public ConvertCommand(CliEnvironment env, GlobalOptions globals)
    {
        _env = env;
        _globals = globals;
        _dump.AcceptOnlyFromAmong(DumpKinds.Tokens, DumpKinds.Ast, DumpKinds.CSharp);
        Command = new Command("convert", "Translate Python to C# and write the .cs file") { _input, _output, _stdout, _force, _dump };
        Command.SetAction(Execute);
    }

    public Command Command { get; }

    int Execute(ParseResult parsed)
    {
        string input = parsed.GetValue(_input)!;
        string? output = parsed.GetValue(_output);
        bool toStdout = parsed.GetValue(_stdout), force = parsed.GetValue(_force);
        string? dump = parsed.GetValue(_dump);
        var printer = _globals.PrinterFor(parsed, _env.Error);
        _dynamic = _globals.DynamicFor(parsed);

        if (toStdout && output is not null)
            throw new UsageException("--stdout and -o/--output both say where to write; give one");
        if (dump is not null && (toStdout || output is not null))
            throw new UsageException("--dump prints to stdout; it takes no -o/--output or --stdout");

        if (input != SourceFiles.StdinName && Directory.Exists(input))
        {
            if (toStdout || dump is not null)
                throw new UsageException($"'{input}' is a folder: --stdout and --dump take a single file");
            return ConvertFolder(input, output, force, printer);
        }

        SourceText source;
        if (input == SourceFiles.StdinName)
        {
            if (!toStdout && output is null && dump is null)
                throw new UsageException("reading from stdin (-) needs --stdout or -o PATH to say where the C# goes");
            source = SourceFiles.ReadStdin(_env.In);
        }
        else
        {
            source = SourceFiles.Read(input);
        }

        if (dump is not null)
            return Dump(source, dump, printer);
        string? target = toStdout ? null : TargetFor(source.Path, output);
        return ConvertFile(source, target, force, printer);
    }

    /// <summary>Converts one file; target null means stdout. Returns the exit status.</summary>
    int ConvertFile(SourceText source, string? target, bool force, DiagnosticPrinter printer)
    {
        // Checked before translating so that a refusal costs nothing and says only what matters.
        if (target is not null && !force)
            EnsureOverwritable(target);

        TranspileResult result = _env.Translate(source, _dynamic);
        printer.Print(result.Diagnostics, source, result.InternalException);
        if (result.HasErrors || result.CSharp is null)
            return ExitCodes.For(result.Diagnostics);

        string file = GeneratedFile.Render(result.CSharp, Path.GetFileName(source.Path));
        if (target is null)
            _env.Out.Write(file);
        else
            Write(target, file);
        return ExitCodes.Success;
    }

    int ConvertFolder(string folder, string? outputRoot, bool force, DiagnosticPrinter printer)
    {
        int converted = 0, failed = 0;
        foreach (string path in SourceFiles.Under(folder))
        {
            string target = outputRoot is null
                ? Path.ChangeExtension(path, ".cs")
                : Path.Combine(outputRoot, Path.ChangeExtension(Path.GetRelativePath(folder, path), ".cs"));
            int status;
            try
            {
                status = ConvertFile(SourceFiles.Read(path), target, force, printer);
            }
            catch (Exception e) when (e is CommandFailedException or UsageException)
            {
                _env.Error.Write($"py2cs: error: {e.Message}\n");
                status = ExitCodes.Failure;
            }
            if (status == ExitCodes.Success) converted++; else failed++;
        }
        _env.Out.Write($"{converted} converted, {failed} failed\n");
        return failed == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    int Dump(SourceText source, string kind, DiagnosticPrinter printer)
    {
        switch (kind)
        {
            case DumpKinds.Tokens:
                _env.Out.Write(Py2Cs.Syntax.TokenDumper.Dump(source));
                return ExitCodes.Success;
            case DumpKinds.Ast:
                var parsed = Py2Cs.Syntax.SyntaxParser.Parse(source);
                printer.Print(parsed.Diagnostics, source);
                if (parsed.Module is null) return ExitCodes.For(parsed.Diagnostics);
                _env.Out.Write(Py2Cs.Syntax.Ast.AstDumper.Dump(parsed.Module) + "\n");
                return ExitCodes.For(parsed.Diagnostics);
            default:
                return ConvertFile(source, target: null, force: false, printer);
        }
    }

    /// <summary>Beside the source, or <c>-o</c>: a path, or a folder to put NAME.cs in.</summary>
    static string TargetFor(string sourcePath, string? output)
    {
        string name = sourcePath == SourceFiles.StdinPath ? "stdin.cs" : Path.GetFileNameWithoutExtension(sourcePath) + ".cs";
        if (output is null) return Path.ChangeExtension(sourcePath, ".cs");
        return Directory.Exists(output) ? Path.Combine(output, name) : output;
    }

    static void EnsureOverwritable(string target)
    {
        if (Directory.Exists(target))
            throw new CommandFailedException($"'{target}' is a folder");
        if (!File.Exists(target)) return;
        string existing;
        try
        {
            existing = File.ReadAllText(target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CommandFailedException($"cannot read '{target}' to check who wrote it: {e.Message}");
        }
        if (!GeneratedFile.IsGenerated(existing))
            throw new CommandFailedException(
                $"refusing to overwrite '{target}': py2cs did not generate it (its first line is not a '// <auto-generated by py2cs' marker); use --force to replace it");
    }

    static void Write(string target, string text)
    {
        try
        {
            string? folder = Path.GetDirectoryName(target);
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
            File.WriteAllText(target, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CommandFailedException($"cannot write '{target}': {e.Message}");
        }
    }
}

/// <summary>The values of <c>--dump</c>.</summary>
static class DumpKinds
{
    public const string Tokens = "tokens";
    public const string Ast = "ast";
    public const string CSharp = "cs";
}
