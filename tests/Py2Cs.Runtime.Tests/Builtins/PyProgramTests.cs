using System.Diagnostics;
using Py2Cs.Runtime;
using static Py2Cs.Runtime.Builtins;

namespace Py2Cs.Runtime.Tests.Builtins;

/// <summary>Each case is a small Python program and its hand translation; CPython's exit status, stdout and
/// the skeleton of stderr (lines that are not indented source/location lines) must match.</summary>
[Collection(ProcessGlobals.Name)]
public class PyProgramTests
{
    private sealed class ConfigError(params object?[] args) : PyException(args);

    private sealed class Spot(long a) : PyDataclass
    {
        public long a { get; } = a;
        protected override bool DataclassFrozen => true;
    }

    private static readonly Dictionary<string, (string Python, Action Body)> Cases = new()
    {
        ["exit_int"] = ("import sys\nprint('report')\nsys.exit(3)", () => { print("report"); sys.exit(3L); }),
        ["exit_none"] = ("import sys\nsys.exit()", () => sys.exit()),
        ["exit_explicit_none"] = ("import sys\nsys.exit(None)", () => sys.exit(null)),
        ["exit_string"] = ("import sys\nprint('x')\nsys.exit('fatal: bad config')", () => { print("x"); sys.exit("fatal: bad config"); }),
        ["exit_zero"] = ("import sys\nsys.exit(0)", () => sys.exit(0L)),
        ["normal"] = ("print('a', 1, 2.5, None, [1, 'b'])", () => print("a", 1L, 2.5, null, new PyList<object?> { 1L, "b" })),
        ["value_error"] = ("print('before')\nraise ValueError(\"bad quantity 'x' in order 1003\")",
            () => { print("before"); throw new ValueError("bad quantity 'x' in order 1003"); }),
        ["key_error"] = ("raise KeyError('k')", () => throw new KeyError("k")),
        ["empty_message"] = ("raise RuntimeError()", () => throw new RuntimeError()),
        ["timeout"] = ("raise TimeoutError", () => throw new TimeoutError()),
        ["custom"] = ("class ConfigError(Exception):\n    pass\nraise ConfigError('required setting', 'user')",
            () => throw new ConfigError("required setting", "user")),
        ["cause"] = ("class ConfigError(Exception):\n    pass\ntry:\n    {}['user']\nexcept KeyError as e:\n    raise ConfigError(\"required setting 'user' is missing\") from e",
            () => { try { _ = new PyDict<string, string>()["user"]; } catch (KeyError e) { throw new ConfigError("required setting 'user' is missing").WithCause(e); } }),
        ["context"] = ("try:\n    1/0\nexcept ZeroDivisionError:\n    raise ValueError('while handling')",
            () => { try { throw new ZeroDivisionError("division by zero"); } catch (ZeroDivisionError e) { throw new ValueError("while handling") { __context__ = e }; } }),
        ["suppressed"] = ("try:\n    1/0\nexcept ZeroDivisionError:\n    raise ValueError('clean') from None",
            () => { try { throw new ZeroDivisionError("division by zero"); } catch (ZeroDivisionError e) { throw new ValueError("clean") { __context__ = e }.WithCause(null); } }),
        ["notes"] = ("e = ValueError('bad')\ne.add_note('while parsing line 3')\ne.add_note('second note')\nraise e",
            () => { var e = new ValueError("bad"); e.add_note("while parsing line 3"); e.add_note("second note"); throw e; }),
        ["dotnet_divide"] = ("print(1 / 0)", () => print(1 / int.Parse("0"))),
        ["flush_order"] = ("import sys\nprint('out1')\nprint('err1', file=sys.stderr)\nprint('out2', flush=True)\nsys.exit(2)",
            () => { print("out1"); print(["err1"], file: sys.stderr); print(["out2"], flush: true); sys.exit(2L); }),
        ["library_exception_qualified"] = ("from dataclasses import dataclass\n@dataclass(frozen=True)\nclass Spot:\n    a: int\nSpot(1).a = 2",
            () => Py.SetAttr(new Spot(1), "a", 2L)),
        ["assert_message"] = ("assert 1 > 2, 'math is broken'", () => Py.Assert(1 > 2, () => "math is broken")),
        ["deep_recursion"] = ("import sys\nsys.setrecursionlimit(20000)\ndef f(n):\n    return 0 if n == 0 else n + f(n - 1)\nprint(f(10000))",
            () =>
            {
                Func<object?, object?> f = null!;
                f = n => Py.Eq(n, 0L) ? 0L : Py.Add(n, Py.Call(f, Py.Sub(n, 1L)));
                print(f(10000L));
            }),
        ["system_exit_in_handler"] = ("try:\n    raise ValueError('x')\nexcept ValueError:\n    raise SystemExit(4)",
            () => { try { throw new ValueError("x"); } catch (ValueError) { throw new SystemExit(4L); } }),
    };

    public static IEnumerable<object[]> Names() => Cases.Keys.Select(k => new object[] { k });

    [Theory]
    [MemberData(nameof(Names))]
    public void MatchesCPython(string name)
    {
        var (python, body) = Cases[name];
        var (pyStatus, pyOut, pyErr) = RunPython(python);
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int status = PyProgram.Run("<string>", body, stdout, stderr);
        Assert.Equal(pyStatus, status);
        Assert.Equal(pyOut, stdout.ToString());
        Assert.Equal(Skeleton(pyErr), Skeleton(stderr.ToString()));
    }

    [Fact]
    public void TracebackNamesTheScriptWithoutInventingLineNumbers()
    {
        var stderr = new StringWriter();
        PyProgram.Run("app.py", () => throw new ValueError("x"), new StringWriter(), stderr);
        Assert.Equal("Traceback (most recent call last):\n  File \"app.py\", line ?, in <module>\nValueError: x\n", stderr.ToString());
    }

    /// <summary>Drops the indented lines (file locations, source excerpts, carets) that we cannot reproduce.</summary>
    private static List<string> Skeleton(string stderr) =>
        stderr.Split('\n').Where(line => !line.StartsWith(' ')).ToList();

    private static (int, string, string) RunPython(string source)
    {
        var start = new ProcessStartInfo("python3", ["-c", source])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var errTask = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, errTask.Result);
    }
}
