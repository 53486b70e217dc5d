using Py2Cs.Semantics.Binding;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// def f(x: int, y: "Node" = None) -> str   as a value   new PyFunction(..., annotations: new object?[] { "x", Py.Builtin("int"), "y", "Node", "return", Py.Builtin("str") })
// The annotations a function value carries as __annotations__ (functools.singledispatch's register reads them),
// evaluated where the def runs as CPython does. Only annotations that are a class (a builtin class, a class
// of the module or an imported library class), a string or None are carried: evaluating any other expression (list[int], Optional[X])
// would ask the runtime for typing forms it does not model, and a program that never reads
// __annotations__ must not be refused for them.
sealed partial class BodyEmitter
{
    /// <summary>The name, value pairs of the carried annotations, or null when there are none.</summary>
    ExpressionSyntax? AnnotationPairs(FunctionInfo f, bool skipSelf)
    {
        var pairs = new List<ExpressionSyntax>();
        foreach (var parameter in Binder.AllArgs(f.Node.Args).Skip(skipSelf ? 1 : 0))
            if (parameter.Annotation is { } annotation && AnnotationValue(annotation) is { } value)
                pairs.AddRange([StringLit(parameter.Name), value]);
        if (f.Node.Returns is { } returns && AnnotationValue(returns) is { } result)
            pairs.AddRange([StringLit("return"), result]);
        return pairs.Count == 0 ? null : ObjectArray(pairs);
    }

    /// <summary>The value of a carried annotation: a string, None, a builtin class or a class of the module
    /// (by the binder's symbol: inference does not type annotations as expressions).</summary>
    ExpressionSyntax? AnnotationValue(Expr annotation) => annotation switch
    {
        Constant { Kind: ConstantKind.Str, Value: string text } => StringLit(text),
        Constant { Kind: ConstantKind.None } => LiteralExpression(SyntaxKind.NullLiteralExpression),
        Name n => _model.SymbolOf(n) switch
        {
            { Kind: SymbolKind.Builtin } when Py2Cs.Runtime.BuiltinTypes.Named(n.Id) is not null => BuiltinValue(n.Id),
            { Kind: SymbolKind.Class, Class: { } cls, Scope.Kind: ScopeKind.Module } => TypeOfExpression(Naming.CSharpNames.Id(cls.Name)),
            { Kind: SymbolKind.ImportedMember, Qualified: { } qualified } when Semantics.Library.LibraryCatalog.Instance.Class(qualified) is { } library
                => TypeOfExpr(library.CSharpName),
            _ => null,
        },
        _ => null,
    };
}
