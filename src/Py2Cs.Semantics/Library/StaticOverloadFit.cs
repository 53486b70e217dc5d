using Py2Cs.Semantics.Library.Model;
using Py2Cs.Semantics.Types;

namespace Py2Cs.Semantics.Library;

/// <summary>
/// Whether C# can bind a library call whose arguments are all typed to one of the runtime's overloads.
/// A typed argument that no overload can take in C# (a str where the runtime takes a plain
/// <c>object?[]</c>: <c>product("ab", repeat=2)</c>; a partial object where it takes a delegate:
/// <c>map(p, xs)</c>; iterables of different item types into one generic <c>IEnumerable&lt;T&gt;</c>:
/// <c>chain("ab", [1], range(2))</c>) makes the call bind at run time instead, so the output compiles.
/// The check is conservative: where it cannot tell, it says the overload fits.
/// </summary>
static class StaticOverloadFit
{
    public static bool SomeOverloadFits(LibraryFunction f, ImmutableArray<ModelSignature> overloads, CallArgs args)
    {
        var candidates = overloads.Where(o => o.Accepts(args.Positional.Length, args.Keywords.Keys)).ToList();
        // No overload takes this many arguments: the emitter reshapes such calls itself (packed positionals).
        return candidates.Count == 0 || candidates.Any(o => Fits(f, o, args));
    }

    static bool Fits(LibraryFunction f, ModelSignature s, CallArgs args)
    {
        var normal = s.Parameters.Where(p => p.Kind == ParameterKind.Normal).ToList();
        var varArgs = s.Parameters.FirstOrDefault(p => p.Kind == ParameterKind.VarArgs);
        var items = new Dictionary<Type, (PyType Element, bool Chars)>();
        int count = args.Positional.Length + args.Keywords.Count;
        for (int i = 0; i < args.Positional.Length; i++)
        {
            bool spread = i >= normal.Count;
            var type = spread ? varArgs?.ClrType.GetElementType() : normal[i].ClrType;
            if (type is not null && !ArgumentFits(f, args.Positional[i], type, !spread, i, null, count, items)) return false;
        }
        foreach (var (name, t) in args.Keywords)
        {
            var p = s.Parameters.FirstOrDefault(q => q.Name == name && q.Kind is ParameterKind.Normal or ParameterKind.KeywordOnly);
            if (p is not null && !ArgumentFits(f, t, p.ClrType, true, -1, name, count, items)) return false;
        }
        return true;
    }

    /// <param name="whole">Whether the value is the parameter itself (not one item of a params array).</param>
    /// <param name="items">The item types bound so far to each generic parameter of the method through <c>IEnumerable&lt;T&gt;</c>.</param>
    static bool ArgumentFits(LibraryFunction f, PyType t, Type clr, bool whole, int position, string? keyword, int count, Dictionary<Type, (PyType Element, bool Chars)> items)
    {
        if (t is ObjectType or NeverType or OptionalType or InstanceType or TupleType) return true;
        var type = Nullable.GetUnderlyingType(clr) ?? clr;
        if (type == typeof(object) || type.IsGenericParameter) return true;
        // A plain array parameter (not params) takes only an array, which no Python value is in C#.
        if (whole && type.IsArray) return t is not (PrimitiveType or ListType or SetType or DictType or IterableType);
        if (typeof(Delegate).IsAssignableFrom(type))
            return t switch
            {
                CallableType or FunctionRefType or ClassRefType => true,
                LibraryFunctionType => CallbackParameters.Arity(f, position, keyword, count) is not null,
                _ => false,
            };
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>) && type.GetGenericArguments()[0] is { IsGenericParameter: true, DeclaringMethod: not null } item
            && ItemOf(t) is { } element)
        {
            // C# infers one T from all of them: items of different C# types leave it nothing to infer. A str is
            // C#'s IEnumerable<char>, which no other iterable's items (strings, objects) share.
            var bound = (element, Chars: t is PrimitiveType { Kind: Primitive.Str });
            if (items.TryGetValue(item, out var earlier) && earlier != bound
                && (earlier.Chars || bound.Chars || earlier.Element is not ObjectType && element is not ObjectType)) return false;
            items.TryAdd(item, bound);
        }
        return true;
    }

    static PyType? ItemOf(PyType t) => t switch
    {
        PrimitiveType { Kind: Primitive.Str } => PyType.Str,
        ListType l => l.Element,
        SetType s => s.Element,
        DictType d => d.Key,
        IterableType i => i.Element,
        _ => null,
    };
}
