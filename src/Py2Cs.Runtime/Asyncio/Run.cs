namespace Py2Cs.Runtime;

public static partial class asyncio
{
    /// <summary>asyncio.run: <c>with Runner() as runner: return runner.run(main)</c>.</summary>
    public static T run<T>(Coroutine<T> main, bool debug = false)
    {
        if (AbstractEventLoop.RunningOrNull != null)
            throw new RuntimeError("asyncio.run() cannot be called from a running event loop");
        using var runner = new Runner(debug);
        return runner.run(main);
    }

    /// <summary>asyncio.run of a value that is not statically a coroutine: runners.py refuses anything
    /// but a coroutine (a function, a task, a number) before it creates a loop.</summary>
    public static object? run(object? main, bool debug = false) =>
        main is CoroutineBase ? run(AsyncBuiltins.Await(main), debug) : throw NotACoroutine(main);

    internal static ValueError NotACoroutine(object? main) => new($"a coroutine was expected, got {Builtins.repr(main)}");

    /// <summary>
    /// asyncio.Runner (runners.py, 3.11): a loop (set as the current loop) and a context copy,
    /// shared by successive run() calls. close() cancels the tasks left over (in creation order;
    /// CPython iterates a set), then runs shutdown_asyncgens and shutdown_default_executor as
    /// tasks (each takes a Task-N name), then closes the loop.
    /// </summary>
    public sealed class Runner : PyObject, IDisposable
    {
        enum State { Created, Initialized, Closed }

        State _state = State.Created;
        AbstractEventLoop? _loop;
        contextvars.Context? _context;
        int _interrupts;

        public Runner(bool? debug = null) { }

        public AbstractEventLoop get_loop()
        {
            LazyInit();
            return _loop!;
        }

        public Runner __enter__()
        {
            LazyInit();
            return this;
        }

        public bool __exit__(object? exc_type, object? exc, object? tb)
        {
            close();
            return false;
        }

        public void Dispose() => close();

        public T run<T>(Coroutine<T> coro)
        {
            if (AbstractEventLoop.RunningOrNull != null)
                throw new RuntimeError("Runner.run() cannot be called from a running event loop");
            LazyInit();
            var loop = _loop!;
            var task = new Task<T>(loop, coro, null, _context);
            // The SIGINT handler: the first Ctrl-C cancels the main task; if that cancellation is
            // not swallowed, run raises KeyboardInterrupt. A second Ctrl-C ends the process.
            ConsoleCancelEventHandler onInterrupt = (_, e) =>
            {
                if (Interlocked.Increment(ref _interrupts) != 1 || task.done()) return;
                e.Cancel = true;
                loop.CallSoonThreadsafeInternal(static (t, _) => ((Task)t!).cancel(), task, null);
            };
            _interrupts = 0;
            Console.CancelKeyPress += onInterrupt;
            try
            {
                return (T)loop.run_until_complete(task)!;
            }
            catch (CancelledError) when (Volatile.Read(ref _interrupts) > 0 && task.uncancel() == 0)
            {
                throw new KeyboardInterrupt();
            }
            catch (System.Exception e) when (e is SystemExit or KeyboardInterrupt && task.done())
            {
                // The main task's SystemExit ends the program while run()'s frame still holds the
                // task: CPython never logs it as unretrieved (another task's is, when the loop drops it).
                task._logTraceback = false;
                throw;
            }
            finally
            {
                Console.CancelKeyPress -= onInterrupt;
            }
        }

        public void close()
        {
            if (_state != State.Initialized) return;
            var loop = _loop!;
            try
            {
                CancelAllTasks(loop);
                loop.run_until_complete(loop.shutdown_asyncgens());
                loop.run_until_complete(loop.shutdown_default_executor());
            }
            finally
            {
                set_event_loop(null);
                loop.close();
                _loop = null;
                _state = State.Closed;
                TaskLogging.ReportUnretrieved(loop);
            }
        }

        void LazyInit()
        {
            if (_state == State.Closed) throw new RuntimeError("Runner is closed");
            if (_state == State.Initialized) return;
            _loop = new_event_loop();
            set_event_loop(_loop);
            _context = contextvars.CaptureIfInUse();
            _state = State.Initialized;
        }
    }

    static void CancelAllTasks(AbstractEventLoop loop)
    {
        var toCancel = loop._tasks.Snapshot();
        if (toCancel.Count == 0) return;
        foreach (var task in toCancel) task.cancel();
        loop.run_until_complete(GatherFutures(loop, toCancel.Cast<Future>().ToArray(), returnExceptions: true));
        foreach (var task in toCancel)
        {
            if (task.cancelled()) continue;
            if (task.exception() is { } error)
                ExceptionLog.Write("unhandled exception during asyncio.run() shutdown", "task: " + task.__repr__(), error);
        }
    }

    /// <summary>Submits a coroutine to a loop running in another thread; the returned
    /// concurrent future follows the task (futures._chain_future).
    /// Any coroutine object is accepted, as in CPython, whatever its result type.</summary>
    public static concurrent_futures.Future run_coroutine_threadsafe(object coro, AbstractEventLoop loop)
    {
        if (coro is not CoroutineBase coroutine) throw new TypeError("A coroutine object is required");
        var result = new concurrent_futures.Future();
        loop.call_soon_threadsafe(() =>
        {
            try
            {
                var task = coroutine.CreateTask(loop, null);
                task.AddCallback(t =>
                {
                    if (t.cancelled()) result.cancel();
                    else if (t.exception() is { } error) result.SetException(error);
                    else result.SetResult(t._result);
                });
                result.add_done_callback(r =>
                {
                    if (r.cancelled()) loop.CallSoonThreadsafeInternal(static (t, _) => ((Task)t!).cancel(), task, null);
                });
            }
            catch (System.Exception e)
            {
                result.SetException(e);
                throw;
            }
        });
        return result;
    }
}
