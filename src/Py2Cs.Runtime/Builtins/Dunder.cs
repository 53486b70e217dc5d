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
    private static readonly ConcurrentDictionary<(Type, string, int), MethodInfo[]> Cache = new();

    /// <summary>Calls <paramref name="name"/> on <paramref name="target"/> if such a method exists.
    /// False when there is none or when the arguments cannot be converted to its parameters.</summary>
    public static bool TryCall(object target, string name, out object? result, params object?[] args)
    {
        foreach (var candidate in Methods(target.GetType(), name, args.Length))
        {
            var method = candidate.ContainsGenericParameters ? GenericInference.Close(candidate, args) : candidate;
            if (method is not null && ArgConvert.TryArguments(method.GetParameters(), args, out object?[]? converted))
            {
                result = Invoke(method, target, converted!);
                return true;
            }
        }
        result = null;
        return false;
    }

    public static bool Has(object target, string name, int arity) => Methods(target.GetType(), name, arity).Length > 0;

    internal static MethodInfo[] Methods(Type type, string name, int arity) =>
        Cache.GetOrAdd((type, name, arity), key => key.Item1
            .GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.Name == key.Item2 && ArgConvert.AcceptsCount(m.GetParameters(), key.Item3))
            .OrderBy(m => m.GetParameters().Length == key.Item3 ? 0 : 1)
            .ToArray());

    /// <summary>Invokes through reflection and rethrows the method's own exception unwrapped.</summary>
    public static object? Invoke(MethodBase method, object? target, object?[] args)
    {
        try
        {
            return method is ConstructorInfo ctor ? ctor.Invoke(args) : method.Invoke(target, args);
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
            throw new TypeError($"{FunctionName(function)}() takes {parameters.Length} positional arguments but {args.Length} were given");
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

/// <summary>Infers the type arguments of a generic method from the runtime types of the arguments.</summary>
internal static class GenericInference
{
    public static MethodInfo? Close(MethodInfo method, object?[] args)
    {
        var typeParameters = method.GetGenericArguments();
        var bound = new Dictionary<Type, Type>();
        var parameters = method.GetParameters();
        for (int i = 0; i < parameters.Length && i < args.Length; i++)
        {
            if (args[i] is not null) Unify(parameters[i].ParameterType, args[i]!.GetType(), bound);
        }
        var closed = typeParameters.Select(t => bound.TryGetValue(t, out var b) ? b : typeof(object)).ToArray();
        try { return method.MakeGenericMethod(closed); }
        catch (ArgumentException) { return null; }
    }

    private static void Unify(Type parameter, Type argument, Dictionary<Type, Type> bound)
    {
        if (parameter.IsGenericParameter)
        {
            bound.TryAdd(parameter, argument);
            return;
        }
        if (!parameter.ContainsGenericParameters || !parameter.IsGenericType) return;
        var definition = parameter.GetGenericTypeDefinition();
        var match = new[] { argument }.Concat(argument.GetInterfaces()).Concat(BaseTypes(argument))
            .FirstOrDefault(t => t.IsGenericType && t.GetGenericTypeDefinition() == definition);
        if (match is null) return;
        var formal = parameter.GetGenericArguments();
        var actual = match.GetGenericArguments();
        for (int i = 0; i < formal.Length; i++) Unify(formal[i], actual[i], bound);
    }

    private static IEnumerable<Type> BaseTypes(Type type)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType) yield return t;
    }
}

/// <summary>Converts Python values to the CLR parameter types of reflected members.</summary>
internal static class ArgConvert
{
    /// <summary>A cheap pre-filter: could <paramref name="count"/> arguments (positional or keyword) bind at all?
    /// <see cref="TryArguments"/> does the real binding.</summary>
    public static bool AcceptsCount(ParameterInfo[] parameters, int count) =>
        count >= 0 && (count <= parameters.Length || (parameters.Length > 0 && parameters[^1].IsDefined(typeof(ParamArrayAttribute))));

    /// <summary>Binds Python arguments (positional values, then <see cref="KeywordArgument"/>s by parameter
    /// name) to CLR parameters, converting each value; false when they do not fit.</summary>
    public static bool TryArguments(ParameterInfo[] parameters, object?[] args, out object?[]? converted)
    {
        converted = new object?[parameters.Length];
        var positional = args.Where(a => a is not KeywordArgument).ToArray();
        var keywords = args.OfType<KeywordArgument>().ToDictionary(k => k.Name, k => k.Value);
        bool hasParams = parameters.Length > 0 && parameters[^1].IsDefined(typeof(ParamArrayAttribute));
        int fixedCount = hasParams ? parameters.Length - 1 : parameters.Length;
        if (!hasParams && positional.Length > parameters.Length) return false;
        for (int i = 0; i < fixedCount; i++)
        {
            object? value;
            if (i < positional.Length) value = positional[i];
            else if (keywords.Remove(parameters[i].Name!, out object? named)) value = named;
            else if (parameters[i].IsOptional)
            {
                converted[i] = parameters[i].DefaultValue is DBNull ? null : parameters[i].DefaultValue;
                continue;
            }
            else return false;
            if (!TryValue(value, parameters[i].ParameterType, out converted[i])) return false;
        }
        if (hasParams)
        {
            var elementType = parameters[^1].ParameterType.GetElementType()!;
            var extra = positional.Skip(fixedCount).Cast<object?>()
                .Concat(elementType == typeof(object) ? keywords.Select(k => (object?)new KeywordArgument(k.Key, k.Value)) : []).ToArray();
            if (elementType == typeof(object)) keywords.Clear();
            var array = Array.CreateInstance(elementType, extra.Length);
            for (int i = 0; i < extra.Length; i++)
            {
                if (!TryValue(extra[i], elementType, out object? item)) return false;
                array.SetValue(item, i);
            }
            converted[^1] = array;
        }
        return keywords.Count == 0;
    }

    public static bool TryValue(object? value, Type target, out object? result)
    {
        result = value;
        if (target == typeof(object)) return true;
        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (value is null) return !underlying.IsValueType || underlying != target;
        if (underlying.IsInstanceOfType(value)) return true;
        if (underlying == typeof(long) && Py.TryLong(value, out long l)) { result = l; return true; }
        if (underlying == typeof(int) && Py.TryLong(value, out l) && l >= int.MinValue && l <= int.MaxValue) { result = (int)l; return true; }
        if (underlying == typeof(double) && Py.IsNumber(value)) { result = Py.ToDouble(value); return true; }
        if (underlying == typeof(BigInteger) && Py.IsInt(value)) { result = Py.ToBig(value); return true; }
        if (underlying == typeof(bool)) { result = Py.Truthy(value); return value is bool; }
        if (underlying == typeof(string) && value is char c) { result = c.ToString(); return true; }
        if (typeof(Delegate).IsAssignableFrom(underlying) && Py.IsCallable(value))
        {
            result = DelegateAdapter.Create(underlying, value);
            return result is not null;
        }
        return false;
    }
}
