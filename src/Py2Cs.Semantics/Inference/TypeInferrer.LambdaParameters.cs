using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Library;
using Py2Cs.Semantics.Library.Model;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Semantics.Inference;

// A lambda handed to a library function (sorted(ps, key=lambda p: p.x), functools.reduce(lambda a, b: a + b, xs),
// map(lambda w: w.upper(), words)) takes its parameter types from the delegate the runtime's overload expects
// there, with the generic parameters bound from the call's other arguments: the C# compiler gives the emitted
// lambda (written without parameter types, BodyEmitter.LambdaExpr) the same types, so its body is typed too.
// The parameters stay object wherever that could not hold: the call binds at run time, the overload C# picks once
// the lambda's result is known takes no generic delegate there, the result does not fit the delegate's result,
// or an int accumulator (reduce's Func<T, T, T>) is multiplied, which may pass 64 bits (BigIntegers).
public sealed partial class TypeInferrer
{
    /// <summary>Types the parameters of the plain lambdas among a library call's arguments from the overload's delegates.</summary>
    void TypeLambdaArguments(LibraryFunction function, CallArgs args, Call call, bool bindsAtRunTime)
    {
        var lambdas = LambdaArguments(call).ToList();
        if (lambdas.Count == 0) return;
        var overloads = RuntimeBoundCalls.Overloads(function);
        if (bindsAtRunTime || args.HasStarArgs || overloads.IsEmpty)
        {
            foreach (var (lambda, _, _) in lambdas) WidenLambdaParameters(lambda, null);
            return;
        }
        var types = _lib.Types;
        // The overload C# reaches once each lambda's result is known (Overloads.Score skips a generic delegate
        // for a lambda of unknown result), and the one it reaches with the results known so far.
        var expecting = Overloads.Choose(overloads, WithKnownLambdaResults(args, lambdas), types);
        var actual = Overloads.Choose(overloads, args, types);
        foreach (var (lambda, position, keyword) in lambdas)
        {
            var parameters = expecting is null ? null : DelegateParameterTypes(expecting, args, position, keyword, lambda, types);
            // The lambda's result is known and C# picks another overload, or one whose delegate the result does not fit.
            if (parameters is not null && expecting is not null && _types.GetValueOrDefault(lambda) is CallableType { Result: var result } && result is not NeverType
                && (!ReferenceEquals(actual, expecting) || !ResultFits(expecting, args, position, keyword, lambda, result, types)))
                parameters = null;
            WidenLambdaParameters(lambda, parameters);
        }
    }

    /// <summary>The plain lambdas (positional parameters, no defaults) among the arguments, with their places.</summary>
    static IEnumerable<(Lambda Lambda, int Position, string? Keyword)> LambdaArguments(Call call)
    {
        for (int i = 0; i < call.Args.Length; i++)
            if (call.Args[i] is Lambda l) yield return (l, i, null);
        foreach (var k in call.Keywords)
            if (k.Name is not null && k.Value is Lambda l) yield return (l, -1, k.Name);
    }

    static bool IsPlainLambda(Lambda l) =>
        l.Args.Defaults.Length == 0 && l.Args.VarArg is null && l.Args.KwArg is null && l.Args.KwOnlyArgs.Length == 0 && l.Args.PosOnlyArgs.Length == 0;

    /// <summary>The call's argument types with each lambda's result taken as known (Never: not yet inferred).</summary>
    static CallArgs WithKnownLambdaResults(CallArgs args, List<(Lambda Lambda, int Position, string? Keyword)> lambdas)
    {
        static PyType Known(PyType t) => t is CallableType { Result: ObjectType } c ? c with { Result = PyType.Never } : t;
        var positional = args.Positional;
        var keywords = args.Keywords;
        foreach (var (_, position, keyword) in lambdas)
        {
            if (keyword is null && position < positional.Length) positional = positional.SetItem(position, Known(positional[position]));
            else if (keyword is not null && keywords.TryGetValue(keyword, out var k)) keywords = keywords.SetItem(keyword, Known(k));
        }
        return args with { Positional = positional, Keywords = keywords };
    }

