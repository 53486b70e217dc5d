namespace Py2Cs.Runtime;

public static partial class Py
{
    // Keys of the warnings already shown: CPython's default filter shows a RuntimeWarning once per
    // (message, line) of the module (its __warningregistry__), so a call in a loop warns once.
    static readonly HashSet<(int Line, string Name)> s_neverAwaitedShown = [];

    /// <summary>
    /// A coroutine made by a call statement and dropped at once (<c>work(1)</c> without <c>await</c>), or the
    /// variable that held it deleted (<c>del c</c>).
    /// CPython warns as the object dies, which for a statement is right after the call:
    /// <c>prog.py:8: RuntimeWarning: coroutine 'work' was never awaited</c>, the source line, and
    /// the tracemalloc hint. The coroutine is closed so that it can never run afterwards.
    /// </summary>
    public static void NeverAwaited(CoroutineBase? coroutine, int line, string sourceLine)
    {
        if (coroutine is null || coroutine._isSharedInstance || coroutine._state != CoroutineBase.CoroutineState.Created) return;
        coroutine.close();
        var name = coroutine.__qualname__;
        lock (s_neverAwaitedShown)
            if (!s_neverAwaitedShown.Add((line, name))) return;
        sys.stderr.write($"{PyProgram.File}:{line}: RuntimeWarning: coroutine '{name}' was never awaited\n  {sourceLine}\n"
            + "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
    }
}
