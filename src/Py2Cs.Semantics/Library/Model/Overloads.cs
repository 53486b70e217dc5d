using Py2Cs.Semantics.Types;

namespace Py2Cs.Semantics.Library.Model;

/// <summary>
/// Which C# overload a Python call reaches, as C#'s overload resolution would pick it from the static
/// types: among the overloads the arguments can bind to, the one whose parameter types match the
/// arguments most exactly (a non-generic <c>Counter(string)</c> before a generic <c>Counter(IEnumerable&lt;T&gt;)</c>).
/// </summary>
public static class Overloads
{
    public static ModelSignature? Choose(IEnumerable<ModelSignature> overloads, CallArgs args, ClrTypes types)
    {
        ModelSignature? best = null;
        int bestScore = int.MinValue;
        foreach (var s in overloads)
        {
            if (!s.Accepts(args.Positional.Length, args.Keywords.Keys)) continue;
            int score = Score(s, args, types);
            if (score > bestScore) (best, bestScore) = (s, score);
        }
        return best;
    }

    /// <summary>The result type of a call: the chosen overload's return type with its generic parameters
    /// bound from the arguments (and the receiver's type arguments); any value when no overload fits.</summary>
    public static PyType Result(IEnumerable<ModelSignature> overloads, CallArgs args, ClrTypes types, IReadOnlyDictionary<Type, PyType>? receiver = null)
    {
        if (args.HasStarArgs) return PyType.Object;
        var chosen = Choose(overloads, args, types);
        if (chosen is null) return PyType.Object;
        var bound = ClrTypes.Bind(chosen, args);
        if (receiver is not null) foreach (var (k, v) in receiver) bound.TryAdd(k, v);
        return types.ToPy(chosen.ReturnType, bound);
    }

    static int Score(ModelSignature s, CallArgs args, ClrTypes types)
    {
        int score = 0, position = 0;
        foreach (var p in s.Parameters)
        {
            if (p.Kind is ParameterKind.VarArgs or ParameterKind.VarKeywords) continue;
            var arg = p.Kind == ParameterKind.Normal && position < args.Positional.Length ? args.Positional[position] : args.Keyword(p.Name);
            if (p.Kind == ParameterKind.Normal) position++;
            if (arg is null) continue;
            var expected = types.ToPy(p.ClrType);
            // A callable whose result is not known cannot fill a typed generic delegate (C# would type
            // the lambda's result): an overload taking any value fits it better.
            if (arg is ObjectType or CallableType { Result: ObjectType } && typeof(Delegate).IsAssignableFrom(p.ClrType) && p.ClrType.ContainsGenericParameters) continue;
            if (expected == arg) score += 3;
            else if (p.ClrType.ContainsGenericParameters) score += 1;
            else if (expected is ObjectType) score += 1;
            else if (expected == PyType.Float && arg == PyType.Int) score += 2;
            else if (TypeLattice.Join(expected, arg) == expected) score += 2;
        }
        // Fewer unused parameters first: f(x) prefers f(T) to f(T, long n = 1).
        return score * 16 - (s.Parameters.Length - position);
    }
}
