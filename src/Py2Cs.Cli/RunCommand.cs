using System.CommandLine;
using System.Diagnostics;
using Py2Cs.Compiler;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Cli;

/// <summary>
/// <c>py2cs run FILE.py [args...]</c>: transpile, compile in memory (or take the image from the
/// compile cache), run in this process, exit with the program's status. Everything after FILE.py
/// goes to the program untouched, as with <c>python3 FILE.py args...</c>.
/// </summary>
sealed class RunCommand
{
    readonly CliEnvironment _env;
    readonly GlobalOptions _globals;

    readonly Argument<string> _file = new("file") { Description = "The .py program to run" };
    // Declared for the help text only: CliApp hands everything after FILE.py to the program
    // before System.CommandLine sees it (see ProgramArguments).
    readonly Option<bool> _noCache = CommonOptions.NoCache();
    readonly Argument<string[]> _args = new("args") { Description = "Arguments passed to the program (sys.argv[1:])", Arity = ArgumentArity.ZeroOrMore };

    public RunCommand(CliEnvironment env, GlobalOptions globals)
    {
        _env = env;
        _globals = globals;
        Command = new Command("run", "Translate, compile and run a program; exits with its status")
        {
            _file, _args, _noCache,
        };
        Command.SetAction(Execute);
    }

    public Command Command { get; }

    /// <summary>The arguments after FILE.py, split off the command line by <see cref="ProgramArguments.Split"/>.</summary>
    public string[] ProgramArguments { get; set; } = [];

    int Execute(ParseResult parsed)
    {
        SourceText source = SourceFiles.Read(parsed.GetValue(_file)!);
        var report = _globals.ReportFor(parsed, _env);
        bool verbose = parsed.GetValue(_globals.Verbose);

        var clock = Stopwatch.StartNew();
        CompileCache? cache = parsed.GetValue(_noCache) ? null : _env.DefaultCache();
        // An unchanged program run before: its image straight from the cache, without translating
        // it or loading Roslyn (most of a cached run's start-up otherwise). Only a program that
        // translated without a diagnostic is cached so, so there is nothing to report.
        var dynamic = _globals.DynamicFor(parsed);
        byte[]? image = ProgramBuilder.FromSourceCache(source, cache, dynamic.All);
        bool fromCache = image is not null;
        if (image is not null)
        {
            RuntimeWarmup.StartFor(image);
            report.Complete();
        }
        else
        {
            RuntimeWarmup.Start();
            BuildResult built = _env.Build(source, dynamic, cache);
            report.Diagnostics(built.Diagnostics, source, built.InternalException);
            report.Complete();
            if (built.HasErrors || built.Image is null)
                return ExitCodes.For(built.Diagnostics);
            image = built.Image;
            fromCache = built.FromCache;
        }
        if (verbose)
            _env.Error.Write($"py2cs: built {source.Path} in {clock.ElapsedMilliseconds} ms{(fromCache ? " (compile cache hit)" : "")}\n");

        string[] programArgs = [.. ProgramArguments, .. parsed.GetValue(_args) ?? []];
        RuntimeWarmup.Wait(TimeSpan.FromSeconds(5));
        if (verbose)
            _env.Error.Write($"py2cs: runtime ready after {clock.ElapsedMilliseconds} ms\n");
        try
        {
            // The script's __file__ is its absolute path, as CPython's (standard input keeps its name).
            Py2Cs.Runtime.PyProgram.ScriptPath = File.Exists(source.Path) ? Path.GetFullPath(source.Path) : source.Path;
            return ProgramRunner.Run(image, programArgs, verbose ? line => _env.Error.Write($"py2cs: {line}\n") : null);
        }
        catch (Exception e)
        {
            // PyProgram.Run turns every Python exception into a traceback and status 1, so an
            // exception here escaped the runtime: a py2cs bug. Its stack trace is the bug report.
            Console.Out.Flush();
            _env.Error.Write($"py2cs: error PYCS9001: the translated program raised a .NET exception that the runtime did not turn into a Python one (this is a py2cs bug):\n{e}\n");
            return ExitCodes.Internal;
        }
    }
}
