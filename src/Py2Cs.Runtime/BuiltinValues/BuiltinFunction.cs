using System.Collections.Concurrent;
using System.Reflection;

namespace Py2Cs.Runtime;

/// <summary>
/// A builtin function used as a value (<c>key=len</c>, <c>map(str, xs)</c>, <c>f = print</c>): calling it
/// calls the <see cref="Builtins"/> method of that Python name, choosing the overload from the arguments'
/// run-time types. <see cref="Builtins"/> is the one list of builtins: nothing here names them again.
/// </summary>
public sealed class BuiltinFunction : ICallable
{
    static readonly ConcurrentDictionary<string, BuiltinFunction?> Known = new();

    readonly MethodInfo[] _overloads;

    BuiltinFunction(string name, MethodInfo[] overloads)
    {
        __name__ = name;
        _overloads = overloads;
    }

    public string __name__ { get; }

    public string __qualname__ => __name__;

    /// <summary>The builtin function of that Python name, or null when <see cref="Builtins"/> has none.</summary>
    public static BuiltinFunction? Named(string name) => Known.GetOrAdd(name, n =>
    {
        var overloads = typeof(Builtins).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name == n && !m.IsSpecialName)
            // The dynamic overloads (every parameter an object) first: they decide as CPython does from
            // the values; the typed ones are the fast paths C# picks statically.
            .OrderBy(m => m.GetParameters().All(p => p.ParameterType == typeof(object) || p.IsDefined(typeof(ParamArrayAttribute))) ? 0 : 1)
            .ThenBy(m => m.IsGenericMethodDefinition ? 1 : 0)
            .ToArray();
        return overloads.Length == 0 ? null : new BuiltinFunction(n, overloads);
    });

    public object? Invoke(object?[] args)
    {
        int count = args.Count(a => a is not KeywordArgument);
        bool hasKeywords = count < args.Length;
        foreach (var candidate in _overloads)
        {
            var parameters = candidate.GetParameters();
            // print(*values, sep=...) is declared print(object?[] values, string? sep = ...): the positional
            // values go into that array, the keywords bind by name.
            if (hasKeywords && parameters is [{ ParameterType: var first } star, ..] && first == typeof(object[]) && !star.IsDefined(typeof(ParamArrayAttribute)))
            {
                object?[] packed = [args.Where(a => a is not KeywordArgument).ToArray(), .. args.OfType<KeywordArgument>()];
                if (ArgConvert.TryArguments(parameters, packed, out object?[]? bound)) return Result(candidate, bound!);
                continue;
            }
            // A params object?[] would swallow the keywords as values: a builtin's keywords are named parameters.
            if (hasKeywords && parameters.Length > 0 && parameters[^1].IsDefined(typeof(ParamArrayAttribute)) && parameters[^1].ParameterType == typeof(object[])) continue;
            if (!ArgConvert.AcceptsCount(parameters, args.Length) || parameters.Count(p => !p.IsOptional && !p.IsDefined(typeof(ParamArrayAttribute))) > args.Length) continue;
            var method = candidate.IsGenericMethodDefinition ? GenericInference.Close(candidate, args) : candidate;
            if (method is not null && ArgConvert.TryArguments(method.GetParameters(), args, out object?[]? converted))
                return Result(method, converted!);
        }
        throw new TypeError($"{__name__}() got unsupported arguments ({count} given)");
    }

    static object? Result(MethodInfo method, object?[] arguments)
    {
        var result = Dunder.Invoke(method, null, arguments);
        return method.ReturnType == typeof(void) ? null : result;
    }

    public override string ToString() => $"<built-in function {__name__}>";
}
