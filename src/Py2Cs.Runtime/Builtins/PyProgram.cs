namespace Py2Cs.Runtime;

/// <summary>Entry point of a translated program: sets up sys.stdout/stderr, runs the module body and
/// turns SystemExit and uncaught exceptions into CPython's exit status and stderr text.</summary>
public static class PyProgram
{
    /// <summary>The absolute path of the Python script the program was translated from, when the host knows it
    /// (<c>py2cs run</c> sets it); otherwise the script's name is taken as relative to the current directory.</summary>
    public static string? ScriptPath { get; set; }

    /// <summary>The module's <c>__file__</c>, and the file name CPython gives its code objects: an absolute path.</summary>
    public static string File { get; private set; } = "";

    public static int Run(string scriptName, Action body, string[]? args = null)
    {
        // One synchronized writer per stream, shared by sys.stdout/stderr and Console, so threads never interleave mid-write.
        var stdout = TextWriter.Synchronized(PyTextStream.Utf8(Console.OpenStandardOutput(), autoFlush: false));
        var stderr = TextWriter.Synchronized(PyTextStream.Utf8(Console.OpenStandardError(), autoFlush: true));
        Console.SetOut(stdout);
        Console.SetError(stderr);
        return Run(scriptName, body, stdout, stderr, args);
    }

    /// <summary>Runs with the given writers (tests capture output this way).</summary>
    public static int Run(string scriptName, Action body, TextWriter stdout, TextWriter stderr, string[]? args = null)
    {
        // Throughput over pause times: an asyncio program often keeps many tasks alive, and
        // background (concurrent) gen2 collections cost it CPU time and a GC thread for no benefit
        // (it has no UI to keep responsive). Same as <ConcurrentGarbageCollection>false, but it
        // also holds when the program runs inside `py2cs run` or a project that did not set it.
        System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.Batch;
        // Python's number formatting never depends on the locale; neither may ours (interpolated strings included).
        System.Globalization.CultureInfo.DefaultThreadCurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
        var outStream = new PyTextStream(stdout, "<stdout>");
        var errStream = new PyTextStream(stderr, "<stderr>", flushBeforeWrite: outStream);
        sys.stdout = sys.__stdout__ = outStream;
        sys.stderr = sys.__stderr__ = errStream;
        sys.argv = new PyList<string>([scriptName, .. args ?? []]);
        File = ScriptPath ?? Path.GetFullPath(scriptName);
        try
        {
            RunWithLargeStack(body);
            return 0;
        }
        catch (SystemExit exit)
        {
            return ExitStatus(exit, errStream);
        }
        catch (System.Exception e) when (e is not StackOverflowException)
        {
            var python = Py.Translate(e);
            if (python is SystemExit exit) return ExitStatus(exit, errStream);
            errStream.write(Traceback.Format(python, scriptName));
            // CPython dies of the SIGINT it re-raises on an uncaught KeyboardInterrupt: a shell sees 128 + 2.
            return python is KeyboardInterrupt ? InterruptedExitStatus : 1;
        }
        finally
        {
            outStream.flush();
            errStream.flush();
        }
    }

    // Translated code uses more stack per Python call than CPython does (dynamic dispatch, reflection), so
    // the module body runs on a thread with a large stack; deep but legal Python recursion then fits.
    private const int BodyStackSize = 256 * 1024 * 1024;

    /// <summary>The thread the module body runs on: Python's main thread (asyncio's loop policy asks).</summary>
    internal static Thread? PythonMainThread { get; private set; }

    private static void RunWithLargeStack(Action body)
    {
        System.Runtime.ExceptionServices.ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try { body(); }
            catch (System.Exception e) { failure = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e); }
        }, BodyStackSize) { Name = "MainThread" };
        PythonMainThread = thread;
        thread.Start();
        thread.Join();
        failure?.Throw();
    }

    private const int InterruptedExitStatus = 130;

    private static int ExitStatus(SystemExit exit, PyTextStream stderr)
    {
        object? code = exit.code;
        if (code is null) return 0;
        if (Py.TryLong(code, out long status)) return (int)status;
        stderr.write(Builtins.str(code) + "\n");
        return 1;
    }
}
