using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// loop.call_soon(f, i) evaluates f and i at the call; the C# thunk () => f(i) would read i when the
// callback runs (after the loop has moved on). The values that can change in between are evaluated
// first and bound to lambda parameters: Py.Bind(i, i_1 => () => f(i_1)).
sealed partial class BodyEmitter
{
    /// <summary>Expressions whose C# is a bound parameter while a thunk's body is emitted.</summary>
    readonly Dictionary<Expr, ExpressionSyntax> _frozen = new(ReferenceEqualityComparer.Instance);
    int _frozenCount;

    /// <summary>The parameter an expression is bound to inside a thunk being emitted, if any.</summary>
    ExpressionSyntax? FrozenValue(Expr e) => _frozen.Count > 0 && _frozen.TryGetValue(e, out var id) ? id : null;

    /// <summary><paramref name="makeThunk"/> with the values <paramref name="inner"/> reads evaluated before
    /// it, each bound by <c>Py.Bind</c>; the thunk itself when nothing needs it. <paramref name="wrap"/> is
    /// applied to the thunk inside the innermost Bind.</summary>
    ExpressionSyntax WithFrozenArguments(Call inner, Func<ParenthesizedLambdaExpressionSyntax> makeThunk, TypeSyntax delegateType,
        Func<ExpressionSyntax, ExpressionSyntax> wrap)
    {
        var values = ValuesToFreeze(inner).ToList();
        if (values.Count == 0) return wrap(makeThunk());
        var names = new List<IdentifierNameSyntax>();
        foreach (var v in values)
        {
            var name = IdentifierName($"arg_{++_frozenCount}");
            names.Add(name);
            _frozen[v] = name;
        }
        ExpressionSyntax thunk;
        // The wrapper sees the bound parameters too (a Handle's display shows the values bound at the call).
        try { thunk = wrap(CastExpression(delegateType, ParenthesizedExpression(AsDelegateBody(makeThunk(), delegateType)))); }
        finally { foreach (var v in values) _frozen.Remove(v); }
        // The values are emitted outside the thunk (in their order), the innermost Bind builds it.
        for (int i = values.Count - 1; i >= 0; i--)
            thunk = Runtime("Py", "Bind", Expr(values[i]), SimpleLambdaExpression(Parameter(names[i].Identifier), thunk));
        return thunk;
    }

    /// <summary>An Action's lambda gets a block body: the call's value, if any, is dropped (() => f(x) has a type of its own).</summary>
    static ParenthesizedLambdaExpressionSyntax AsDelegateBody(ParenthesizedLambdaExpressionSyntax thunk, TypeSyntax delegateType) =>
        delegateType is IdentifierNameSyntax { Identifier.Text: "Action" } && thunk.ExpressionBody is { } body
            ? thunk.WithExpressionBody(null).WithBlock(SyntaxFactory.Block(ExpressionStatement(body)))
            : thunk;

    /// <summary>The callee's receiver (or a lambda with defaults) and the arguments, when evaluating them later could differ.</summary>
    IEnumerable<Expr> ValuesToFreeze(Call inner)
    {
        switch (inner.Func)
        {
            case Attribute a when MayChange(a.Value): yield return a.Value; break;
            case Lambda l when l.Args.Defaults.Length > 0 || l.Args.KwDefaults.Any(d => d is not null): yield return l; break;
            case Name when MayChange(inner.Func): yield return inner.Func; break;
        }
        // f(*xs) scheduled: xs is bound at the call as well (the object, as CPython binds the tuple it unpacked into).
        foreach (var a in inner.Args)
            if (a is Starred s ? MayChange(s.Value) : MayChange(a)) yield return a is Starred starred ? starred.Value : a;
        foreach (var k in inner.Keywords)
            if (k.Name is not null && MayChange(k.Value)) yield return k.Value;
    }

    /// <summary>Constants, lambdas and names of functions, classes and modules read the same later.</summary>
    bool MayChange(Expr e) => e switch
    {
        Constant or Lambda => false,
        _ => TypeOf(e) is not (FunctionRefType or ClassRefType or LibraryFunctionType or LibraryClassType or ModuleType or PrimitiveType { Kind: Primitive.None }),
    };
}
