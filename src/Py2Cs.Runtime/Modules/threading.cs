using System.Collections.Concurrent;
using NetThread = System.Threading.Thread;

#pragma warning disable CS8981 // Python module and class names are lower case.

namespace Py2Cs.Runtime;

/// <summary>
/// Python's <c>threading</c> module on .NET threads: Thread (target/args/kwargs/name/daemon,
/// start/join/is_alive, run overridable), Lock, RLock, Event, Condition, Semaphore,
/// BoundedSemaphore, get_ident, current_thread, main_thread. Names follow CPython 3.11:
/// "Thread-N (target)", "MainThread"; a thread's uncaught exception is printed as
/// threading.excepthook prints it and ends only that thread.
/// </summary>
[PyModule("threading")]
public static class threading
{
    public const double TIMEOUT_MAX = 9223372036.0;

    static int s_counter;
    static readonly ConcurrentDictionary<int, Thread> s_active = new();
    static Thread? s_main;
    [ThreadStatic] static Thread? t_current;

    static string NewName(string template) => string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Interlocked.Increment(ref s_counter));

    public static long get_ident() => Environment.CurrentManagedThreadId;

    public static long get_native_id() => Environment.CurrentManagedThreadId;

    public static Thread main_thread()
    {
        if (s_main != null) return s_main;
        var main = PyProgram.PythonMainThread;
        lock (s_active)
            return s_main ??= new Thread(main, "MainThread");
    }

    public static Thread current_thread()
    {
        if (t_current != null) return t_current;
        if (EventLoopPolicy.IsMainThread) return t_current = main_thread();
        var net = NetThread.CurrentThread;
        // A thread started outside this module: an executor worker keeps its own name
        // (asyncio_0), anything else is a _DummyThread as in CPython.
        var dummy = new Thread(net, net.Name ?? NewName("Dummy-{0}")) { _isDummy = true };
        s_active[Environment.CurrentManagedThreadId] = dummy;
        return t_current = dummy;
    }

    public static long active_count() => 1 + s_active.Count(t => t.Value.is_alive() && t.Value != s_main);

    public static PyList<Thread> enumerate()
    {
        var list = new PyList<Thread> { main_thread() };
        foreach (var (_, t) in s_active) if (t.is_alive() && t != s_main) list.Add(t);
        return list;
    }

    /// <summary>threading.Thread. Subclasses override run().</summary>
    public class Thread : PyObject
    {
        readonly object? _target;
        readonly object?[] _args;
        readonly KeywordArgument[] _kwargs;
        NetThread? _thread;
        bool _started, _stopped;
        internal bool _isDummy;
        bool? _daemon;
        long? _ident;
        readonly ManualResetEventSlim _done = new(false);

        public string name { get; set; }

        public Thread(object? group = null, object? target = null, string? name = null, object? args = null,
            object? kwargs = null, bool? daemon = null)
        {
            _target = target;
            _args = ToArgs(args);
            _kwargs = ToKeywords(kwargs);
            if (string.IsNullOrEmpty(name))
            {
                name = NewName("Thread-{0}");
                if (target is Delegate d) name += $" ({Dunder.FunctionName(d)})";
            }
            this.name = name;
            _daemon = daemon;
        }

        internal Thread(NetThread? existing, string name)
        {
            _args = [];
            _kwargs = [];
            this.name = name;
            _thread = existing;
            _started = true;
            // The thread that started the program may have ended (a test host's worker): its state
            // can no longer be read, and the main thread is never a daemon anyway.
            _daemon = existing is { IsAlive: true } && existing.IsBackground;
            _ident = existing?.ManagedThreadId ?? Environment.CurrentManagedThreadId;
        }

        /// <summary>A <c>kwargs</c> mapping (any dict: its value type is the program's) as keyword arguments of the call.</summary>
        internal static KeywordArgument[] ToKeywords(object? kwargs) => kwargs is null ? []
            : Py.Iter(kwargs).Select(key => new KeywordArgument(Builtins.str(key), Py.GetItem(kwargs, key))).ToArray();

        internal static object?[] ToArgs(object? args) => args switch
        {
            null => [],
            object?[] array => array,
            PyTuple tuple => tuple.Items,
            System.Runtime.CompilerServices.ITuple tuple => Enumerable.Range(0, tuple.Length).Select(i => tuple[i]).ToArray(),
            System.Collections.IEnumerable items => items.Cast<object?>().ToArray(),
            _ => throw new TypeError($"'{Builtins.type_name(args)}' object is not iterable"),
        };

        public bool daemon
        {
            get => _daemon ?? current_thread().daemon;
            set
            {
                if (_started) throw new RuntimeError("cannot set daemon status of active thread");
                _daemon = value;
            }
        }

        public object? ident => _ident;
        public object? native_id => _ident;

        public bool isDaemon() => daemon;
        public void setDaemon(bool daemonic) => daemon = daemonic;
        public string getName() => name;
        public void setName(string name) => this.name = name;

        public void start()
        {
            if (_started) throw new RuntimeError("threads can only be started once");
            _started = true;
            bool background = daemon;
            var started = new ManualResetEventSlim(false);
            _thread = new NetThread(() =>
            {
                t_current = this;
                _ident = Environment.CurrentManagedThreadId;
                s_active[Environment.CurrentManagedThreadId] = this;
                started.Set();
                try { run(); }
                catch (SystemExit) { }
                catch (System.Exception e)
                {
                    ExceptionLog.Write($"Exception in thread {name}:", null, e, asyncioLogger: false);
                }
                finally
                {
                    s_active.TryRemove(Environment.CurrentManagedThreadId, out _);
                    _stopped = true;
                    _done.Set();
                }
            }) { IsBackground = background, Name = name };
            _thread.Start();
            // Thread.start() returns once the thread is running (self._started.wait()).
            started.Wait();
        }

        public virtual void run()
        {
            if (_target == null) return;
            Py.Call(_target, [.. _args, .. _kwargs]);
        }

        public void join(double? timeout = null)
        {
            if (!_started) throw new RuntimeError("cannot join thread before it is started");
            if (_thread == NetThread.CurrentThread) throw new RuntimeError("cannot join current thread");
            // The main thread and threads started elsewhere are not joined through this module.
            if (_isDummy || this == s_main) return;
            if (timeout == null) _done.Wait();
            else _done.Wait(TimeSpan.FromSeconds(Math.Max(0, timeout.Value)));
        }

        public bool is_alive() => _started && !_stopped && (_thread == null || _thread.IsAlive || !_done.IsSet);

        public override string __repr__()
        {
            string status = !_started ? "initial" : is_alive() ? "started" : "stopped";
            if (daemon) status += " daemon";
            if (_ident != null) status += " " + _ident;
            string kind = this == s_main ? "_MainThread" : _isDummy ? "_DummyThread" : "Thread";
            return $"<{kind}({name}, {status})>";
        }
    }

    /// <summary>
    /// threading.Timer: a thread that calls <c>function(*args, **kwargs)</c> after <c>interval</c> seconds
    /// unless <c>cancel()</c> came first (CPython waits on its <c>finished</c> Event for the interval).
    /// </summary>
    public class Timer : Thread
    {
        readonly object? _function;
        readonly object?[] _timerArgs;
        readonly KeywordArgument[] _timerKwargs;

        public Timer(double interval, object? function, object? args = null, object? kwargs = null)
        {
            this.interval = interval;
            _function = function;
            _timerArgs = ToArgs(args);
            _timerKwargs = ToKeywords(kwargs);
        }

        public double interval { get; set; }
        public Event finished { get; } = new();

        public void cancel() => finished.set();

        public override void run()
        {
            finished.wait(interval);
            if (!finished.is_set() && _function is not null) Py.Call(_function, [.. _timerArgs, .. _timerKwargs]);
            finished.set();
        }
    }

    /// <summary>threading.Lock (_thread.lock): not owned, any thread may release it.</summary>
    public class Lock : PyObject
    {
        readonly SemaphoreSlim _semaphore = new(1, 1);

        public bool acquire(bool blocking = true, double timeout = -1)
        {
            if (!blocking && timeout != -1) throw new ValueError("can't specify a timeout for a non-blocking call");
            if (timeout < 0 && timeout != -1) throw new ValueError("timeout value must be a non-negative number");
            if (!blocking) return _semaphore.Wait(0);
            if (timeout == -1) { _semaphore.Wait(); return true; }
            return _semaphore.Wait(TimeSpan.FromSeconds(timeout));
        }

        public void release()
        {
            lock (_semaphore)
            {
                if (_semaphore.CurrentCount != 0) throw new RuntimeError("release unlocked lock");
                _semaphore.Release();
            }
        }

        public bool locked() => _semaphore.CurrentCount == 0;

        public bool __enter__() => acquire();

        public bool __exit__(object? exc_type, object? exc, object? tb)
        {
            release();
            return false;
        }

        public override string __repr__() => $"<{(locked() ? "locked" : "unlocked")} _thread.lock object at {Py.FakeAddress(this)}>";
    }

    /// <summary>threading.RLock: reentrant, owned by the acquiring thread.</summary>
    public class RLock : PyObject
    {
        readonly object _gate = new();
        int _owner;
        long _count;

        public bool acquire(bool blocking = true, double timeout = -1)
        {
            int me = Environment.CurrentManagedThreadId;
            lock (_gate)
            {
                if (_owner == me) { _count++; return true; }
                var deadline = timeout < 0 ? (DateTime?)null : DateTime.UtcNow.AddSeconds(timeout);
                while (_owner != 0)
                {
                    if (!blocking) return false;
                    if (deadline == null) Monitor.Wait(_gate);
                    else
                    {
                        var left = deadline.Value - DateTime.UtcNow;
                        if (left <= TimeSpan.Zero || !Monitor.Wait(_gate, left) && _owner != 0) return false;
                    }
                }
                _owner = me;
                _count = 1;
                return true;
            }
        }

        public void release()
        {
            lock (_gate)
            {
                if (_owner != Environment.CurrentManagedThreadId) throw new RuntimeError("cannot release un-acquired lock");
                if (--_count == 0)
                {
                    _owner = 0;
                    Monitor.Pulse(_gate);
                }
            }
        }

        internal bool IsOwned() { lock (_gate) return _owner == Environment.CurrentManagedThreadId; }

        internal long ReleaseAll()
        {
            lock (_gate)
            {
                long count = _count;
                _count = 0;
                _owner = 0;
                Monitor.Pulse(_gate);
                return count;
            }
        }

        internal void AcquireRestore(long count)
        {
            acquire();
            lock (_gate) _count = count;
        }

        public bool __enter__() => acquire();

        public bool __exit__(object? exc_type, object? exc, object? tb)
        {
            release();
            return false;
        }

        public override string __repr__()
        {
            lock (_gate)
                return $"<{(_owner != 0 ? "locked" : "unlocked")} _thread.RLock object owner={_owner} count={_count} at {Py.FakeAddress(this)}>";
        }
    }

    /// <summary>threading.Condition over a Lock or RLock (an RLock by default).</summary>
    public class Condition : PyObject
    {
        readonly object _lock;
        readonly LinkedList<SemaphoreSlim> _waiters = new();

        public Condition(object? @lock = null) => _lock = @lock ?? new RLock();

        public bool acquire(bool blocking = true, double timeout = -1) => _lock switch
        {
            RLock r => r.acquire(blocking, timeout),
            Lock l => l.acquire(blocking, timeout),
            _ => throw new TypeError("unsupported lock type"),
        };

        public void release()
        {
            if (_lock is RLock r) r.release(); else ((Lock)_lock).release();
        }

        bool IsOwned()
        {
            if (_lock is RLock r) return r.IsOwned();
            var l = (Lock)_lock;
            if (l.acquire(false)) { l.release(); return false; }
            return true;
        }

        public bool wait(double? timeout = null)
        {
            if (!IsOwned()) throw new RuntimeError("cannot wait on un-acquired lock");
            var waiter = new SemaphoreSlim(0);
            LinkedListNode<SemaphoreSlim> node;
            lock (_waiters) node = _waiters.AddLast(waiter);
            long saved = _lock is RLock r ? r.ReleaseAll() : Release1();
            bool gotIt = false;
            try
            {
                gotIt = timeout == null ? Wait(waiter) : waiter.Wait(TimeSpan.FromSeconds(Math.Max(0, timeout.Value)));
                return gotIt;
            }
            finally
            {
                if (_lock is RLock rl) rl.AcquireRestore(saved); else ((Lock)_lock).acquire();
                if (!gotIt) lock (_waiters) { if (node.List != null) _waiters.Remove(node); }
            }
        }

        static bool Wait(SemaphoreSlim waiter) { waiter.Wait(); return true; }

        long Release1() { ((Lock)_lock).release(); return 1; }

        public bool wait_for(Func<bool> predicate, double? timeout = null)
        {
            var deadline = timeout == null ? (DateTime?)null : DateTime.UtcNow.AddSeconds(timeout.Value);
            bool result = predicate();
            while (!result)
            {
                double? left = null;
                if (deadline != null)
                {
                    left = (deadline.Value - DateTime.UtcNow).TotalSeconds;
                    if (left <= 0) break;
                }
                wait(left);
                result = predicate();
            }
            return result;
        }

        public void notify(long n = 1)
        {
            if (!IsOwned()) throw new RuntimeError("cannot notify on un-acquired lock");
            lock (_waiters)
            {
                while (n-- > 0 && _waiters.First is { } first)
                {
                    _waiters.RemoveFirst();
                    first.Value.Release();
                }
            }
        }

        public void notify_all() => notify(long.MaxValue);

        public bool __enter__() => acquire();

        public bool __exit__(object? exc_type, object? exc, object? tb)
        {
            release();
            return false;
        }
    }

    /// <summary>threading.Event.</summary>
    public class Event : PyObject
    {
        readonly ManualResetEventSlim _flag = new(false);

        public bool is_set() => _flag.IsSet;
        public void set() => _flag.Set();
        public void clear() => _flag.Reset();

        public bool wait(double? timeout = null)
        {
            if (timeout == null) { _flag.Wait(); return true; }
            return _flag.Wait(TimeSpan.FromSeconds(Math.Max(0, timeout.Value)));
        }

        public override string __repr__() => $"<threading.Event at {Py.FakeAddress(this)}: {(is_set() ? "set" : "unset")}>";
    }

    /// <summary>threading.Semaphore.</summary>
    public class Semaphore : PyObject
    {
        readonly object _gate = new();
        internal long _value;

        public Semaphore(long value = 1)
        {
            if (value < 0) throw new ValueError("semaphore initial value must be >= 0");
            _value = value;
        }

        public bool acquire(bool blocking = true, double? timeout = null)
        {
            if (!blocking && timeout != null) throw new ValueError("can't specify timeout for non-blocking acquire");
            var deadline = timeout == null ? (DateTime?)null : DateTime.UtcNow.AddSeconds(timeout.Value);
            lock (_gate)
            {
                while (_value == 0)
                {
                    if (!blocking) return false;
                    if (deadline == null) Monitor.Wait(_gate);
                    else
                    {
                        var left = deadline.Value - DateTime.UtcNow;
                        if (left <= TimeSpan.Zero || !Monitor.Wait(_gate, left) && _value == 0) return false;
                    }
                }
                _value--;
                return true;
            }
        }

        public virtual void release(long n = 1)
        {
            if (n < 1) throw new ValueError("n must be one or more");
            lock (_gate)
            {
                Check(n);
                _value += n;
                Monitor.PulseAll(_gate);
            }
        }

        private protected virtual void Check(long n) { }

        public bool __enter__() => acquire();

        public bool __exit__(object? exc_type, object? exc, object? tb)
        {
            release();
            return false;
        }
    }

    /// <summary>threading.BoundedSemaphore: releasing above the initial value raises.</summary>
    public class BoundedSemaphore : Semaphore
    {
        readonly long _initial;

        public BoundedSemaphore(long value = 1) : base(value) => _initial = value;

        private protected override void Check(long n)
        {
            if (_value + n > _initial) throw new ValueError("Semaphore released too many times");
        }
    }
}
