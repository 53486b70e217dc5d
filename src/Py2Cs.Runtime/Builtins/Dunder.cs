using System.Collections.Concurrent;
using System.Numerics;
using System.Reflection;
using System.Runtime.ExceptionServices;

namespace Py2Cs.Runtime;

/// <summary>
/// Finds and calls Python-named members (<c>__eq__</c>, <c>__len__</c>, <c>append</c> ...) by reflection, so
/// translated classes can declare them with whatever parameter types the emitter chose. Lookups are
/// cached per (type, name, argument count).
/// </summary>
internal static class Dunder
{
    private static readonly ConcurrentDictionary<(Type, string, int), Candidate[]> Cache = new();

    /// <summary>A method of that name and arity, with whether its generic parameters are still open (asking
    /// reflection that on every call was a fifth of a dynamic method call) and its parameters (GetParameters()
    /// copies the array on every call).</summary>
    internal readonly record struct Candidate(MethodInfo Method, bool IsOpenGeneric, ParameterInfo[] Parameters);

    /// <summary>Calls <paramref name="name"/> on <paramref name="target"/> if such a method exists.
    /// False when there is none or when the arguments cannot be converted to its parameters.</summary>
    public static bool TryCall(object target, string name, out object? result, params object?[] args)
    {
        // The overloads in the order the values fit them, as C# would rank them (a partial object goes to
        // add_done_callback(ICallable), not through a fresh delegate that remove_done_callback could never
        // find again); the first that binds is called. Only that one converts the arguments: converting
        // can consume an iterator or call __iter__, which must happen once.
        var candidates = Methods(target.GetType(), name, args.Length);
        // One method that is not generic, the usual case: no ranking, no enumerator, no parameter array copied.
        if (candidates is [{ IsOpenGeneric: false } only])
        {
            if (ArgConvert.FitAsTheyAre(only.Parameters, args))
            {
                result = Invoke(only.Method, target, args);
                return true;
            }
            bool bound = ArgConvert.TryArguments(only.Parameters, args, out object?[]? onlyConverted);
            result = bound ? Invoke(only.Method, target, onlyConverted!) : null;
            return bound;
        }
        foreach (var method in ByFit(candidates, args))
        {
            if (ArgConvert.TryArguments(method.GetParameters(), args, out object?[]? converted))
            {
                result = Invoke(method, target, converted!);
                return true;
            }
        }
        result = null;
        return false;
    }

    static IEnumerable<MethodInfo> ByFit(Candidate[] candidates, object?[] args)
    {
        var closed = candidates.Select(c => c.IsOpenGeneric ? GenericInference.Close(c.Method, args) : c.Method).OfType<MethodInfo>();
        // OrderByDescending is stable: of two that fit equally, the earlier overload comes first.
        return candidates.Length == 1 ? closed : closed.OrderByDescending(m => BuiltinFunction.Exactness(m, args));
    }

    public static bool Has(object target, string name, int arity) => Methods(target.GetType(), name, arity).Length > 0;

    internal static Candidate[] Methods(Type type, string name, int arity) =>
        Cache.GetOrAdd((type, name, arity), key => Visible(key.Item1.GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.Name == key.Item2))
            .Where(m => ArgConvert.AcceptsCount(m.GetParameters(), key.Item3))
            .OrderBy(m => m.GetParameters().Length == key.Item3 ? 0 : 1)
            .Select(m => new Candidate(m, m.ContainsGenericParameters, m.GetParameters()))
            .ToArray());

    /// <summary>The methods of one name that Python's lookup sees: a translated method (a def, declared outside the
    /// runtime's assembly) hides every method of its name in the base classes, as Python's MRO finds the subclass's
    /// first whatever arguments a call passes (an override with another signature is a new C# method beside the
    /// base's). The runtime's own C# overloads stay all visible.</summary>
    static IEnumerable<MethodInfo> Visible(IEnumerable<MethodInfo> named)
    {
        var all = named.ToList();
        var translated = all.Where(m => m.DeclaringType!.Assembly != typeof(Dunder).Assembly).Select(m => m.DeclaringType!).ToList();
        if (translated.Count == 0) return all;
        var nearest = translated.Aggregate((a, b) => b.IsSubclassOf(a) ? b : a);
        return all.Where(m => m.DeclaringType == nearest || !nearest.IsSubclassOf(m.DeclaringType!));
    }

    /// <summary>Invokes through reflection and rethrows the method's own exception unwrapped.</summary>
    public static object? Invoke(MethodBase method, object? target, object?[] args)
    {
        try
        {
            return method is ConstructorInfo ctor && target is null ? ctor.Invoke(args) : method.Invoke(target, args);   // a constructor with a target re-runs on it
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }

    public static object? InvokeDelegate(Delegate function, object?[] args)
    {
        var parameters = function.Method.GetParameters();
        // A closed delegate over a static method (extension method) has one parameter fewer.
        if (function.Target is not null && function.Method.IsStatic) parameters = parameters[1..];
        if (!ArgConvert.TryArguments(parameters, args, out object?[]? converted))
        {
            // Too many or too few arguments: CPython's binding says which ("missing 1 required positional argument: 'q'").
            if (parameters.All(p => p.Name is not null) && args.All(a => a is not KeywordArgument))
                new PySignature(FunctionName(function), [.. parameters.Select(p => p.Name!)]).Bind(args);
            throw new TypeError($"{FunctionName(function)}() takes {parameters.Length} positional argument{(parameters.Length == 1 ? "" : "s")} but {args.Length} {(args.Length == 1 ? "was" : "were")} given");
        }
        try
        {
            return function.DynamicInvoke(converted);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }

    public static string FunctionName(Delegate function)
    {
        string name = function.Method.Name;
        // Compiler-generated names look like <Main>g__helper|0_0 or <Main>b__0_1.
        int open = name.IndexOf(">g__", StringComparison.Ordinal);
        if (open >= 0)
        {
            int end = name.IndexOf('|', open);
            return name[(open + 4)..(end < 0 ? name.Length : end)];
        }
        return name.StartsWith('<') ? "<lambda>" : name;
    }
}
