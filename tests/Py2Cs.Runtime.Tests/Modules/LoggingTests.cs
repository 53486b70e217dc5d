using Py2Cs.Runtime;
using B = Py2Cs.Runtime.Builtins;

namespace Py2Cs.Runtime.Tests.Modules;

/// <summary>logging against CPython 3.11: the expected lines are what python3 printed to stdout for the same
/// program (tests/.../lg.py: basicConfig to stdout, a hierarchy with a level on a parent, a {-style handler
/// that does not propagate, logger.exception). The traceback body differs (no source lines here): only its
/// first and last lines are compared.</summary>
public class LoggingTests
{
    [Fact]
    public void HierarchyLevelsFormatsAndExceptionsMatchCPython()
    {
        var output = new io.StringIO();
        logging.basicConfig(level: logging.INFO, format: "%(levelname)s %(name)s: %(message)s", stream: output, force: true);
        try
        {
            var log = logging.getLogger("app.db");
            log.debug("hidden %s", 1L);
            log.info("connected to %s:%d", "db", 5432L);
            logging.warning("root %s", "warn");
            logging.getLogger("app").setLevel(logging.ERROR);
            log.warning("suppressed by parent level");
            log.error("failed: %r", new PyDict<string, long> { ["k"] = 1 });
            var other = logging.getLogger("other");
            var h = new logging.StreamHandler(output);
            h.setFormatter(new logging.Formatter("[{levelname:<7}] {name} | {message}", style: "{"));
            other.addHandler(h);
            other.propagate = false;
            other.critical("boom %d%%", 99L);
            try { Py.TrueDiv(1L, 0L); }
            catch (ZeroDivisionError) { other.exception("while dividing"); }
            output.write(string.Join(" ", new object?[]
            {
                logging.getLevelName(logging.WARNING), logging.getLevelName(15L), logging.getLevelName("DEBUG"), log.getEffectiveLevel(),
                log, logging.getLogger(), other.isEnabledFor(logging.DEBUG),
            }.Select(B.str)) + "\n");
            logging.info("%(a)s-%(b)s", new PyDict<string, long> { ["a"] = 1, ["b"] = 2 });

            var lines = output.getvalue().Split('\n').ToList();
            int traceback = lines.IndexOf("Traceback (most recent call last):");
            Assert.True(traceback > 0);
            int last = lines.FindIndex(traceback, l => l.StartsWith("ZeroDivisionError", StringComparison.Ordinal));
            lines.RemoveRange(traceback + 1, last - traceback - 1);
            Assert.Equal("""
                INFO app.db: connected to db:5432
                WARNING root: root warn
                ERROR app.db: failed: {'k': 1}
                [CRITICAL] other | boom 99%
                [ERROR  ] other | while dividing
                Traceback (most recent call last):
                ZeroDivisionError: division by zero
                WARNING Level 15 10 40 <Logger app.db (ERROR)> <RootLogger root (INFO)> False
                INFO root: 1-2

                """.ReplaceLineEndings("\n"), string.Join("\n", lines));
        }
        finally
        {
            logging.basicConfig(force: true, stream: new io.StringIO());
            logging.root.setLevel(logging.WARNING);
            logging.getLogger("app").setLevel(logging.NOTSET);
        }
    }
    /// <summary>A new event loop logs its selector on the `asyncio` logger at DEBUG, as CPython's
    /// BaseSelectorEventLoop does (python3 with basicConfig(level=DEBUG) prints
    /// `DEBUG:asyncio:Using selector: EpollSelector` on Linux). Other tests may create loops meanwhile: contains, not equals.</summary>
    [Fact]
    public void NewEventLoopLogsItsSelectorAtDebug()
    {
        var output = new io.StringIO();
        var asyncioLogger = logging.getLogger("asyncio");
        var handler = new logging.StreamHandler(output);
        handler.setFormatter(new logging.Formatter(logging.BASIC_FORMAT));
        asyncioLogger.addHandler(handler);
        asyncioLogger.propagate = false;
        asyncioLogger.setLevel(logging.DEBUG);
        try
        {
            asyncio.new_event_loop().close();
            string selector = OperatingSystem.IsLinux() ? "EpollSelector" : OperatingSystem.IsWindows() ? "SelectSelector" : "KqueueSelector";
            Assert.Contains($"DEBUG:asyncio:Using selector: {selector}\n", output.getvalue());
        }
        finally
        {
            asyncioLogger.removeHandler(handler);
            asyncioLogger.propagate = true;
            asyncioLogger.setLevel(logging.NOTSET);
        }
    }
    /// <summary>asyncio's default exception handler logs on the `asyncio` logger: with a handler configured its lines take
    /// the program's format (CPython 3.11 with basicConfig(stream=sys.stdout, format="%(levelname)s %(name)s: %(message)s")
    /// printed `ERROR asyncio: third problem` and `detail: 42` for call_exception_handler({"message": ..., "detail": 42})).</summary>
    [Fact]
    public void AsyncioExceptionHandlerLogsThroughAConfiguredLogger()
    {
        var output = new io.StringIO();
        var asyncioLogger = logging.getLogger("asyncio");
        var handler = new logging.StreamHandler(output);
        handler.setFormatter(new logging.Formatter("%(levelname)s %(name)s: %(message)s"));
        asyncioLogger.addHandler(handler);
        asyncioLogger.propagate = false;
        try
        {
            var loop = asyncio.new_event_loop();
            loop.call_exception_handler(new PyDict<string, object?> { ["message"] = "third problem", ["detail"] = 42L });
            loop.close();
            Assert.Contains("ERROR asyncio: third problem\ndetail: 42\n", output.getvalue());
        }
        finally
        {
            asyncioLogger.removeHandler(handler);
            asyncioLogger.propagate = true;
        }
    }
}
