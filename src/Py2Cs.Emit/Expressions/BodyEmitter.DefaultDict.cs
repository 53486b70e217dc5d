using Py2Cs.Emit.Types;
using Py2Cs.Semantics.Library;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// defaultdict(list) stored where a dict of K to PyList<T> is expected becomes
// new defaultdict<K, PyList<T>>(() => new PyList<T>()): the factory as a C# lambda making the value type.
// A factory lambda's body becomes the C# lambda's body (defaultdict(lambda: {"n": 0}) makes
// () => new PyDict<string, long> { ["n"] = 0 }); any other callable is called through the runtime.
sealed partial class BodyEmitter
{
    bool IsDefaultDictCall(Expr e) => e is Call c && LibraryFunctionOf(c)?.QualifiedName == "collections.defaultdict";

    ExpressionSyntax DefaultDict(Call c, PyType target)
    {
        if (target is not DictType dict || c.Args.Length != 1 || c.Keywords.Length > 0)
            return UnsupportedValue(c, "defaultdict other than defaultdict(factory) stored as a dict");
        var factory = DefaultValueFactory(c.Args[0], dict.Value);
        if (factory is null) return UnsupportedValue(c.Args[0], "this default factory");
        var type = GenericName(Identifier("defaultdict")).WithTypeArgumentList(((GenericNameSyntax)TypeMapper.Map(dict)).TypeArgumentList);
        return ObjectCreationExpression(type).WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(ParenthesizedLambdaExpression(factory)))));
    }

    ExpressionSyntax UnsupportedValue(Node node, string what)
    {
        _module.Unsupported(node, what);
        return LiteralExpression(SyntaxKind.NullLiteralExpression);
    }

    ExpressionSyntax? DefaultValueFactory(Expr factory, PyType value)
    {
        if (factory is Lambda { Args: var args } made && Semantics.Binding.Binder.AllArgs(args).Any() is false)
            return ExprAs(made.Body, value);
        return TypeOf(factory) switch
        {
            LibraryFunctionType => LibraryCatalog.DefaultFactoryResult(TypeOf(factory)) switch
            {
                ListType or SetType or DictType => ObjectCreationExpression(TypeMapper.Map(value)).WithArgumentList(ArgumentList()),
                var t when t == PyType.Int => LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(0L)),
                var t when t == PyType.Float => LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(0.0)),
                var t when t == PyType.Str => LiteralExpression(SyntaxKind.StringLiteralExpression, Literal("")),
                _ => null,
            },
            ClassRefType or CallableType or FunctionRefType or LibraryClassType or ObjectType =>
                Coerce(Runtime("Py", "Call", ExprAs(factory, PyType.Object)), PyType.Object, value),
            _ => null,
        };
    }
}
