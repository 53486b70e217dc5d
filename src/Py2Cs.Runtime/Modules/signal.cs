#pragma warning disable CS8981, IDE1006 // Python's names.
using System.Runtime.InteropServices;

namespace Py2Cs.Runtime;

/// <summary>
/// Python's <c>signal</c> basics: the <c>Signals</c> and <c>Handlers</c> enums (Linux numbers), <c>signal</c> and
/// <c>getsignal</c> with CPython's initial handlers (<c>default_int_handler</c> for SIGINT, <c>SIG_DFL</c>
/// otherwise) and errors, <c>raise_signal</c> (the handler runs before it returns, as CPython runs it at the next
/// instruction; SIGINT's default raises KeyboardInterrupt), <c>strsignal</c>, <c>valid_signals</c>. A handler for
/// SIGINT, SIGTERM, SIGHUP or SIGQUIT is also registered with .NET, so a signal sent by another process runs it.
/// </summary>
[PyModule("signal")]
[PyMissing("timers, waiting and masks of signal are not implemented",
    "alarm", "pause", "setitimer", "getitimer", "siginterrupt", "pthread_kill", "pthread_sigmask", "sigwait", "set_wakeup_fd",
    "sigpending", "sigtimedwait", "sigwaitinfo", "ITIMER_REAL", "ITIMER_VIRTUAL", "ITIMER_PROF")]
public static class signal
{
    /// <summary>The signal numbers (an IntEnum, as CPython's <c>signal.Signals</c>).</summary>
    public sealed class Signals : EnumModule.IntEnum
    {
        Signals(string name, long value) : base(name, value) { }

        public static readonly Signals SIGHUP = new("SIGHUP", 1), SIGINT = new("SIGINT", 2), SIGQUIT = new("SIGQUIT", 3),
            SIGILL = new("SIGILL", 4), SIGTRAP = new("SIGTRAP", 5), SIGABRT = new("SIGABRT", 6), SIGBUS = new("SIGBUS", 7),
            SIGFPE = new("SIGFPE", 8), SIGKILL = new("SIGKILL", 9), SIGUSR1 = new("SIGUSR1", 10), SIGSEGV = new("SIGSEGV", 11),
            SIGUSR2 = new("SIGUSR2", 12), SIGPIPE = new("SIGPIPE", 13), SIGALRM = new("SIGALRM", 14), SIGTERM = new("SIGTERM", 15),
            SIGSTKFLT = new("SIGSTKFLT", 16), SIGCHLD = new("SIGCHLD", 17), SIGCONT = new("SIGCONT", 18), SIGSTOP = new("SIGSTOP", 19),
            SIGTSTP = new("SIGTSTP", 20), SIGTTIN = new("SIGTTIN", 21), SIGTTOU = new("SIGTTOU", 22), SIGURG = new("SIGURG", 23),
            SIGXCPU = new("SIGXCPU", 24), SIGXFSZ = new("SIGXFSZ", 25), SIGVTALRM = new("SIGVTALRM", 26), SIGPROF = new("SIGPROF", 27),
            SIGWINCH = new("SIGWINCH", 28), SIGIO = new("SIGIO", 29), SIGPWR = new("SIGPWR", 30), SIGSYS = new("SIGSYS", 31),
            SIGRTMIN = new("SIGRTMIN", 34), SIGRTMAX = new("SIGRTMAX", 64);
    }

    /// <summary><c>SIG_DFL</c> and <c>SIG_IGN</c> (an IntEnum, as CPython's <c>signal.Handlers</c>).</summary>
    public sealed class Handlers : EnumModule.IntEnum
    {
        Handlers(string name, long value) : base(name, value) { }

        public static readonly Handlers SIG_DFL = new("SIG_DFL", 0), SIG_IGN = new("SIG_IGN", 1);
    }

