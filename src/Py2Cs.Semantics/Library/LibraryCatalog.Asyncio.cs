using Py2Cs.Semantics.Types;

namespace Py2Cs.Semantics.Library;

public sealed partial class LibraryCatalog
{
    static PyType Awaited(PyType? t) => AwaitResult(t ?? PyType.Object);

    // asyncio is a library-model module ([PyModule("asyncio")] in the runtime): its exceptions, Lock, Event,
    // Semaphore, BoundedSemaphore, Barrier, Runner, streams, subprocesses, run_coroutine_threadsafe... are typed
    // from their C# signatures (LibraryCatalog.Model.cs). The entries here are the ones whose typing a signature
    // cannot say: gather's result, tasks and futures of the awaited type, queues learning their element type,
    // thunk-shaped callbacks (call_soon, to_thread, run_in_executor).
    void AddAsyncio()
    {
        Module("asyncio");
        Alias("asyncio.TimeoutError", "TimeoutError");

        var future = Class("asyncio.Future", "asyncio.Future", null, _ => new FutureType(PyType.Never), typeParameters: 1);
        future.Method("done", PyType.Bool).Method("cancelled", PyType.Bool).Method("cancel", PyType.Bool)
              .Add("result", (f, _) => Arg0(f)).Method("exception", PyType.Object)
              .Method("set_result", PyType.None).Method("set_exception", PyType.None)
              .Method("add_done_callback", PyType.None).Method("remove_done_callback", PyType.Int)
              .Method("get_loop", PyType.Object);
        var task = Class("asyncio.Task", "asyncio.Task", future, typeParameters: 1);
        task.Method("get_name", PyType.Str).Method("set_name", PyType.None).Method("cancelling", PyType.Int)
            .Method("uncancel", PyType.Int).Method("get_coro", PyType.Object);

        var timer = (Func<LibraryClass>)(() => ClassOf(typeof(Py2Cs.Runtime.asyncio.TimerHandle))!);
        var handle = (Func<LibraryClass>)(() => ClassOf(typeof(Py2Cs.Runtime.asyncio.Handle))!);

        var loop = Class("asyncio.AbstractEventLoop", "asyncio.AbstractEventLoop", null);
        loop.Method("time", PyType.Float)
            // The result type starts unknown and is learnt from set_result (LibraryFlowRules.AddElement), as asyncio.Future()'s is.
            .Add("create_future", (_, _) => new FutureType(PyType.Never))
            .Add("create_task", (_, a) => new TaskType(Awaited(a.At(0))))
            .Add("call_soon", (_, _) => Instance0(handle()), shape: CallShape.Thunk, thunkFrom: 0)
            .Add("call_soon_threadsafe", (_, _) => Instance0(handle()), shape: CallShape.Thunk, thunkFrom: 0)
            .Add("call_later", (_, _) => Instance0(timer()), shape: CallShape.Thunk, thunkFrom: 1)
            .Add("call_at", (_, _) => Instance0(timer()), shape: CallShape.Thunk, thunkFrom: 1)
            .Add("run_in_executor", (_, a) => new FutureType(a.ThunkResult), shape: CallShape.Thunk, thunkFrom: 1)
            .Method("is_running", PyType.Bool).Method("is_closed", PyType.Bool);

        // The element type starts unknown and is learnt from put/put_nowait (see TypeInferrer.RefineContainer).
        var queueCtor = (LibraryClass c) => (Func<CallArgs, PyType>)(_ => new LibraryInstanceType(c, new EquatableArray<PyType>([PyType.Never])));
        foreach (var name in new[] { "Queue", "PriorityQueue", "LifoQueue" })
        {
            LibraryClass? q = null;
            q = Class("asyncio." + name, "asyncio." + name, name == "Queue" ? null : _classes["asyncio.Queue"], a => queueCtor(q!)(a), typeParameters: 1);
            if (name != "Queue") continue;
            q.Add("put", (_, _) => new CoroutineType(PyType.None)).Add("get", (i, _) => new CoroutineType(Arg0(i)))
             .Method("put_nowait", PyType.None).Add("get_nowait", (i, _) => Arg0(i)).Method("task_done", PyType.None)
             .Add("join", (_, _) => new CoroutineType(PyType.None)).Method("qsize", PyType.Int).Method("empty", PyType.Bool)
             .Method("full", PyType.Bool).Property("maxsize", PyType.Int);
        }

        var coroBool = new CoroutineType(PyType.Bool);
        LibraryClass Sync(string name, LibraryClass? b = null) { LibraryClass? c = null; c = Class("asyncio." + name, "asyncio." + name, b, _ => Instance0(c!)); return c; }
        Sync("Condition").Add("acquire", (_, _) => coroBool).Method("release", PyType.None).Method("locked", PyType.Bool)
            .Add("wait", (_, _) => coroBool).Add("wait_for", (_, a) => new CoroutineType(PyType.Object))
            .Method("notify", PyType.None).Method("notify_all", PyType.None);
        Sync("TaskGroup").Add("create_task", (_, a) => new TaskType(Awaited(a.At(0))));
        var timeout = Class("asyncio.Timeout", "asyncio.Timeout", null);
        timeout.Method("expired", PyType.Bool).Add("when", (_, _) => new OptionalType(PyType.Float)).Method("reschedule", PyType.None);

        Function("asyncio.run", a => Awaited(a.At(0)));
        Function("asyncio.sleep", a => new CoroutineType(a.Arg(1, "result") ?? PyType.None));
        Function("asyncio.create_task", a => new TaskType(Awaited(a.At(0))));
        Function("asyncio.ensure_future", a => a.At(0) switch
        {
            CoroutineType c => new TaskType(c.Result),
            TaskType t => t,
            FutureType f => f,
            _ => new FutureType(PyType.Object),
        });
        Update(Function("asyncio.gather", a => new FutureType(new ListType(
            a.Keyword("return_exceptions") is not null ? PyType.Object
            : a.HasStarArgs ? Awaited(ElementOf(a.At(0) ?? PyType.Object))
            : a.Positional.Length == 0 ? PyType.Never
            : a.Positional.Select(Awaited).Aggregate(PyType.Never, TypeLattice.Join)))) with { LeadingKeywords = ["return_exceptions"] });
        Function("asyncio.wait_for", a => new CoroutineType(Awaited(a.At(0))));
        Function("asyncio.shield", a => new FutureType(Awaited(a.At(0))));
        Function("asyncio.wait", a =>
        {
            var set = new SetType(ElementOf(a.At(0) ?? PyType.Object));
            return new CoroutineType(new TupleType(new EquatableArray<PyType>([set, set])));
        });
        Function("asyncio.as_completed", a => new IterableType(new CoroutineType(Awaited(ElementOf(a.At(0) ?? PyType.Object)))));
        Function("asyncio.to_thread", a => new CoroutineType(a.ThunkResult), shape: CallShape.Thunk, thunkFrom: 0);
        Function("asyncio.current_task", _ => new TaskType(PyType.Object));
        Function("asyncio.all_tasks", _ => new SetType(new TaskType(PyType.Object)));
        Function("asyncio.get_running_loop", _ => Instance0(loop));
        Function("asyncio.get_event_loop", _ => Instance0(loop));
        Function("asyncio.new_event_loop", _ => Instance0(loop));
        Function("asyncio.timeout", _ => Instance0(timeout));
        Function("asyncio.timeout_at", _ => Instance0(timeout));
        Function("asyncio.wrap_future", _ => new FutureType(PyType.Object));
        Params("asyncio.sleep", (0, "delay", PyType.Float));
        Params("asyncio.create_task", (1, "name", PyType.Str));
        Params("asyncio.wait_for", (1, "timeout", new OptionalType(PyType.Float)));
        Params("asyncio.timeout", (0, "delay", new OptionalType(PyType.Float)));
        Params("asyncio.timeout_at", (0, "when", new OptionalType(PyType.Float)));
        Update(_functions["asyncio.current_task"] with { NonNullResult = true });
    }

