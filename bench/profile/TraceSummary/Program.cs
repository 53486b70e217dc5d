// Usage: TraceSummary <trace.nettrace> [top] [method-substring]  |  TraceSummary <trace.nettrace> jit [callers]
// Counts the SampleProfiler's thread samples by method: "exclusive" is the method on top of the
// stack (where the CPU was), "inclusive" is every method on the stack (what it was doing).
// With a method substring it also prints who called that method: the chains of the next callers
// above its first frame on each sample's stack, most frequent first.
using Microsoft.Diagnostics.Tracing.Etlx;

if (args.Length < 1)
{
    Console.Error.WriteLine("usage: TraceSummary <trace.nettrace> [top]");
    return 2;
}
if (args.Length > 1 && args[1] == "jit")
{
    // "jit callers": each compiled method with the nearest frames of the stack that asked for it (the
    // events carry stacks), to find which code of ours made the JIT compile framework code.
    bool callers = args.Length > 2 && args[2] == "callers";
    // Every method the JIT compiled, in order, with its time since the trace began: what a program
    // still compiled while it ran (ReadyToRun and py2cs's compile-ahead step should leave little).
    using var jitLog = new TraceLog(TraceLog.CreateFromEventPipeDataFile(args[0]));
    foreach (var e in jitLog.Events)
        if (e.ProviderName == "Microsoft-Windows-DotNETRuntime" && e.EventName == "Method/JittingStarted")
        {
            Console.WriteLine($"{e.TimeStampRelativeMSec,10:F1} ms  {e.PayloadByName("MethodNamespace")}.{e.PayloadByName("MethodName")}");
            for (var frame = callers ? e.CallStack() : null; frame is not null; frame = frame.Caller)
                if (frame.CodeAddress.FullMethodName is { Length: > 0 } name && !name.StartsWith("System.Runtime.CompilerServices", StringComparison.Ordinal))
                    Console.WriteLine($"                 <- {name}");
        }
    return 0;
}
int top = args.Length > 1 ? int.Parse(args[1]) : 30;
string? focus = args.Length > 2 ? args[2] : null;
const int CallerDepth = 6;
var callerChains = new Dictionary<string, int>();
using var log = new TraceLog(TraceLog.CreateFromEventPipeDataFile(args[0]));

var exclusive = new Dictionary<string, int>();
var inclusive = new Dictionary<string, int>();
int samples = 0;
int collections = 0;
double gcStart = 0, gcMilliseconds = 0;
foreach (var e in log.Events)
{
    // Garbage collections: how many, and how long the runtime was inside them.
    if (e.ProviderName == "Microsoft-Windows-DotNETRuntime" && e.EventName == "GC/Start") { collections++; gcStart = e.TimeStampRelativeMSec; }
    if (e.ProviderName == "Microsoft-Windows-DotNETRuntime" && e.EventName == "GC/Stop" && gcStart > 0) { gcMilliseconds += e.TimeStampRelativeMSec - gcStart; gcStart = 0; }
    if (e.ProviderName != "Microsoft-DotNETCore-SampleProfiler" || e.EventName != "Thread/Sample") continue;
    if (e.CallStack() is not { } stack) continue;
    samples++;
    var onStack = new HashSet<string>();
    for (var frame = stack; frame != null; frame = frame.Caller)
    {
        var name = frame.CodeAddress.FullMethodName;
        if (string.IsNullOrEmpty(name)) name = "[native] " + frame.CodeAddress.ModuleName;
        if (frame == stack) exclusive[name] = exclusive.GetValueOrDefault(name) + 1;
        if (onStack.Add(name)) inclusive[name] = inclusive.GetValueOrDefault(name) + 1;
    }
    if (focus != null) CountCallers(stack, focus);
}

Console.WriteLine($"{samples} samples (about one per millisecond per running thread)");
Console.WriteLine($"{collections} garbage collections, {gcMilliseconds:F0} ms inside them (wall time)");
Print("exclusive (top of stack)", exclusive);
Print("inclusive (anywhere on the stack)", inclusive);
if (focus != null) Print($"callers of {focus} (up to {CallerDepth} frames, nearest first)", callerChains);
return 0;

void Print(string title, Dictionary<string, int> counts)
{
    Console.WriteLine($"-- {title}");
    foreach (var (name, count) in counts.OrderByDescending(p => p.Value).Take(top))
        Console.WriteLine($"{100.0 * count / Math.Max(1, samples),5:F1}%  {name}");
}

void CountCallers(Microsoft.Diagnostics.Tracing.Etlx.TraceCallStack stack, string method)
{
    var frame = stack;
    while (frame != null && !frame.CodeAddress.FullMethodName.Contains(method, StringComparison.Ordinal))
        frame = frame.Caller;
    if (frame == null) return;
    var chain = new List<string>();
    for (var caller = frame.Caller; caller != null && chain.Count < CallerDepth; caller = caller.Caller)
        chain.Add(ShortName(caller.CodeAddress.FullMethodName));
    var key = string.Join("\n        <- ", chain);
    callerChains[key] = callerChains.GetValueOrDefault(key) + 1;
}

static string ShortName(string fullName)
{
    int paren = fullName.IndexOf('(');
    return paren < 0 ? fullName : fullName[..paren];
}
