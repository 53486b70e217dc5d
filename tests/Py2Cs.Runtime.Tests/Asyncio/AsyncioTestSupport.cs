using System.Collections;
using System.Globalization;
using System.Runtime.CompilerServices;
using Py2Cs.Runtime;

namespace Py2Cs.Runtime.Tests.Asyncio;

/// <summary>The asyncio tests share process-wide state (the Task-N counter, the exception log
/// writer), so they never run in parallel with each other.</summary>
[CollectionDefinition("asyncio", DisableParallelization = true)]
public sealed class AsyncioCollection { }

/// <summary>Records what a translated program would print, formatted as Python prints it.</summary>
public sealed class Output
{
    public readonly List<string> Lines = new();
    public readonly List<string> Errors = new();
    readonly System.Text.StringBuilder _partial = new();

    /// <summary>print(*values)</summary>
    public void P(params object?[] values) => Print(values, "\n");

    /// <summary>print(*values, end=end)</summary>
    public void Print(object?[] values, string end)
    {
        lock (_partial) PrintLocked(values, end);
    }

    void PrintLocked(object?[] values, string end)
    {
        _partial.Append(string.Join(" ", values.Select(PyFormat.Str))).Append(end);
        var text = _partial.ToString();
        int nl;
        while ((nl = text.IndexOf('\n')) >= 0)
        {
            lock (Lines) Lines.Add(text[..nl]);
            text = text[(nl + 1)..];
        }
        _partial.Clear().Append(text);
    }

    public void LogError(string text)
    {
        lock (Errors) Errors.AddRange(text.Split('\n'));
    }
}

/// <summary>str() and repr() for the values the experiments print.</summary>
public static class PyFormat
{
    public static string Str(object? value) => value switch
    {
        null => "None",
        string s => s,
        BaseException e => e.__str__(),
        _ => Repr(value),
    };

    public static string Repr(object? value) => value switch
    {
        null => "None",
        bool b => b ? "True" : "False",
        string s => s.Contains('\'') && !s.Contains('"') ? "\"" + s + "\"" : "'" + s.Replace("'", "\\'") + "'",
        long or int => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        BaseException e => e.__repr__(),
        System.Exception e => e.GetType().Name + "(" + Repr(e.Message) + ")",
        ITuple t => "(" + string.Join(", ", Enumerable.Range(0, t.Length).Select(i => Repr(t[i]))) + (t.Length == 1 ? ",)" : ")"),
        object?[] items => "(" + string.Join(", ", items.Select(Repr)) + (items.Length == 1 ? ",)" : ")"),
        IList list => "[" + string.Join(", ", list.Cast<object?>().Select(Repr)) + "]",
        PyObject o => o.__repr__(),
        _ => value.ToString() ?? "",
    };
}

public abstract class AsyncioTest : IDisposable
{
    protected readonly Output O = new();
    readonly Action<string> _previousWriter;

    static AsyncioTest() => WarmUp();

    /// <summary>Runs the loop's common paths once so JIT compilation does not delay the first
    /// timed test by tens of milliseconds (CPython has no such warm-up cost).</summary>
    static void WarmUp()
    {
        async Coroutine<long> child(long i)
        {
            await asyncio.sleep(0);
            await asyncio.sleep(0.001);
            return i;
        }
        async Coroutine main()
        {
            var q = new asyncio.Queue<long>();
            q.put_nowait(1);
            await q.get();
            await asyncio.gather(child(1), child(2));
            await asyncio.wait_for(child(3), 1);
            await asyncio.to_thread(() => 1L);
            var t = asyncio.create_task(child(4));
            await asyncio.wait(new[] { t }, timeout: 1);
        }
        asyncio.run(main());
    }

    protected AsyncioTest()
    {
        // Every test starts as a fresh process would: the next task is Task-1.
        asyncio.Task.TaskCounter = 0;
        EventLoopPolicy.ResetForTests(isMainThread: true);
        _previousWriter = ExceptionLog.Writer;
        ExceptionLog.Writer = O.LogError;
    }

    public void Dispose()
    {
        ExceptionLog.Writer = _previousWriter;
        EventLoopPolicy.ResetForTests(isMainThread: false);
    }

    protected static string ExperimentPath(string name, [CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "Experiments", name));

    /// <summary>A conformance program's recorded CPython output (tests/conformance/TIER/NAME.out),
    /// for the tests that port a corpus program by hand: the corpus is the one copy.</summary>
    protected static string Corpus(string tierAndName) => Path.Combine("..", "..", "..", "conformance", tierAndName + ".out");

    /// <summary>CPython's output lines, without those the test cannot reproduce (given by the filter).</summary>
    protected static List<string> Expected(string name, Func<string, bool>? drop = null) =>
        File.ReadAllLines(ExperimentPath(name)).Where(l => drop == null || !drop(l)).ToList();

    protected void AssertOutput(string name, Func<string, bool>? drop = null, Func<string, string>? edit = null) =>
        Assert.Equal(Expected(name, drop).Select(l => edit == null ? l : edit(l)).ToList(), O.Lines);

    /// <summary>Lines of CPython's "never awaited" warnings, which .NET cannot produce (GC timing).</summary>
    protected static bool IsNeverAwaitedWarning(string line) =>
        line.Contains("RuntimeWarning") || line.StartsWith("  del ") || line.StartsWith("  print(");

    /// <summary>`async with cm as v: body` lowered the way the emitter does it.</summary>
    protected static async Coroutine AsyncWith<T>(IAsyncContextManager<T> cm, Func<T, Coroutine> body)
    {
        var v = await cm.__aenter__();
        bool ok = true;
        try { await body(v); }
        catch (System.Exception e)
        {
            ok = false;
            if (!Truthy(await cm.__aexit__(e.GetType(), e, null))) throw;
        }
        finally
        {
            if (ok) await cm.__aexit__(null, null, null);
        }
    }

    protected static bool Truthy(object? v) => v is true;

}