    public static readonly Signals SIGHUP = Signals.SIGHUP, SIGINT = Signals.SIGINT, SIGQUIT = Signals.SIGQUIT, SIGILL = Signals.SIGILL,
        SIGTRAP = Signals.SIGTRAP, SIGABRT = Signals.SIGABRT, SIGBUS = Signals.SIGBUS, SIGFPE = Signals.SIGFPE, SIGKILL = Signals.SIGKILL,
        SIGUSR1 = Signals.SIGUSR1, SIGSEGV = Signals.SIGSEGV, SIGUSR2 = Signals.SIGUSR2, SIGPIPE = Signals.SIGPIPE, SIGALRM = Signals.SIGALRM,
        SIGTERM = Signals.SIGTERM, SIGCHLD = Signals.SIGCHLD, SIGCONT = Signals.SIGCONT, SIGSTOP = Signals.SIGSTOP, SIGTSTP = Signals.SIGTSTP,
        SIGTTIN = Signals.SIGTTIN, SIGTTOU = Signals.SIGTTOU, SIGURG = Signals.SIGURG, SIGXCPU = Signals.SIGXCPU, SIGXFSZ = Signals.SIGXFSZ,
        SIGVTALRM = Signals.SIGVTALRM, SIGPROF = Signals.SIGPROF, SIGWINCH = Signals.SIGWINCH, SIGIO = Signals.SIGIO, SIGPWR = Signals.SIGPWR,
        SIGSYS = Signals.SIGSYS, SIGRTMIN = Signals.SIGRTMIN, SIGRTMAX = Signals.SIGRTMAX;

    public static readonly Handlers SIG_DFL = Handlers.SIG_DFL, SIG_IGN = Handlers.SIG_IGN;

    public const long NSIG = 65;

    static readonly Dictionary<long, object?> s_handlers = [];
    static readonly Dictionary<long, PosixSignalRegistration> s_registrations = [];

    /// <summary>SIGINT's initial handler: raises KeyboardInterrupt.</summary>
    public static void default_int_handler(params object?[] args) => throw new KeyboardInterrupt();

    static long Number(object? signalnum, string function)
    {
        long n = 0;
        if (signalnum is EnumModule.IntEnum member) n = member.Int;
        else if (!Py.TryLong(signalnum, out n)) throw new TypeError($"'{Builtins.type_name(signalnum)}' object cannot be interpreted as an integer");
        if (n < 1 || n >= NSIG) throw new ValueError("signal number out of range");
        return n;
    }

    public static object? getsignal(object? signalnum)
    {
        long n = Number(signalnum, "getsignal");
        lock (s_handlers)
            return s_handlers.TryGetValue(n, out var handler) ? handler
                : n == 2 ? BuiltinFunction.Of(typeof(signal), nameof(default_int_handler)) : SIG_DFL;
    }

    /// <summary><c>signal(signalnum, handler)</c>: sets the handler and returns the previous one.</summary>
    [PyName("signal")]
    public static object? signal_(object? signalnum, object? handler)
    {
        long n = Number(signalnum, "signal");
        bool isDefault = handler is Handlers h ? h == SIG_DFL : Py.TryLong(handler, out long d) && d == 0;
        bool isIgnore = handler is Handlers h2 ? h2 == SIG_IGN : handler is not bool && Py.TryLong(handler, out long i) && i == 1;
        if (!isDefault && !isIgnore && (handler is null || !Builtins.callable(handler)))
            throw new TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
        if (n is 9 or 19) throw new OSError(22L, "Invalid argument");
        var previous = getsignal(n);
        lock (s_handlers)
        {
            s_handlers[n] = handler is Handlers ? handler : isDefault ? SIG_DFL : isIgnore ? SIG_IGN : handler;
            Register(n, isDefault ? null : s_handlers[n]);
        }
        return previous;
    }

    // Signals .NET can receive: a handler set for one of them also runs when another process sends it.
    static void Register(long n, object? handler)
    {
        PosixSignal? posix = n switch { 1 => PosixSignal.SIGHUP, 2 => PosixSignal.SIGINT, 3 => PosixSignal.SIGQUIT, 15 => PosixSignal.SIGTERM, _ => null };
        if (posix is null) return;
        if (s_registrations.Remove(n, out var old)) old.Dispose();
        if (handler is null) return;
        s_registrations[n] = PosixSignalRegistration.Create(posix.Value, context =>
        {
            context.Cancel = true;
            Deliver(n);
        });
    }

    // loop.add_signal_handler's callbacks by signal number: the Python-level handler is then a no-op (as CPython's
    // _sighandler_noop) and delivering the signal schedules the loop's callback instead.
    static readonly Dictionary<long, Action> s_loopHandlers = [];

    /// <summary>Routes signal <paramref name="n"/> to <paramref name="onSignal"/> (a loop's thread-safe scheduling),
    /// or back to SIG_DFL (SIGINT: default_int_handler) when it is null.</summary>
    internal static void SetLoopHandler(long n, Action? onSignal)
    {
        if (n is 9 or 19) throw new RuntimeError($"sig {n} cannot be caught");
        lock (s_handlers)
        {
            if (onSignal is null)
            {
                s_loopHandlers.Remove(n);
                if (n == 2) s_handlers.Remove(n); else s_handlers[n] = SIG_DFL;
                Register(n, n == 2 ? getsignal(n) : null);
                return;
            }
            s_loopHandlers[n] = onSignal;
            s_handlers[n] = BuiltinFunction.Of(typeof(signal), nameof(_sighandler_noop));
            Register(n, s_handlers[n]);
        }
    }