    static PyType Arg0(LibraryInstanceType t) => t.TypeArguments.Count > 0 ? t.TypeArguments[0] : PyType.Object;

    void AddSmallModules()
    {
        Module("time");
        Function("time.sleep", PyType.None);
        foreach (var f in new[] { "time", "monotonic", "perf_counter" }) Function("time." + f, PyType.Float);
        Module("sys");
        Module("functools");
        var partial = Class("functools.partial", "Partial", null);
        Function("functools.partial", _ => new LibraryInstanceType(partial));
        Function("functools.wraps", PyType.Object);
        Module("concurrent");
        Module("concurrent.futures");
        var pool = Class("concurrent.futures.ThreadPoolExecutor", "concurrent_futures.ThreadPoolExecutor", null);
        pool.Method("shutdown", PyType.None);
        Update(_functions["asyncio.create_task"] with { UnusedResultCall = "forget" });
        Function("sys.exit", PyType.None);
        Function("sys.getrecursionlimit", PyType.Int);
        Function("sys.setrecursionlimit", PyType.None);
        Constant("sys.argv", new ListType(PyType.Str));
        var stream = Class("sys.TextIO", "PyTextStream", null);
        stream.Method("write", PyType.Int).Method("flush", PyType.None);
        Constant("sys.stdout", new LibraryInstanceType(stream));
        Constant("sys.stderr", new LibraryInstanceType(stream));
    }
}
