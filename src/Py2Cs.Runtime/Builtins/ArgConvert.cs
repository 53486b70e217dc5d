using System.Numerics;
using System.Reflection;

namespace Py2Cs.Runtime;

/// <summary>Converts Python values to the CLR parameter types of reflected members.</summary>
internal static class ArgConvert
{
    /// <summary>A cheap pre-filter: could <paramref name="count"/> arguments (positional or keyword) bind at all?
    /// <see cref="TryArguments"/> does the real binding.</summary>
    public static bool AcceptsCount(ParameterInfo[] parameters, int count) =>
        count >= 0 && (count <= parameters.Length || (parameters.Length > 0 && ParameterFacts.Of(parameters[^1]).IsParamArray) || parameters.Any(IsVariadic));

    /// <summary>Binds Python arguments (positional values, then <see cref="KeywordArgument"/>s by parameter
    /// name) to CLR parameters, converting each value; false when they do not fit.</summary>
    public static bool TryArguments(ParameterInfo[] parameters, object?[] args, out object?[]? converted)
    {
        converted = new object?[parameters.Length];
        // Most dynamic calls pass no keyword: the arguments are the positionals as they are.
        bool anyKeyword = Array.Exists(args, a => a is KeywordArgument);
        var positional = anyKeyword ? args.Where(a => a is not KeywordArgument).ToArray() : args;
        // No dictionary for a call without keywords: this runs on every dynamic method call.
        var keywords = anyKeyword ? args.OfType<KeywordArgument>().ToDictionary(k => k.Name, k => k.Value) : null;
        // A class value called (cls(name, **opts)), a method called by name on a dynamic receiver (b.add("x", k=1)):
        // its Python signature binds the call. (A PyFunction's delegate gets values its signature bound already,
        // *args and **kwargs included: one value per parameter and no keyword.)
        if (parameters.Any(IsVariadic) && (parameters[0].Member is ConstructorInfo || keywords is { Count: > 0 } || positional.Length != parameters.Length
                || !HoldsBoundVariadics(parameters, positional)))
            return TryPythonArguments(parameters, positional, keywords ?? [], converted);
        bool hasParams = parameters.Length > 0 && ParameterFacts.Of(parameters[^1]).IsParamArray;
        int fixedCount = hasParams ? parameters.Length - 1 : parameters.Length;
        if (!hasParams && positional.Length > parameters.Length) return false;
        // Keyword-only parameters take no positional: create_subprocess_exec(program, *args, stdout=...) is
        // declared (program, [PyKeywordOnly] stdout, ..., params args), its extra positionals go to args.
        int next = 0;
        for (int i = 0; i < fixedCount; i++)
        {
            object? value;
            if (next < positional.Length && !ParameterFacts.Of(parameters[i]).IsKeywordOnly) value = positional[next++];
            else if (keywords != null && keywords.Remove(parameters[i].Name!, out object? named)) value = named;
            else if (parameters[i].IsOptional)
            {
                converted[i] = parameters[i].DefaultValue is DBNull ? null : parameters[i].DefaultValue;
                continue;
            }
            else if (ParameterFacts.Of(parameters[i]).DefaultField is { } shared)
            {
                converted[i] = shared.ValueFor(parameters[i]);
                continue;
            }
            else return false;
            if (!TryValue(value, parameters[i].ParameterType, out converted[i])) return false;
        }
        if (hasParams && parameters[^1].ParameterType.GetElementType() == typeof(KeywordArgument))
        {
            // params KeywordArgument[] is **kwargs: the keywords no parameter named, and no extra positional.
            if (positional.Length > next) return false;
            converted[^1] = keywords?.Select(k => new KeywordArgument(k.Key, k.Value)).ToArray() ?? [];
            return true;
        }
        if (hasParams)
        {
            var elementType = parameters[^1].ParameterType.GetElementType()!;
            var extra = positional.Skip(next).Cast<object?>()
                .Concat(elementType == typeof(object) && keywords != null ? keywords.Select(k => (object?)new KeywordArgument(k.Key, k.Value)) : []).ToArray();
            if (elementType == typeof(object)) keywords?.Clear();
            var array = Array.CreateInstance(elementType, extra.Length);
            for (int i = 0; i < extra.Length; i++)
            {
                if (!TryValue(extra[i], elementType, out object? item)) return false;
                array.SetValue(item, i);
            }
            converted[^1] = array;
        }
        else if (next < positional.Length) return false;
        return keywords is null || keywords.Count == 0;
    }

