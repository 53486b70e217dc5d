// Usage: TraceSummary <trace.nettrace> [top]
// Counts the SampleProfiler's thread samples by method: "exclusive" is the method on top of the
// stack (where the CPU was), "inclusive" is every method on the stack (what it was doing).
using Microsoft.Diagnostics.Tracing.Etlx;

if (args.Length < 1)
{
    Console.Error.WriteLine("usage: TraceSummary <trace.nettrace> [top]");
    return 2;
}
int top = args.Length > 1 ? int.Parse(args[1]) : 30;
using var log = new TraceLog(TraceLog.CreateFromEventPipeDataFile(args[0]));

var exclusive = new Dictionary<string, int>();
var inclusive = new Dictionary<string, int>();
int samples = 0;
foreach (var e in log.Events)
{
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
}

Console.WriteLine($"{samples} samples (about one per millisecond per running thread)");
Print("exclusive (top of stack)", exclusive);
Print("inclusive (anywhere on the stack)", inclusive);
return 0;

void Print(string title, Dictionary<string, int> counts)
{
    Console.WriteLine($"-- {title}");
    foreach (var (name, count) in counts.OrderByDescending(p => p.Value).Take(top))
        Console.WriteLine($"{100.0 * count / Math.Max(1, samples),5:F1}%  {name}");
}
