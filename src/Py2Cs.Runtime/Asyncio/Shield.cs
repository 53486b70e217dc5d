namespace Py2Cs.Runtime;

public static partial class asyncio
{
    // shield(aw): an outer future mirrors the inner task; cancelling outer leaves inner running;
    // if inner is cancelled, outer is cancelled too.

    public static Future<T> shield<T>(Task<T> aw) => Shield(new Future<T>(aw._loop), aw);
    public static Future<T> shield<T>(Coroutine<T> aw)
    {
        var inner = create_task(aw);
        return Shield(new Future<T>(inner._loop), inner);
    }
    public static Future shield(Future aw) => aw.done() ? aw : Shield(new Future(aw._loop), aw);

    static TOuter Shield<TOuter>(TOuter outer, Future inner) where TOuter : Future
    {
        if (inner.done())
        {   // CPython returns inner itself; a finished outer behaves the same when awaited
            CopyState(inner, outer);
            return outer;
        }
        void InnerDone(Future f)
        {
            if (outer.cancelled())
            {
                if (!f.cancelled()) f.exception();
                return;
            }
            CopyState(f, outer);
        }
        Action<Future> innerDone = InnerDone;
        inner.AddCallback(innerDone);
        outer.AddCallback(_ =>
        {
            if (!inner.done()) inner.RemoveCallback(innerDone);
        });
        return outer;
    }

    static void CopyState(Future from, Future to)
    {
        if (from.cancelled()) { to.cancel(); return; }
        if (from.exception() is { } error) to.SetExceptionCore(error);
        else to.SetResultCore(from._result);
    }
}