    /// <summary>The usual dynamic call: one value per parameter, none a keyword, each already of its parameter's
    /// type, so <see cref="TryArguments"/> would pass them on unchanged and the caller's array can be invoked
    /// as it is (no converted copy). Parameters with a Python or C# binding of their own (*args, **kwargs,
    /// params, keyword-only, ref) always go through <see cref="TryArguments"/>.</summary>
    public static bool FitAsTheyAre(ParameterInfo[] parameters, object?[] args)
    {
        if (args.Length != parameters.Length) return false;
        for (int i = 0; i < parameters.Length; i++)
        {
            var p = parameters[i];
            var facts = ParameterFacts.Of(p);
            if (facts.IsVariadic || facts.IsParamArray || facts.IsKeywordOnly || p.ParameterType.IsByRef) return false;
            var value = args[i];
            if (value is KeywordArgument) return false;
            if (p.ParameterType != typeof(object) && (value is null || !p.ParameterType.IsInstanceOfType(value))) return false;
        }
        return true;
    }

    private static bool IsVariadic(ParameterInfo p) => ParameterFacts.Of(p).IsVariadic;

    /// <summary>Whether one value per parameter is a call its signature bound already: its *args a tuple, its **kwargs a
    /// mapping. Otherwise (an instance's __call__(self, *args) called with one value) the values are Python arguments.</summary>
    private static bool HoldsBoundVariadics(ParameterInfo[] parameters, object?[] positional)
    {
        for (int i = 0; i < parameters.Length; i++)
            if (IsVariadic(parameters[i]) && !parameters[i].ParameterType.IsInstanceOfType(positional[i])) return false;
        return true;
    }