    /// <summary>The Python handler of a signal a loop handles (CPython's <c>unix_events._sighandler_noop</c>).</summary>
    [PyHidden]
    public static void _sighandler_noop(params object?[] args) { }

    /// <summary>Runs the loop callback for <paramref name="n"/>, if a loop handles it.</summary>
    static bool DeliverToLoop(long n)
    {
        Action? onSignal;
        lock (s_handlers) s_loopHandlers.TryGetValue(n, out onSignal);
        onSignal?.Invoke();
        return onSignal is not null;
    }

    static void Deliver(long n)
    {
        if (DeliverToLoop(n)) return;
        object? handler = getsignal(n);
        if (handler is Handlers) return;
        Py.Call(handler, n, null);
    }

    /// <summary><c>raise_signal(signum)</c>: the handler runs now; an ignored signal does nothing; a default one ends the process as the signal would.</summary>
    public static void raise_signal(object? signalnum)
    {
        long n = Number(signalnum, "raise_signal");
        if (DeliverToLoop(n)) return;
        object? handler = getsignal(n);
        if (handler is Handlers h)
        {
            if (h == SIG_IGN || n is 17 or 18 or 23 or 28) return;
            sys.stdout.flush();
            kill(Environment.ProcessId, (int)n);
            Thread.Sleep(1000);
            return;
        }
        Py.Call(handler, n, null);
    }

    [DllImport("libc", SetLastError = true)]
    static extern int kill(int pid, int sig);

    /// <summary><c>os.kill(pid, sig)</c>: a signal to this process is delivered as <c>raise_signal</c> delivers it (its
    /// handler runs before kill returns, as CPython runs it at the next instruction); another process gets a real one.</summary>
    internal static void Kill(long pid, object? signalnum)
    {
        long n = signalnum is EnumModule.IntEnum member ? member.Int : Py.TryLong(signalnum, out long v) ? v
            : throw new TypeError($"'{Builtins.type_name(signalnum)}' object cannot be interpreted as an integer");
        if (pid == Environment.ProcessId && n is > 0 and < NSIG) { raise_signal(n); return; }
        if (kill((int)pid, (int)n) == 0) return;
        int errno = Marshal.GetLastPInvokeError();
        throw errno switch
        {
            3 => new ProcessLookupError(3L, "No such process"),
            1 => new PermissionError(1L, "Operation not permitted"),
            _ => new OSError((long)errno, "Invalid argument"),
        };
    }

    /// <summary><c>strsignal(signalnum)</c>: the C library's description.</summary>
    public static string? strsignal(object? signalnum)
    {
        long n = Number(signalnum, "strsignal");
        return n switch
        {
            1 => "Hangup", 2 => "Interrupt", 3 => "Quit", 4 => "Illegal instruction", 5 => "Trace/breakpoint trap", 6 => "Aborted",
            7 => "Bus error", 8 => "Floating point exception", 9 => "Killed", 10 => "User defined signal 1", 11 => "Segmentation fault",
            12 => "User defined signal 2", 13 => "Broken pipe", 14 => "Alarm clock", 15 => "Terminated", 16 => "Stack fault",
            17 => "Child exited", 18 => "Continued", 19 => "Stopped (signal)", 20 => "Stopped", 21 => "Stopped (tty input)",
            22 => "Stopped (tty output)", 23 => "Urgent I/O condition", 24 => "CPU time limit exceeded", 25 => "File size limit exceeded",
            26 => "Virtual timer expired", 27 => "Profiling timer expired", 28 => "Window changed", 29 => "I/O possible",
            30 => "Power failure", 31 => "Bad system call",
            _ => n >= 34 ? $"Real-time signal {n - 34}" : null,
        };
    }

    public static PySet<object?> valid_signals() =>
        new(Enumerable.Range(1, 64).Where(n => n is not (32 or 33)).Select(n => (object?)(EnumByValue(n) ?? (object)(long)n)));

    static Signals? EnumByValue(long n) => typeof(Signals).GetFields().Select(f => f.GetValue(null)).OfType<Signals>().FirstOrDefault(s => s.Int == n);
}
