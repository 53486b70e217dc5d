using Py2Cs.Semantics.Types;
using Runtime = Py2Cs.Runtime;

namespace Py2Cs.Semantics.Library.Model;

/// <summary>
/// The Python static type a C# signature type stands for: <c>long</c> int, <c>double</c> float,
/// <c>string</c> str, <c>object</c> any value (dynamic), <c>PyList&lt;T&gt;</c> list[T], value tuples
/// tuples, <c>IEnumerable&lt;T&gt;</c> an iterable, a runtime class an instance of its library class.
/// Generic parameters take the types the call's arguments bound them to, or any value.
/// </summary>
public sealed class ClrTypes(Func<Type, LibraryClass?> classOf)
{
    public PyType ToPy(Type t, IReadOnlyDictionary<Type, PyType>? bound = null) => ToPy(t, bound, outermost: true);

    /// <summary>An unbound generic parameter is any value on its own, and "not known yet" inside a container
    /// (as in <c>[]</c>): <c>deque()</c> learns its element type from later appends.</summary>
    PyType ToPy(Type t, IReadOnlyDictionary<Type, PyType>? bound, bool outermost)
    {
        if (t.IsByRef) t = t.GetElementType()!;
        if (t.IsGenericParameter) return bound?.GetValueOrDefault(t) is { } b && (b is not NeverType || !outermost) ? b : outermost ? PyType.Object : PyType.Never;
        if (t == typeof(void)) return PyType.None;
        if (t == typeof(long) || t == typeof(int)) return PyType.Int;
        if (t == typeof(double)) return PyType.Float;
        if (t == typeof(string)) return PyType.Str;
        if (t == typeof(bool)) return PyType.Bool;
        if (Nullable.GetUnderlyingType(t) is { } inner) return TypeLattice.Join(ToPy(inner, bound, outermost), PyType.None);
        // Awaitables are the analysis's own types, so awaiting a runtime function's result is typed.
        if (t == typeof(Runtime.Coroutine)) return new CoroutineType(PyType.None);
        if (t == typeof(Runtime.asyncio.Future)) return new FutureType(PyType.Object);
        if (t.IsGenericType && t.GetGenericTypeDefinition() is var awaitable
            && (awaitable == typeof(Runtime.Coroutine<>) || awaitable == typeof(Runtime.asyncio.Task<>) || awaitable == typeof(Runtime.asyncio.Future<>)))
        {
            var result = ToPy(t.GetGenericArguments()[0], bound, outermost: true);
            return awaitable == typeof(Runtime.Coroutine<>) ? new CoroutineType(result)
                : awaitable == typeof(Runtime.asyncio.Task<>) ? new TaskType(result) : new FutureType(result);
        }
        if (!t.IsGenericType) return classOf(t) is { } c ? new LibraryInstanceType(c) : PyType.Object;
        var def = t.GetGenericTypeDefinition();
        var args = t.GetGenericArguments();
        PyType Arg(int i) => ToPy(args[i], bound, outermost: false);
        if (def == typeof(Runtime.PyList<>)) return new ListType(Arg(0));
        if (def == typeof(Runtime.PySet<>)) return new SetType(Arg(0));
        if (def == typeof(Runtime.PyDict<,>)) return new DictType(Arg(0), Arg(1));
        if (def == typeof(IEnumerable<>)) return new IterableType(Arg(0));
        if (t.FullName?.StartsWith("System.ValueTuple", StringComparison.Ordinal) == true || def.FullName?.StartsWith("System.ValueTuple", StringComparison.Ordinal) == true)
            return args.Length is >= 2 and <= 7 ? new Types.TupleType(new EquatableArray<PyType>(args.Select(a => ToPy(a, bound, outermost: true)))) : PyType.Object;
        if (classOf(def) is { } generic && generic.TypeParameters == args.Length)
            return new LibraryInstanceType(generic, new EquatableArray<PyType>(args.Select((_, i) => Arg(i))));
        return PyType.Object;
    }

    /// <summary>
    /// Binds a signature's generic parameters from the argument types at a call: a parameter typed
    /// <c>T</c>, <c>IEnumerable&lt;T&gt;</c>, <c>IList&lt;T&gt;</c> or <c>PyList&lt;T&gt;</c> takes T from the
    /// argument (or its elements). A parameter bound twice to different types is left unbound (any value).
    /// </summary>
    public static Dictionary<Type, PyType> Bind(ModelSignature signature, CallArgs args)
    {
        var bound = new Dictionary<Type, PyType>();
        var conflicting = new HashSet<Type>();
        int position = 0;
        foreach (var p in signature.Parameters)
        {
            if (p.Kind is ParameterKind.VarArgs or ParameterKind.VarKeywords) continue;
            var arg = p.Kind == ParameterKind.Normal && position < args.Positional.Length ? args.Positional[position] : args.Keyword(p.Name);
            if (p.Kind == ParameterKind.Normal) position++;
            if (arg is null or NeverType) continue;
            foreach (var (parameter, type) in Unify(p.ClrType, arg))
            {
                if (bound.TryGetValue(parameter, out var earlier) && earlier != type) conflicting.Add(parameter);
                bound[parameter] = type;
            }
        }
        foreach (var c in conflicting) bound.Remove(c);
        return bound;
    }

    static IEnumerable<(Type, PyType)> Unify(Type parameter, PyType argument)
    {
        if (parameter.IsGenericParameter) { yield return (parameter, argument); yield break; }
        if (!parameter.IsGenericType) yield break;
        // (TKey, TValue) from a tuple, item by item (OrderedDict(pairs) takes IEnumerable<(TKey, TValue)>).
        if (parameter.GetGenericTypeDefinition().FullName?.StartsWith("System.ValueTuple`", StringComparison.Ordinal) == true)
        {
            var items = parameter.GetGenericArguments();
            if (argument is TupleType tuple && tuple.Elements.Count == items.Length)
                for (int i = 0; i < items.Length; i++)
                    foreach (var pair in Unify(items[i], tuple.Elements[i])) yield return pair;
            yield break;
        }
        if (parameter.GetGenericArguments() is not [var element] || !element.IsGenericParameter && !IsGenericTuple(element)) yield break;
        var def = parameter.GetGenericTypeDefinition();
        // A C# string enumerates chars, not one-character strings: C# would bind T differently.
        if (argument == PyType.Str) yield break;
        if (def == typeof(IEnumerable<>) || def == typeof(IList<>) || def == typeof(Runtime.PyList<>) || def == typeof(IReadOnlyList<>))
        {
            var e = LibraryCatalog.ElementOf(argument);
            if (e is not NeverType && !(def != typeof(IEnumerable<>) && argument is not ListType))
                foreach (var pair in Unify(element, e)) yield return pair;
        }
    }

    static bool IsGenericTuple(Type t) =>
        t.IsGenericType && t.GetGenericTypeDefinition().FullName?.StartsWith("System.ValueTuple`", StringComparison.Ordinal) == true
        && t.GetGenericArguments().Any(a => a.IsGenericParameter);
}
