using System.Collections.Concurrent;
using System.Reflection;

namespace Py2Cs.Runtime;

/// <summary>
/// A runtime library function as a Python value: a builtin used as a value (<c>key=len</c>,
/// <c>map(str, xs)</c>, <c>f = print</c>), and the dynamic entry generated code calls a library function
/// through when an argument is dynamic and no typed overload takes it (<c>max(xs, key=f)</c> with
/// <c>xs</c> an object: <c>Py.Call(BuiltinFunction.Of(typeof(Builtins), nameof(max)), xs, Py.Kw("key", f))</c>).
/// Calling it calls the C# method of that name, choosing the overload from the arguments' run-time
/// types. The runtime's own methods are the one list: nothing here names them again.
/// </summary>
public sealed class BuiltinFunction : ICallable, IDynamicAttributes
{
    static readonly ConcurrentDictionary<string, BuiltinFunction?> Known = new();
    static readonly ConcurrentDictionary<(object Owner, string Name), BuiltinFunction> Made = new();

    readonly object? _target;
    readonly MethodInfo[] _overloads;

    BuiltinFunction(object? target, string name, MethodInfo[] overloads)
    {
        _target = target;
        _owner = overloads.Length > 0 ? overloads[0].DeclaringType : null;
        __name__ = name;
        _overloads = overloads;
    }

    readonly Type? _owner;

    public string __name__ { get; }

    /// <summary>A function's own functions (<c>chain.from_iterable</c>) are the runtime's methods named
    /// <c>chain_from_iterable</c> beside it.</summary>
    public bool TryGetAttribute(string name, out object? value)
    {
        value = null;
        if (_owner is null) return false;
        string method = __name__ + "_" + name;
        var flags = BindingFlags.Public | (_target is null ? BindingFlags.Static : BindingFlags.Instance);
        if (!_owner.GetMethods(flags).Any(m => m.Name == method)) return false;
        value = _target is null ? Of(_owner, method) : Of(_target, method);
        return true;
    }

    public bool TrySetAttribute(string name, object? value) => false;

    public string __qualname__ => __name__;