    static ModelParameter? ParameterAt(ModelSignature signature, int position, string? keyword) => keyword is null
        ? signature.Parameters.Where(p => p.Kind == ParameterKind.Normal).ElementAtOrDefault(position)
        : signature.Parameters.FirstOrDefault(p => p.Kind is ParameterKind.Normal or ParameterKind.KeywordOnly && p.Name == keyword);

    /// <summary>The generic delegate the overload takes at the lambda's place, when its arity is the lambda's.</summary>
    static System.Reflection.MethodInfo? DelegateInvoke(ModelSignature signature, int position, string? keyword, Lambda lambda)
    {
        if (ParameterAt(signature, position, keyword) is not { } p) return null;
        var type = Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType;
        if (!typeof(Delegate).IsAssignableFrom(type) || !type.ContainsGenericParameters || type.GetMethod("Invoke") is not { } invoke) return null;
        return invoke.GetParameters().Length == Binder.AllArgs(lambda.Args).Count() ? invoke : null;
    }

    /// <summary>The delegate's parameter types with the generic parameters the other arguments bind; null unless all are known.</summary>
    static List<PyType>? DelegateParameterTypes(ModelSignature signature, CallArgs args, int position, string? keyword, Lambda lambda, ClrTypes types)
    {
        if (!IsPlainLambda(lambda) || DelegateInvoke(signature, position, keyword, lambda) is not { } invoke) return null;
        var bound = ClrTypes.Bind(signature, args);
        var parameters = invoke.GetParameters().Select(p => types.ToPy(p.ParameterType, bound)).ToList();
        if (!parameters.All(t => t.IsKnown)) return null;
        // reduce's accumulator: a product fed back into the next call may pass 64 bits, where CPython's int grows.
        // Only a product with the value fed back in grows past 64 bits (BigIntegers' rule for a variable multiplied into
        // itself): total + o.qty * o.price stays as long as a loop's `total += qty * price` does.
        var lambdaArgs = Binder.AllArgs(lambda.Args).ToList();
        var fedBack = invoke.ReturnType.IsGenericParameter
            ? invoke.GetParameters().Select((p, i) => (p, i)).Where(x => x.p.ParameterType == invoke.ReturnType).Select(x => lambdaArgs[x.i].Name).ToHashSet()
            : [];
        if (fedBack.Count > 0 && types.ToPy(invoke.ReturnType, bound) == PyType.Int && MultipliesInto(lambda.Body, fedBack)) return null;
        return parameters;
    }

    /// <summary>Whether the lambda's result is what the delegate returns: a result the other arguments fix (T of
    /// <c>reduce</c>, bool of a predicate) must be the lambda's; a free one (K of <c>sorted</c>'s key) takes it.</summary>
    static bool ResultFits(ModelSignature signature, CallArgs args, int position, string? keyword, Lambda lambda, PyType result, ClrTypes types)
    {
        if (DelegateInvoke(signature, position, keyword, lambda) is not { } invoke) return false;
        if (invoke.ReturnType == typeof(void)) return true;
        var expected = types.ToPy(invoke.ReturnType, ClrTypes.Bind(signature, args));
        return !expected.IsKnown || expected == result;
    }

    /// <summary>Whether <paramref name="e"/> multiplies a value read from one of <paramref name="names"/> by anything but a sign.</summary>
    static bool MultipliesInto(Expr e, HashSet<string> names) => AstWalker.AnyExpr(e, x => x is BinOp { Op: BinaryOperator.Mult, Left: var l, Right: var r }
        && (Reads(l, names) && !BigIntegers.IsUnitFactor(r) || Reads(r, names) && !BigIntegers.IsUnitFactor(l)));

    static bool Reads(Expr e, HashSet<string> names) => AstWalker.AnyExpr(e, x => x is Name n && names.Contains(n.Id));

    /// <summary>Gives the lambda's parameters these types, or object (null: no type proven).</summary>
    void WidenLambdaParameters(Lambda lambda, List<PyType>? parameters)
    {
        if (!_tables.Scopes.TryGetValue(lambda, out var scope)) return;
        var args = Binder.AllArgs(lambda.Args).ToList();
        for (int i = 0; i < args.Count; i++)
            if (scope.Local(args[i].Name) is { } symbol) Widen(symbol, parameters?[i] ?? PyType.Object);
    }
}
