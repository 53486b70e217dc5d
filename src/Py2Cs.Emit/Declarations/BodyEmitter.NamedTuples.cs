using Py2Cs.Emit.Naming;
using Py2Cs.Emit.Types;
using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Inference;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// class P(NamedTuple): x: int; y: str = "a"  becomes
//   public class P : TypingModule.NamedTuple {
//     public P(long x, string y = "a") : base(new[] { "x", "y" }, x, y) { }
//     public static readonly PyTuple _fields = new("x", "y");
//     public static readonly PyDict<string, object?> _field_defaults = new() { ["y"] = "a" };
//     public static P _make(object? iterable) => Make<P>(iterable, 2);
//     public long x => (long)this[0]!; public string y => (string)this[1]!; }
// The runtime base is the tuple (indexing, unpacking, comparison, hashing, repr, _replace, _asdict).
sealed partial class BodyEmitter
{
    IEnumerable<MemberDeclarationSyntax> NamedTupleMembers(ClassInfo cls)
    {
        var fields = Dataclasses.Fields(cls.Node).ToList();
        var names = fields.Select(a => ((Name)a.Target).Id).ToList();
        var parameters = new List<ParameterSyntax>();
        foreach (var a in fields)
        {
            var name = ((Name)a.Target).Id;
            var parameter = Parameter(CSharpNames.Token(name)).WithType(TypeMapper.Map(cls.Fields[name].Type));
            if (a.Value is Constant or UnaryOp { Operand: Constant }) parameter = WithConstantDefault(parameter, a.Value, cls.Fields[name].Type);
            else if (a.Value is not null) _module.Unsupported(a.Value, "a NamedTuple default that is not a constant");
            parameters.Add(parameter);
        }
        var fieldNames = ImplicitArrayCreationExpression(InitializerExpression(SyntaxKind.ArrayInitializerExpression, SeparatedList<ExpressionSyntax>(names.Select(StringLit))));
        var baseArgs = new List<ArgumentSyntax> { Argument(fieldNames) };
        baseArgs.AddRange(names.Select(n => Argument(IdentifierName(CSharpNames.Token(n)))));
        if (!cls.Methods.ContainsKey("__init__"))
            yield return ConstructorDeclaration(CSharpNames.Token(cls.Name))
                .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword)))
                .WithParameterList(ParameterList(SeparatedList(parameters)))
                .WithInitializer(ConstructorInitializer(SyntaxKind.BaseConstructorInitializer, ArgumentList(SeparatedList(baseArgs))))
                .WithBody(SyntaxFactory.Block());
        yield return FieldDeclaration(VariableDeclaration(IdentifierName("PyTuple")).WithVariables(SingletonSeparatedList(
                VariableDeclarator(Identifier("_fields")).WithInitializer(EqualsValueClause(
                    ImplicitObjectCreationExpression().WithArgumentList(ArgumentList(SeparatedList(names.Select(n => Argument(StringLit(n)))))))))))
            .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.StaticKeyword), Token(SyntaxKind.ReadOnlyKeyword)));
        var defaults = fields.Where(a => a.Value is Constant or UnaryOp { Operand: Constant })
            .Select(a => (ExpressionSyntax)AssignmentExpression(SyntaxKind.SimpleAssignmentExpression,
                ImplicitElementAccess(BracketedArgumentList(SingletonSeparatedList(Argument(StringLit(((Name)a.Target).Id))))),
                CastExpression(TypeMapper.ObjectSyntax, Operand(Expr(a.Value!)))));
        var defaultsType = TypeMapper.Map(new DictType(PyType.Str, PyType.Object));
        yield return FieldDeclaration(VariableDeclaration(defaultsType).WithVariables(SingletonSeparatedList(
                VariableDeclarator(Identifier("_field_defaults")).WithInitializer(EqualsValueClause(
                    ObjectCreationExpression(defaultsType).WithArgumentList(ArgumentList())
                        .WithInitializer(InitializerExpression(SyntaxKind.ObjectInitializerExpression, SeparatedList(defaults))))))))
            .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.StaticKeyword), Token(SyntaxKind.ReadOnlyKeyword)));
        if (!cls.Methods.ContainsKey("_make"))
            yield return MethodDeclaration(IdentifierName(CSharpNames.Token(cls.Name)), Identifier("_make"))
                .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.StaticKeyword)))
                .WithParameterList(ParameterList(SingletonSeparatedList(Parameter(Identifier("iterable")).WithType(TypeMapper.ObjectSyntax))))
                .WithExpressionBody(ArrowExpressionClause(InvocationExpression(
                        GenericName(Identifier("Make")).WithTypeArgumentList(TypeArgumentList(SingletonSeparatedList<TypeSyntax>(IdentifierName(CSharpNames.Token(cls.Name))))))
                    .WithArgumentList(ArgumentList(SeparatedList(new[] { Argument(IdentifierName("iterable")),
                        Argument(LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(names.Count))) })))))
                .WithSemicolonToken(Token(SyntaxKind.SemicolonToken));
        for (int i = 0; i < names.Count; i++)
        {
            var type = cls.Fields[names[i]].Type;
            var item = ElementAccessExpression(ThisExpression()).WithArgumentList(BracketedArgumentList(SingletonSeparatedList(Argument(
                LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(i))))));
            var modifiers = names[i] is "count" or "index"   // the tuple methods of the runtime base, hidden as in Python
                ? TokenList(Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.NewKeyword))
                : TokenList(Token(SyntaxKind.PublicKeyword));
            yield return PropertyDeclaration(TypeMapper.Map(type), CSharpNames.Token(names[i]))
                .WithModifiers(modifiers)
                .WithExpressionBody(ArrowExpressionClause(Coerce(item, PyType.Object, type)))
                .WithSemicolonToken(Token(SyntaxKind.SemicolonToken));
        }
    }
}