    /// <summary>The builtin function of that Python name, or null when <see cref="Builtins"/> has none.</summary>
    public static BuiltinFunction? Named(string name) => Known.GetOrAdd(name, n =>
    {
        var overloads = Ordered(typeof(Builtins).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.Name == n && !m.IsSpecialName));
        return overloads.Length == 0 ? null : new BuiltinFunction(null, n, overloads);
    });

    /// <summary>The static methods called <paramref name="name"/> of a module class (or <see cref="Builtins"/>).</summary>
    public static BuiltinFunction Of(Type module, string name) =>
        Made.GetOrAdd((module, name), _ => new BuiltinFunction(null, name,
            Required(Ordered(module.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.Name == name && !m.IsSpecialName)), name)));

    /// <summary>The instance methods called <paramref name="name"/> of a module object (<c>copy.copy</c>,
    /// <c>bisect.insort</c>: modules whose class is not static).</summary>
    public static BuiltinFunction Of(object module, string name) =>
        Made.GetOrAdd((module, name), _ => new BuiltinFunction(module, name,
            Required(Ordered(module.GetType().GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.Name == name)), name)));

    // The dynamic overloads (every parameter an object) first: they decide as CPython does from the
    // values; the typed ones are the fast paths C# picks statically.
    static MethodInfo[] Ordered(IEnumerable<MethodInfo> methods) => methods
        .OrderBy(m => m.GetParameters().All(p => p.ParameterType == typeof(object) || p.IsDefined(typeof(ParamArrayAttribute))) ? 0 : 1)
        .ThenBy(m => m.IsGenericMethodDefinition ? 1 : 0)
        .ToArray();

    static MethodInfo[] Required(MethodInfo[] overloads, string name) =>
        overloads.Length > 0 ? overloads : throw new AttributeError($"the runtime has no function '{name}'");

    public object? Invoke(object?[] args)
    {
        int count = args.Count(a => a is not KeywordArgument);
        bool hasKeywords = count < args.Length;
        MethodInfo? best = null;
        object?[]? bestArguments = null;
        int bestScore = int.MinValue;
        foreach (var candidate in _overloads)
        {
            var parameters = candidate.GetParameters();
            // print(*values, sep=...) is declared print(object?[] values, string? sep = ...): the positional
            // values go into that array, the keywords bind by name.
            if (hasKeywords && parameters is [{ ParameterType: var first } star, ..] && first == typeof(object[]) && !ParameterFacts.Of(star).IsParamArray)
            {
                object?[] packed = [args.Where(a => a is not KeywordArgument).ToArray(), .. args.OfType<KeywordArgument>()];
                if (ArgConvert.TryArguments(parameters, packed, out object?[]? bound)) return Result(candidate, bound!);
                continue;
            }
            // A params object?[] would swallow the keywords as values where another overload names them
            // (print's sep); where none does, they are the function's **kwargs (partial(f, x, k=1)). Keywords
            // the candidate names itself bind to those parameters (create_subprocess_exec(*cmd, stdout=PIPE)).
            if (hasKeywords && parameters.Length > 0 && ParameterFacts.Of(parameters[^1]).IsParamArray && parameters[^1].ParameterType == typeof(object[])
                && args.OfType<KeywordArgument>().Any(k => NamedByAnOverload(k.Name) && !parameters.Any(p => p.Name == k.Name))) continue;
            // Required parameters are filled by positionals and keywords alike (groupby(rows, key=f)).
            if (!ArgConvert.AcceptsCount(parameters, count) || RequiredCount(parameters) > args.Length) continue;
            var method = candidate.IsGenericMethodDefinition ? GenericInference.Close(candidate, args) : candidate;
            if (method is null || !ArgConvert.TryArguments(method.GetParameters(), args, out object?[]? converted)) continue;
            int score = Exactness(method, args);
            if (score > bestScore) (best, bestArguments, bestScore) = (method, converted, score);
        }
        if (best is null) throw NoOverload(args);
        return Result(best, bestArguments!);
    }

    bool NamedByAnOverload(string keyword) => _overloads.Any(o => o.GetParameters().Any(p => p.Name == keyword));

    object? Result(MethodInfo method, object?[] arguments)
    {
        var result = Dunder.Invoke(method, _target, arguments);
        return method.ReturnType == typeof(void) ? null : result;
    }

    static int RequiredCount(ParameterInfo[] parameters) =>
        parameters.Count(p => !p.IsOptional && !ParameterFacts.Of(p).IsParamArray && ParameterFacts.Of(p).DefaultField is null);

    /// <summary>How well an overload fits without conversions, as C# would rank it: arguments that are
    /// already of the parameter's type count, a non-generic overload wins a tie (<c>sorted(string)</c>
    /// before <c>sorted&lt;T&gt;(IEnumerable&lt;T&gt;)</c>), then fewer unused parameters; an earlier
    /// overload wins an equal score.</summary>
    internal static int Exactness(MethodInfo method, object?[] args)
    {
        var parameters = method.GetParameters();
        int exact = 0, positional = 0, discarding = 0;
        foreach (var arg in args)
        {
            var parameter = arg is KeywordArgument k ? parameters.FirstOrDefault(p => p.Name == k.Name)
                : positional < parameters.Length ? parameters[positional++] : null;
            var value = arg is KeywordArgument named ? named.Value : arg;
            if (parameter is not null && value is not null && parameter.ParameterType.IsInstanceOfType(value)) exact++;
            // A Python callable made into a void delegate loses what it returns (run_in_executor(pool, partial)
            // must not pick the Action overload over Func<T>).
            else if (parameter is not null && value is not null && DiscardsResult(parameter.ParameterType)) discarding++;
        }
        return exact * 64 + (method.IsGenericMethod ? 0 : 32) - discarding * 48 - parameters.Length;
    }

    static bool DiscardsResult(Type type) =>
        typeof(Delegate).IsAssignableFrom(type) && type.GetMethod("Invoke") is { ReturnType: var r } && r == typeof(void);

    /// <summary>CPython's TypeError where it has one: a value that is not iterable where every overload
    /// iterates that argument (<c>max(5)</c>: "'int' object is not iterable").</summary>
    TypeError NoOverload(object?[] args)
    {
        var positional = args.Where(a => a is not KeywordArgument).ToArray();
        var candidates = _overloads.Where(o => ArgConvert.AcceptsCount(o.GetParameters(), positional.Length) && RequiredCount(o.GetParameters()) <= positional.Length).ToList();
        for (int i = 0; i < positional.Length; i++)
        {
            if (positional[i] is System.Collections.IEnumerable or System.Runtime.CompilerServices.ITuple or PyObject) continue;
            if (candidates.Count > 0 && candidates.All(o => o.GetParameters() is var ps && i < ps.Length && IsIterableParameter(ps[i].ParameterType)))
                return new TypeError($"'{Builtins.type_name(positional[i])}' object is not iterable");
        }
        return new TypeError($"{__name__}() got unsupported arguments ({positional.Length} given)");
    }

    static bool IsIterableParameter(Type type) =>
        type != typeof(string) && (type == typeof(System.Collections.IEnumerable)
            || type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>));

    public override string ToString() => $"<built-in function {__name__}>";
}