    /// <summary>A translated Python signature: positional parameters, <c>*args</c> (the positionals left),
    /// keyword-only parameters, <c>**kwargs</c> (the keywords left), in that order.</summary>
    private static bool TryPythonArguments(ParameterInfo[] parameters, object?[] positional, Dictionary<string, object?> keywords, object?[] converted)
    {
        int next = 0, rest = -1;
        bool afterStar = false;
        for (int i = 0; i < parameters.Length; i++)
        {
            var p = parameters[i];
            if (ParameterFacts.Of(p).IsVarArgs)
            {
                converted[i] = new PyTuple(positional.Skip(next));
                next = positional.Length;
                afterStar = true;
                continue;
            }
            if (ParameterFacts.Of(p).IsVarKeywords) { rest = i; continue; }
            object? value;
            if (!afterStar && next < positional.Length) value = positional[next++];
            else if (keywords.Remove(p.Name!, out object? named)) value = named;
            else if (p.IsOptional) { converted[i] = p.DefaultValue is DBNull ? null : p.DefaultValue; continue; }
            else if (ParameterFacts.Of(p).DefaultField is { } shared) { converted[i] = shared.ValueFor(p); continue; }
            else return false;
            if (!TryValue(value, p.ParameterType, out converted[i])) return false;
        }
        if (next < positional.Length) return false;
        if (rest >= 0)
        {
            converted[rest] = new PyDict<string, object?>(keywords);
            keywords.Clear();
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
        // An instance of class Name(str) / Cents(int) where the builtin itself is taken: its builtin value.
        if (value is PyValueObject valueObject && underlying.IsPrimitive | underlying == typeof(string) | underlying == typeof(BigInteger))
            return TryValue(valueObject.BuiltinValue, target, out result);
        if (underlying == typeof(long) && Py.TryLong(value, out long l)) { result = l; return true; }
        if (underlying == typeof(int) && Py.TryLong(value, out l) && l >= int.MinValue && l <= int.MaxValue) { result = (int)l; return true; }
        if (underlying == typeof(double) && Py.IsNumber(value)) { result = Py.ToDouble(value); return true; }
        if (underlying == typeof(BigInteger) && Py.IsInt(value)) { result = Py.ToBig(value); return true; }
        if (underlying == typeof(bool)) { result = Py.Truthy(value); return value is bool; }
        if (underlying == typeof(string) && value is char c) { result = c.ToString(); return true; }
        // A tuple of other element types where a typed tuple is taken ((object, object) for (long, long)): element by element.
        if (value is System.Runtime.CompilerServices.ITuple tuple && IsValueTuple(underlying) && underlying.GetGenericArguments() is { } elementTypes
            && elementTypes.Length == tuple.Length && elementTypes.Length < 8)
        {
            var elements = new object?[tuple.Length];
            for (int i = 0; i < elements.Length; i++)
                if (!TryValue(tuple[i], elementTypes[i], out elements[i])) return false;
            result = Activator.CreateInstance(underlying, elements);
            return true;
        }
        // An empty list, dict or set made where its element type was not known (`d.get(page, [])` on the dynamic
        // path gives a list of objects) where a typed one of the same kind is taken: an empty one of that type.
        if (IsEmptySameKindContainer(value, underlying)) { result = Activator.CreateInstance(underlying); return true; }
        bool iterableTarget = underlying == typeof(System.Collections.IEnumerable)
            || underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(IEnumerable<>);
        // A C# value tuple or a class with __iter__ where an iterable is taken: iterated as Python iterates it.
        if (iterableTarget && value is not System.Collections.IEnumerable && (value is System.Runtime.CompilerServices.ITuple || value is PyObject && Dunder.Has(value, "__iter__", 0)))
        {
            value = Py.Iter(value);
            result = value;
            if (underlying.IsInstanceOfType(value)) return true;
        }
        // An iterable of other elements where an iterable of X is taken (a list of ints for
        // statistics.mean's IEnumerable<double>, any list for IEnumerable<object?>): its items converted
        // as they are read, as Python reads any iterable.
        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(IEnumerable<>) && value is System.Collections.IEnumerable items and not string)
        {
            var element = underlying.GetGenericArguments()[0];
            // A collection is checked now, so an overload whose items do not fit is not chosen; a lazy
            // iterable (a generator) is read once, when the callee reads it.
            if (IsCollection(items) && !items.Cast<object?>().All(item => TryValue(item, element, out _)))
                return false;
            result = ConvertedItems(items, element);
            return true;
        }
        // A str where an iterable of any values or of strs is taken (dict.fromkeys("ab"), chain("ab", ...)): its characters, as strs.
        if (underlying == typeof(IEnumerable<object>) && value is string text)
        {
            result = Builtins.Chars(text).Cast<object>().ToList();
            return true;
        }
        if (underlying == typeof(IEnumerable<string>) && value is string chars)
        {
            result = Builtins.Chars(chars).ToList();
            return true;
        }
        if (typeof(Delegate).IsAssignableFrom(underlying) && Py.IsCallable(value))
        {
            result = DelegateAdapter.Create(underlying, value);
            return result is not null;
        }
        return false;
    }

    private static bool IsEmptySameKindContainer(object value, Type target) =>
        target.IsGenericType && value.GetType() is { IsGenericType: true } source
        && source.GetGenericTypeDefinition() == target.GetGenericTypeDefinition()
        && (source.GetGenericTypeDefinition() == typeof(PyList<>) || source.GetGenericTypeDefinition() == typeof(PySet<>)
            || source.GetGenericTypeDefinition() == typeof(PyDict<,>))
        && source.GetProperty("Count")?.GetValue(value) is 0 && target.GetConstructor(Type.EmptyTypes) is not null;

    private static bool IsValueTuple(Type type) =>
        type.IsValueType && type.IsGenericType && type.FullName is { } name && name.StartsWith("System.ValueTuple`", StringComparison.Ordinal);

    // A sized container (a list, dict, set, tuple: it has a length) can be read twice; a generator cannot.
    private static bool IsCollection(System.Collections.IEnumerable items) =>
        items is System.Collections.ICollection || items.GetType().GetProperty("Count") is not null || items.GetType().GetMethod("__len__", Type.EmptyTypes) is not null;

    private static readonly MethodInfo ConvertItemsMethod = typeof(ArgConvert).GetMethod(nameof(ConvertItems), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static object ConvertedItems(System.Collections.IEnumerable items, Type element) =>
        ConvertItemsMethod.MakeGenericMethod(element).Invoke(null, [items])!;

    private static IEnumerable<T> ConvertItems<T>(System.Collections.IEnumerable items)
    {
        foreach (var item in items)
        {
            yield return TryValue(item, typeof(T), out object? converted)
                ? (T)converted!
                : throw new TypeError($"unsupported item type: '{Builtins.type_name(item)}'");
        }
    }
}
