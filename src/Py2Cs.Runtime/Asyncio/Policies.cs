namespace Py2Cs.Runtime;

// Event loop policies (asyncio/events.py, 3.11): one process-wide policy decides what get_event_loop,
// set_event_loop and new_event_loop do. The default one keeps the per-thread current loop of EventLoopPolicy;
// a program may install its own (a subclass overriding new_event_loop), which asyncio.run then uses too.
public static partial class asyncio
{
    static AbstractEventLoopPolicy? s_policy;
    static readonly object s_policyLock = new();

    public class AbstractEventLoopPolicy
    {
        public virtual AbstractEventLoop get_event_loop() => throw new NotImplementedError();
        public virtual void set_event_loop(AbstractEventLoop? loop) => throw new NotImplementedError();
        public virtual AbstractEventLoop new_event_loop() => throw new NotImplementedError();
    }

    /// <summary>BaseDefaultEventLoopPolicy: the current loop of each thread, made on demand in the main thread.</summary>
    public class DefaultEventLoopPolicy : AbstractEventLoopPolicy
    {
        public override AbstractEventLoop get_event_loop() => EventLoopPolicy.GetEventLoop();
        public override void set_event_loop(AbstractEventLoop? loop) => EventLoopPolicy.SetEventLoop(loop);
        public override AbstractEventLoop new_event_loop() => new();
    }

    /// <summary>Exists on Windows only: elsewhere, as in CPython, naming it fails (the usual
    /// <c>if sys.platform == "win32": asyncio.set_event_loop_policy(...)</c> never gets there).</summary>
    public class WindowsSelectorEventLoopPolicy : DefaultEventLoopPolicy
    {
        public WindowsSelectorEventLoopPolicy() => WindowsOnly(nameof(WindowsSelectorEventLoopPolicy));
    }

    /// <summary>See <see cref="WindowsSelectorEventLoopPolicy"/>.</summary>
    public class WindowsProactorEventLoopPolicy : DefaultEventLoopPolicy
    {
        public WindowsProactorEventLoopPolicy() => WindowsOnly(nameof(WindowsProactorEventLoopPolicy));
    }

    static void WindowsOnly(string name)
    {
        if (!OperatingSystem.IsWindows()) throw new AttributeError($"module 'asyncio' has no attribute '{name}'");
    }

    public static AbstractEventLoopPolicy get_event_loop_policy()
    {
        lock (s_policyLock) return s_policy ??= new DefaultEventLoopPolicy();
    }

    public static void set_event_loop_policy(AbstractEventLoopPolicy? policy)
    {
        lock (s_policyLock) s_policy = policy ?? new DefaultEventLoopPolicy();
    }

    // A program's policy class declares its methods anew rather than overriding the runtime's (the translator
    // overrides only void runtime virtuals), so its methods are called by name, as Python would.
    static bool IsProgramPolicy(AbstractEventLoopPolicy policy) => policy.GetType().Assembly != typeof(AbstractEventLoopPolicy).Assembly;

    static AbstractEventLoop PolicyGetLoop(AbstractEventLoopPolicy policy) =>
        IsProgramPolicy(policy) ? (AbstractEventLoop)Py.CallMethod(policy, "get_event_loop")! : policy.get_event_loop();

    static AbstractEventLoop PolicyNewLoop(AbstractEventLoopPolicy policy) =>
        IsProgramPolicy(policy) ? (AbstractEventLoop)Py.CallMethod(policy, "new_event_loop")! : policy.new_event_loop();

    static void PolicySetLoop(AbstractEventLoopPolicy policy, AbstractEventLoop? loop)
    {
        if (IsProgramPolicy(policy)) Py.CallMethod(policy, "set_event_loop", loop);
        else policy.set_event_loop(loop);
    }

    /// <summary>The installed policy when a program set or asked for one; null means the default, reached directly.</summary>
    static AbstractEventLoopPolicy? InstalledPolicy => s_policy is { } p && p.GetType() != typeof(DefaultEventLoopPolicy) ? p : null;
}
