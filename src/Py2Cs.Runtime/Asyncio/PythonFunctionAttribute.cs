using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Py2Cs.Runtime;

/// <summary>
/// Optional: where a translated <c>async def</c> came from, for CPython's coroutine reprs
/// (<c>coro=&lt;boom() done, defined at prog.py:4&gt;</c> in "Task exception was never retrieved").
/// The emitter puts it on each async method or local function of a program:
/// <c>[PythonFunction("main.&lt;locals&gt;.child", 12)]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class PythonFunctionAttribute(string qualname, string file, int line) : Attribute
{
    /// <summary>A function of the translated program itself: its file is the script's absolute path
    /// (<see cref="PyProgram.File"/>, what CPython prints as the code's file name).</summary>
    public PythonFunctionAttribute(string qualname, int line) : this(qualname, "", line) { }

    public string QualName { get; } = qualname;
    public string File => file.Length > 0 ? file : PyProgram.File;
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
