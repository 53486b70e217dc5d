using Py2Cs.Emit.Naming;
using Py2Cs.Emit.Types;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// A lambda kept as a value (f = lambda x: x * 2, [lambda x: x + k for k in ...]) has no C# delegate
// type to infer from, so it is spelled out: (Func<object?, object?>)((object? x) => x * 2).
// With defaults, lambda x, k=k: x + k becomes Py.WithDefaults((Func<..>)((x, k) => x + k), k): the
// defaults are evaluated when the lambda is made, as in Python, and fill the arguments a call leaves out.
sealed partial class BodyEmitter
{
    static bool IsPlainPositionalLambda(Lambda l) =>
        l.Args.KwDefaults.All(d => d is null) && l.Args.VarArg is null && l.Args.KwArg is null && l.Args.KwOnlyArgs.Length == 0;

    ExpressionSyntax LambdaValue(Lambda l)
    {
        if (!IsPlainPositionalLambda(l)) return Unsupported(l);
        var scope = _model.ScopeOf(l);
        var args = Semantics.Binding.Binder.AllArgs(l.Args).ToList();
        var types = args.Select(a => TypeMapper.Map(scope.Local(a.Name)?.Type ?? PyType.Object)).ToList();
        var parameters = args.Select((a, i) => Parameter(CSharpNames.Token(a.Name)).WithType(types[i]));
        bool returnsNothing = TypeOf(l.Body) == PyType.None;
        var delegateType = returnsNothing
            ? (types.Count == 0 ? (TypeSyntax)IdentifierName("Action") : GenericName(Identifier("Action")).WithTypeArgumentList(TypeArgumentList(SeparatedList(types))))
            : GenericName(Identifier("Func")).WithTypeArgumentList(TypeArgumentList(SeparatedList(types.Append(TypeMapper.ObjectSyntax))));
        ExpressionSyntax lambda = CastExpression(delegateType, ParenthesizedExpression(
            ParenthesizedLambdaExpression(ParameterList(SeparatedList(parameters)), l.Body is Lambda inner ? LambdaValue(inner) : Expr(l.Body))));
        if (l.Args.Defaults.Length == 0) return lambda;
        return Runtime("Py", "WithDefaults", [lambda, .. l.Args.Defaults.Select(d => (ExpressionSyntax)CastExpression(TypeMapper.ObjectSyntax, Operand(Expr(d))))]);
    }
}
