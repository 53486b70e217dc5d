using Py2Cs.Emit.Naming;
using Py2Cs.Emit.Types;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// A lambda kept as a value (f = lambda x: x * 2, [lambda x: x + k for k in ...]) has no C# delegate
// type to infer from, so it is spelled out: (Func<object?, object?>)((object? x) => x * 2).
// With defaults, lambda x, k=k: x + k becomes Py.WithDefaults((Func<..>)((x, k) => x + k), k): the
// defaults are evaluated when the lambda is made, as in Python, and fill the arguments a call leaves out.
// A lambda with *args, keyword-only parameters or **kw is a runtime PyFunction, as a def used as a value is
// (BodyEmitter.FunctionValues): its PySignature binds each call the way CPython does.
//     lambda *args, **kw: len(args)   =>   new PyFunction(new PySignature("<lambda>", [], varArgs: "args",
//         varKeywords: "kw"), (Func<object?, object?, object?>)((object? args, object? kw) => len(args)))
sealed partial class BodyEmitter
{
    static bool IsPlainPositionalLambda(Lambda l) =>
        l.Args.KwDefaults.All(d => d is null) && l.Args.VarArg is null && l.Args.KwArg is null && l.Args.KwOnlyArgs.Length == 0;

    ExpressionSyntax LambdaValue(Lambda l)
    {
        var scope = _model.ScopeOf(l);
        // A lambda in a class body is a method (g = lambda self, y: ...; c.g(3) binds c): as a PyFunction, an
        // instance binds it as CPython's function descriptor does.
        if (!IsPlainPositionalLambda(l) || scope.Parent?.Kind == Semantics.Binding.ScopeKind.Class) return LambdaWithSignature(l);
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

    /// <summary>CPython's <c>__qualname__</c> of a lambda: <c>K.&lt;lambda&gt;</c> in a class body,
    /// <c>outer.&lt;locals&gt;.&lt;lambda&gt;</c> in a def, <c>&lt;lambda&gt;.&lt;locals&gt;.&lt;lambda&gt;</c> in a lambda.</summary>
    static string LambdaQualName(Semantics.Binding.Scope lambdaScope) =>
        Semantics.Binding.FunctionInfo.QualNamePrefix(lambdaScope.Parent!) + "<lambda>";

    ExpressionSyntax LambdaWithSignature(Lambda l)
    {
        var node = l.Args;
        var scope = _model.ScopeOf(l);
        var positional = node.PosOnlyArgs.Concat(node.Args).ToList();
        var all = Semantics.Binding.Binder.AllArgs(node).ToList();
        // The runtime hands *args over as a tuple and **kw as a dict: parameters the binder fills as objects.
        var types = all.Select(a => a == node.VarArg || a == node.KwArg ? TypeMapper.ObjectSyntax : TypeMapper.Map(scope.Local(a.Name)?.Type ?? PyType.Object)).ToList();
        var parameters = all.Select((a, i) => Parameter(CSharpNames.Token(a.Name)).WithType(types[i]));
        var delegateType = GenericName(Identifier("Func")).WithTypeArgumentList(TypeArgumentList(SeparatedList(types.Append(TypeMapper.ObjectSyntax))));
        var body = l.Body is Lambda inner ? LambdaValue(inner) : CastExpression(TypeMapper.ObjectSyntax, Operand(Expr(l.Body)));
        var lambda = CastExpression(delegateType, ParenthesizedExpression(ParenthesizedLambdaExpression(ParameterList(SeparatedList(parameters)), body)));

        string name = LambdaQualName(scope);
        var signatureArgs = new List<ArgumentSyntax> { Argument(StringLit(name)), Argument(StringArray(positional.Select(p => p.Name))) };
        if (node.PosOnlyArgs.Length > 0) signatureArgs.Add(Named("positionalOnlyCount", Int(node.PosOnlyArgs.Length)));
        if (node.Defaults.Length > 0) signatureArgs.Add(Named("defaultCount", Int(node.Defaults.Length)));
        if (node.VarArg is not null) signatureArgs.Add(Named("varArgs", StringLit(node.VarArg.Name)));
        if (node.KwOnlyArgs.Length > 0)
        {
            signatureArgs.Add(Named("keywordOnly", StringArray(node.KwOnlyArgs.Select(p => p.Name))));
            signatureArgs.Add(Named("keywordOnlyWithDefault", CollectionExpression(SeparatedList<CollectionElementSyntax>(
                node.KwDefaults.Select(d => ExpressionElement(LiteralExpression(d is null ? SyntaxKind.FalseLiteralExpression : SyntaxKind.TrueLiteralExpression)))))));
        }
        if (node.KwArg is not null) signatureArgs.Add(Named("varKeywords", StringLit(node.KwArg.Name)));
        var functionArgs = new List<ArgumentSyntax>
        {
            Argument(ObjectCreationExpression(IdentifierName("PySignature")).WithArgumentList(ArgumentList(SeparatedList(signatureArgs)))),
            Argument(lambda),
        };
        ExpressionSyntax AsObject(Expr d) => CastExpression(TypeMapper.ObjectSyntax, Operand(Expr(d)));
        if (node.Defaults.Length > 0) functionArgs.Add(Named("defaults", ObjectArray(node.Defaults.Select(AsObject))));
        if (node.KwDefaults.Any(d => d is not null))
            functionArgs.Add(Named("keywordDefaults", ObjectArray(node.KwDefaults.Select(d => d is null ? LiteralExpression(SyntaxKind.NullLiteralExpression) : AsObject(d)))));
        return ObjectCreationExpression(IdentifierName("PyFunction")).WithArgumentList(ArgumentList(SeparatedList(functionArgs)));
    }
}
