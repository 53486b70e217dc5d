using System.Reflection;
using System.Runtime.CompilerServices;

namespace Py2Cs.Compiler;

/// <summary>
/// Methods to JIT-compile ahead of their first call, gathered from types, async state machines and
/// calls found in IL, then compiled in one go. Translated programs print in an order decided by
/// timers 10-50 ms apart: each method the JIT compiles on first call, in the middle of a program,
/// delays it by a fraction of a millisecond (several on a busy machine), and a few dozen of them
/// between two timers change what it prints. ReadyToRun covers the runtime's own code; this covers
/// what it cannot: the program's methods and the generic instantiations over its types or over
/// the framework's (<c>List&lt;(string, long, bool)&gt;</c> inside a <c>PyDict&lt;string, long&gt;</c>).
/// </summary>
sealed class PrecompileSet
{
    const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    // A bound on the work, far above what a program needs (rate_limiter.py: about 700).
    const int MaxMethods = 6000;

    // The box a CoroutineBuilder copies a state machine into (runtime-internal): its MoveNextBody
    // runs every step of a coroutine, instantiated per state machine.
    static readonly Assembly s_runtime = typeof(Py2Cs.Runtime.CoroutineBase).Assembly;
    static readonly Type? s_coroutineBox = s_runtime.GetType("Py2Cs.Runtime.CoroutineBox`2");
    static readonly Type? s_voidCoroutineBox = s_runtime.GetType("Py2Cs.Runtime.CoroutineBox`1");

    readonly HashSet<MethodBase> _methods = [];
    readonly HashSet<Type> _created = [];
    readonly HashSet<Type> _machines = [];
    readonly HashSet<MethodInfo> _genericVirtuals = [];

    // While a state machine's plumbing is added from AddTo: the methods that were new, for the next level.
    List<MethodBase>? _collect;

    public int Count => _methods.Count;

    public IReadOnlyCollection<MethodBase> Methods => _methods;

    public void Add(MethodBase method)
    {
        if (!method.IsAbstract && !method.ContainsGenericParameters && !IsDelegate(method.DeclaringType) && _methods.Add(method))
            _collect?.Add(method);
    }

