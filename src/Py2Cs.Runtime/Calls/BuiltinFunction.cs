using System.Collections.Concurrent;
using System.Reflection;

namespace Py2Cs.Runtime;

/// <summary>
/// A runtime library function (a builtin such as <c>max</c>, or a module function such as
/// <c>statistics.mean</c>) as a first-class Python callable: all the C# overloads of one name, bound at
/// run time to the arguments' runtime types. Generated code calls a library function through it when an
/// argument is dynamic (held as <c>object</c>) and no typed overload takes it, so C# cannot pick the
/// overload: <c>max(xs, key=f)</c> with <c>xs</c> an object becomes
/// <c>Py.Call(BuiltinFunction.Of(typeof(Builtins), nameof(Builtins.max)), xs, Py.Kw("key", f))</c>.
/// It is also what a builtin used as a value is (<c>key=len</c>, <c>map(str, xs)</c>, <c>f = print</c>).
/// The runtime's classes are the one list of library functions: nothing here names them again.
/// </summary>
public sealed class BuiltinFunction : ICallable
{
    private static readonly ConcurrentDictionary<(object Owner, string Name), BuiltinFunction> Made = new();

    private readonly object? _target;
    private readonly MethodInfo[] _overloads;

    private BuiltinFunction(object? target, string name, MethodInfo[] overloads)
    {
        _target = target;
        __name__ = name;
        _overloads = overloads;
    }

    /// <summary>The Python name (<c>max</c>, <c>mean</c>).</summary>
    public string __name__ { get; }

    public string __qualname__ => __name__;

    /// <summary>The builtin function of that Python name, or null when <see cref="Builtins"/> has none.</summary>
    public static BuiltinFunction? Named(string name) =>
        typeof(Builtins).GetMethods(BindingFlags.Public | BindingFlags.Static).Any(m => m.Name == name && !m.IsSpecialName)
            ? Of(typeof(Builtins), name) : null;

    /// <summary>The static methods called <paramref name="name"/> of a module class (or <see cref="Builtins"/>).</summary>
    public static BuiltinFunction Of(Type module, string name) =>
        Made.GetOrAdd((module, name), key => new BuiltinFunction(null, PythonName(name),
            Overloads(module.GetMethods(BindingFlags.Public | BindingFlags.Static), name)));

    /// <summary>The instance methods called <paramref name="name"/> of a module object (<c>copy.copy</c>,
    /// <c>bisect.insort</c>: modules whose class is not static).</summary>
    public static BuiltinFunction Of(object module, string name) =>
        Made.GetOrAdd((module, name), key => new BuiltinFunction(module, PythonName(name),
            Overloads(module.GetType().GetMethods(BindingFlags.Public | BindingFlags.Instance), name)));

    private static MethodInfo[] Overloads(MethodInfo[] methods, string name)
    {
        var found = methods.Where(m => m.Name == name && !m.IsSpecialName).ToArray();
        return found.Length > 0 ? found : throw new AttributeError($"the runtime has no function '{name}'");
    }

    // A C# name escaped for a keyword (@float) is the Python name without the escape.
    private static string PythonName(string name) => name.TrimStart('@');

    public object? Invoke(object?[] args)
    {
        int positional = args.Count(a => a is not KeywordArgument);
        bool hasKeywords = positional < args.Length;
        MethodInfo? best = null;
        object?[]? bestArguments = null;
        int bestScore = int.MinValue;
        foreach (var overload in _overloads)
        {
            var parameters = overload.GetParameters();
            // print(*values, sep=...) is declared print(object?[] values, string? sep = ...): the positional
            // values go into that array, the keywords bind by name.
            if (hasKeywords && parameters is [{ ParameterType: var first } star, ..] && first == typeof(object[]) && !star.IsDefined(typeof(ParamArrayAttribute)))
            {
                object?[] packed = [args.Where(a => a is not KeywordArgument).ToArray(), .. args.OfType<KeywordArgument>()];
                if (ArgConvert.TryArguments(parameters, packed, out object?[]? bound)) return Result(overload, bound!);
                continue;
            }
            // A params object?[] would swallow the keywords as values: a builtin's keywords are named parameters.
            if (hasKeywords && parameters.Length > 0 && parameters[^1].IsDefined(typeof(ParamArrayAttribute)) && parameters[^1].ParameterType == typeof(object[])) continue;
            if (!ArgConvert.AcceptsCount(parameters, positional)) continue;
            var method = overload.ContainsGenericParameters ? GenericInference.Close(overload, args) : overload;
            if (method is null || !ArgConvert.TryArguments(method.GetParameters(), args, out object?[]? converted)) continue;
            int score = Exactness(method, args);
            if (score > bestScore) (best, bestArguments, bestScore) = (method, converted, score);
        }
        if (best is null)
            throw new TypeError($"{__name__}() got arguments it does not take: ({string.Join(", ", args.Select(ArgumentText))})");
        return Result(best, bestArguments!);
    }

    private object? Result(MethodInfo method, object?[] arguments)
    {
        var result = Dunder.Invoke(method, _target, arguments);
        return method.ReturnType == typeof(void) ? null : result;
    }

    /// <summary>How well an overload fits without conversions, as C# would rank it: arguments that are
    /// already of the parameter's type count, a non-generic overload wins a tie (<c>sorted(string)</c>
    /// before <c>sorted&lt;T&gt;(IEnumerable&lt;T&gt;)</c>), and fewer unused parameters win after that.</summary>
    private static int Exactness(MethodInfo method, object?[] args)
    {
        var parameters = method.GetParameters();
        int exact = 0, positional = 0;
        foreach (var arg in args)
        {
            var parameter = arg is KeywordArgument k ? parameters.FirstOrDefault(p => p.Name == k.Name)
                : positional < parameters.Length ? parameters[positional++] : null;
            var value = arg is KeywordArgument named ? named.Value : arg;
            if (parameter is not null && value is not null && parameter.ParameterType.IsInstanceOfType(value)) exact++;
        }
        bool generic = method.IsGenericMethod;
        return exact * 64 + (generic ? 0 : 32) - parameters.Length;
    }

    private static string ArgumentText(object? arg) =>
        arg is KeywordArgument k ? $"{k.Name}={Builtins.type_name(k.Value)}" : Builtins.type_name(arg);

    public override string ToString() => $"<built-in function {__name__}>";
}
