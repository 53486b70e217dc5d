using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Py2Cs.Runtime;

/// <summary>
/// Optional: where a translated <c>async def</c> came from, for CPython's coroutine reprs
/// (<c>coro=&lt;boom() done, defined at prog.py:4&gt;</c> in "Task exception was never retrieved").
/// The emitter may put it on each async method or local function:
/// <c>[PythonFunction("main.&lt;locals&gt;.child", "prog.py", 12)]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class PythonFunctionAttribute(string qualname, string file, int line) : Attribute
{
    public string QualName { get; } = qualname;
    public string File { get; } = file;
    public int Line { get; } = line;
}

internal static class PythonFunctionInfo
{
    static readonly ConcurrentDictionary<Type, PythonFunctionAttribute?> s_cache = new();

    /// <summary>The attribute on the async method whose state machine has this type, if any.</summary>
    internal static PythonFunctionAttribute? For(Type? stateMachineType) =>
        stateMachineType == null ? null : s_cache.GetOrAdd(stateMachineType, Find);

    static PythonFunctionAttribute? Find(Type stateMachineType)
    {
        var owner = stateMachineType.DeclaringType;
        if (owner == null) return null;
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        foreach (var method in owner.GetMethods(all))
        {
            var machine = method.GetCustomAttribute<AsyncStateMachineAttribute>();
            if (machine?.StateMachineType == stateMachineType) return method.GetCustomAttribute<PythonFunctionAttribute>();
        }
        return null;
    }
}