    /// <summary>Everything a type declares that can be compiled ahead (its static constructor is
    /// compiled when it runs, not here).</summary>
    public void AddDeclared(Type type)
    {
        if (type.IsInterface || type.ContainsGenericParameters || IsDelegate(type)) return;
        foreach (MethodBase method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly)))
            Add(method);
    }

    /// <summary>A type's members, and for an async state machine the builder's Start and
    /// Await*OnCompleted over it and each type it awaits (the C# compiler keeps one
    /// <c>&lt;&gt;u__N</c> field per awaiter type), and the box that holds it.</summary>
    public void AddTypeAndCoroutinePlumbing(Type type)
    {
        AddDeclared(type);
        if (!typeof(IAsyncStateMachine).IsAssignableFrom(type) || type.ContainsGenericParameters) return;
        FieldInfo[] fields = type.GetFields(Declared);
        Type? builder = fields.FirstOrDefault(f => f.Name == "<>t__builder")?.FieldType;
        if (builder is null) return;
        Type[] awaiters = [.. fields.Where(f => f.Name.StartsWith("<>u__", StringComparison.Ordinal)).Select(f => f.FieldType).Distinct()];
        foreach (MethodInfo method in builder.GetMethods(Declared).Where(m => m.IsGenericMethodDefinition))
        {
            int arity = method.GetGenericArguments().Length;
            if (arity == 1) AddIfValid(() => method.MakeGenericMethod(type));
            else if (arity == 2)
                foreach (Type awaiter in awaiters)
                    AddIfValid(() => method.MakeGenericMethod(awaiter, type));
        }
        Type? box = builder.IsGenericType
            ? Construct(s_coroutineBox, builder.GetGenericArguments()[0], type)
            : Construct(s_voidCoroutineBox, type);
        if (box is not null) AddDeclared(box);
    }

    /// <summary>Adds the generic instantiations that the methods already in the set call, and
    /// those that they call, to <paramref name="depth"/> levels (the program's Enumerable.Select
    /// reaches the iterator it creates at 1, the iterator's helpers at 2). Non-generic callees are
    /// ReadyToRun code already (the runtime's, the framework's) or in the set (the program's).</summary>
    public void AddInstantiationsReached(int depth)
    {
        List<MethodBase> frontier = [.. _methods];
        for (int level = 0; level < depth && frontier.Count > 0; level++)
        {
            var next = new List<MethodBase>();
            foreach (MethodBase method in frontier)
            {
                foreach (MethodBase callee in IlCallees.Of(method))
                {
                    if (_methods.Count >= MaxMethods) return;
                    if (!IsInstantiation(callee)) continue;
                    AddTo(next, callee);
                    // An object created here is called through its virtual members too (an
                    // iterator's MoveNext and ToArray), which no call in the IL names.
                    if (callee is ConstructorInfo { DeclaringType: { } created } && _created.Add(created))
                        foreach (MethodBase member in created.GetMethods(Declared))
                            AddTo(next, member);
                    if (callee is MethodInfo { IsGenericMethod: true, IsVirtual: true } generic && !generic.DeclaringType!.IsInterface)
                        _genericVirtuals.Add(generic);
                }
            }
            AddGenericOverrides(next);
            frontier = next;
        }
    }

    /// <summary>A generic virtual method called on a base type (LINQ's <c>Iterator&lt;T&gt;.Select&lt;R&gt;</c>, which
    /// a query's second <c>select</c> or <c>let</c> calls) runs the override of the object created earlier, whose
    /// instantiation over the same method arguments no call in the IL names: added for every created subtype.</summary>
    void AddGenericOverrides(List<MethodBase> next)
    {
        foreach (MethodInfo called in _genericVirtuals.ToArray())
        {
            MethodInfo definition = called.GetGenericMethodDefinition().GetBaseDefinition();
            Type[] arguments = called.GetGenericArguments();
            foreach (Type created in _created.ToArray())
            {
                if (created == called.DeclaringType || !called.DeclaringType!.IsAssignableFrom(created)) continue;
                foreach (MethodInfo candidate in created.GetMethods(Declared))
                {
                    if (!candidate.IsGenericMethodDefinition || candidate.Name != definition.Name
                        || candidate.GetGenericArguments().Length != arguments.Length) continue;
                    MethodInfo baseDefinition = candidate.GetBaseDefinition();
                    if (baseDefinition.MetadataToken != definition.MetadataToken || baseDefinition.Module != definition.Module) continue;
                    if (Guarded(() => candidate.MakeGenericMethod(arguments)) is { } instantiation) AddTo(next, instantiation);
                }
            }
        }
    }

    /// <summary>Runs the static constructors of the generic types in the set that are not the
    /// program's and not over its types (e.g. <c>List&lt;T&gt;</c>'s empty array): they have no
    /// effect a program can see. The program's own run when Python would run that code.</summary>
    public void RunForeignClassConstructors(Assembly? program)
    {
        foreach (Type type in _methods.Select(m => m.DeclaringType).OfType<Type>().Where(t => t.IsConstructedGenericType).Distinct())
        {
            if (type.Assembly == program || type.GetGenericArguments().Any(argument => argument.Assembly == program)) continue;
            try { RuntimeHelpers.RunClassConstructor(type.TypeHandle); }
            catch (Exception) { /* it runs (and fails) again where the program first uses the type */ }
        }
    }

    /// <summary>Compiles every method in the set, on all cores.</summary>
    public void Compile()
    {
        // A small set (a short program's own methods) compiles on this thread: Parallel.ForEach would first
        // have the JIT compile its own generic code over long, which no ReadyToRun image has, and start pool
        // threads, for less than it saves.
        if (_methods.Count <= SmallSet)
        {
            foreach (MethodBase method in _methods) CompileOne(method);
            return;
        }
        Parallel.ForEach(_methods, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, CompileOne);
    }

    const int SmallSet = 32;

    static void CompileOne(MethodBase method)
    {
        try
        {
            // A virtual method (an override, an interface implementation such as List<T>.Add) that
            // nothing has called yet has no entry point, and PrepareMethod skips it: make one first.
            // The handle of a member of a constructed type names the instantiation already.
            method.MethodHandle.GetFunctionPointer();
            RuntimeHelpers.PrepareMethod(method.MethodHandle);
        }
        catch (Exception) { /* compiled on first call instead, as without preparation */ }
    }

    void AddTo(List<MethodBase> next, MethodBase method)
    {
        int before = _methods.Count;
        Add(method);
        if (_methods.Count == before) return;
        next.Add(method);
        // A generic async method instantiated here (the runtime's wait_for<T> over the program's long)
        // starts a state machine that is itself an instantiation: its MoveNext and the builder's
        // plumbing over it run on the coroutine's first step and are reached through no call in the IL.
        foreach (Type machine in ConstructedStateMachines(method))
        {
            if (!_machines.Add(machine)) continue;
            int known = _methods.Count;
            var added = new List<MethodBase>();
            _collect = added;
            try { AddTypeAndCoroutinePlumbing(machine); }
            finally { _collect = null; }
            if (_methods.Count > known) next.AddRange(added);
        }
    }

    static IEnumerable<Type> ConstructedStateMachines(MethodBase method)
    {
        Type[] arguments = method.IsGenericMethod ? method.GetGenericArguments() : [];
        foreach (Type argument in arguments)
            if (argument.IsConstructedGenericType && typeof(IAsyncStateMachine).IsAssignableFrom(argument))
                yield return argument;
    }

    void AddIfValid(Func<MethodBase> make)
    {
        if (Guarded(make) is { } method) Add(method);
    }

    static bool IsInstantiation(MethodBase method) =>
        !method.ContainsGenericParameters && (method.IsGenericMethod || method.DeclaringType is { IsConstructedGenericType: true });

    // Delegates' members are implemented by the runtime itself (and BeginInvoke throws).
    static bool IsDelegate(Type? type) => type is not null && typeof(Delegate).IsAssignableFrom(type);

    static Type? Construct(Type? definition, params Type[] arguments) =>
        definition is null ? null : Guarded(() => definition.MakeGenericType(arguments));

    /// <summary>A constraint the arguments do not meet, or a token whose signature needs a generic
    /// context it was not given, is no candidate.</summary>
    public static T? Guarded<T>(Func<T?> make) where T : class
    {
        try { return make(); }
        catch (Exception e) when (e is ArgumentException or BadImageFormatException or TypeLoadException or MissingMemberException or NotSupportedException) { return null; }
    }
}
