using System.CommandLine;

namespace Py2Cs.Cli;

/// <summary>
/// The py2cs command line: parses, dispatches to a command, and turns every outcome into an exit
/// status. 0 success; 1 an error diagnostic or a refused/failed request; 2 bad usage; 70 a bug in
/// py2cs (one line, no .NET stack trace unless --verbose); <c>run</c> exits with the program's status.
/// </summary>
sealed class CliApp(CliEnvironment env)
{
    public int Run(string[] args)
    {
        var globals = new GlobalOptions();
        var run = new RunCommand(env, globals);
        var root = new RootCommand("py2cs: translates Python 3.11 asyncio programs to C# on .NET 10")
        {
            globals.Verbose,
            globals.Quiet,
            globals.DiagnosticsFormat,
            globals.ForceDynamic,
            globals.LineDirectives,
            globals.AllowUnsupported,
            new ConvertCommand(env, globals).Command,
            run.Command,
            new DiffCommand(env, globals).Command,
            new CheckCommand(env, globals).Command,
        };

        bool verbose = args.Contains("--verbose") || args.Contains("-v");
        try
        {
            (string[] ours, string[] program) = ProgramArguments.Split(args, root, run.Command);
            run.ProgramArguments = program;
            ParseResult parsed = root.Parse(ours);
            if (parsed.Errors.Count > 0)
            {
                foreach (var error in parsed.Errors)
                    env.Error.Write($"py2cs: error: {error.Message}\n");
                env.Error.Write("Run 'py2cs --help' for usage.\n");
                return ExitCodes.Usage;
            }
            verbose = parsed.GetValue(globals.Verbose);
            return parsed.Invoke(new InvocationConfiguration { Output = env.Out, Error = env.Error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            env.Error.Write($"py2cs: error: {e.Message}\n");
            return ExitCodes.Usage;
        }
        catch (CommandFailedException e)
        {
            env.Error.Write($"py2cs: error: {e.Message}\n");
            return ExitCodes.Failure;
        }
        catch (InputFailedException e)
        {
            env.Error.Write($"py2cs: error: {e.Message}\n");
            return ExitCodes.Usage;
        }
        catch (Exception e)
        {
            env.Error.Write($"py2cs: error PYCS9001: internal error: {e.GetType().Name}: {e.Message} (this is a py2cs bug; --verbose shows the stack trace)\n");
            if (verbose) env.Error.Write(e + "\n");
            return ExitCodes.Internal;
        }
        finally
        {
            env.Out.Flush();
            env.Error.Flush();
        }
    }
}
