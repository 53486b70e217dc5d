using Py2Cs.Emit.Naming;
using Py2Cs.Emit.Types;
using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Inference;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// @dataclass class C: x: int; y: list = field(default_factory=list)  becomes
//   class C : PyDataclass { public long x; public PyList<T> y;
//     public C(long x, PyList<T>? y = null) { this.x = x; this.y = y ?? new PyList<T>(); } }
// PyDataclass gives repr, ==, ordering (order=True overrides Order) and hashing (frozen=True overrides
// Frozen; the fields are readonly, so a later assignment does not compile instead of passing silently).
sealed partial class BodyEmitter
{
    bool IsDataclass(ClassInfo cls) => Dataclasses.IsDataclass(cls.Node);

    IEnumerable<MemberDeclarationSyntax> DataclassMembers(ClassInfo cls)
    {
        foreach (var k in Dataclasses.UnsupportedOptions(cls.Node)) _module.Unsupported(k, $"the dataclass option '{k.Name}'");
        if (cls.Base is not null || cls.LibraryBase is not null) _module.Unsupported(cls.Node, "a dataclass with a base class");
        var annotated = Dataclasses.Fields(cls.Node).Select(a => ((Name)a.Target).Id).ToHashSet();
        foreach (var name in cls.FieldOrder.Where(n => !annotated.Contains(n)))
            _module.Unsupported(cls.Node, $"the attribute '{name}' of a dataclass that is not one of its fields");
        if (cls.Methods.ContainsKey("__init__")) yield break;
        yield return DataclassConstructor(cls);
        foreach (var option in new[] { ("order", "Order"), ("frozen", "Frozen") })
            if (Dataclasses.Option(cls.Node, option.Item1))
                yield return PropertyDeclaration(PredefinedType(Token(SyntaxKind.BoolKeyword)), Identifier(option.Item2))
                    .WithModifiers(TokenList(Token(SyntaxKind.ProtectedKeyword), Token(SyntaxKind.OverrideKeyword)))
                    .WithExpressionBody(ArrowExpressionClause(LiteralExpression(SyntaxKind.TrueLiteralExpression)))
                    .WithSemicolonToken(Token(SyntaxKind.SemicolonToken));
    }

    ConstructorDeclarationSyntax DataclassConstructor(ClassInfo cls)
    {
        var parameters = new List<ParameterSyntax>();
        var statements = new List<StatementSyntax>();
        foreach (var a in Dataclasses.Fields(cls.Node))
        {
            var name = ((Name)a.Target).Id;
            var type = cls.Fields[name].Type;
            var parameter = Parameter(CSharpNames.Token(name)).WithType(TypeMapper.Map(type));
            ExpressionSyntax value = IdentifierName(CSharpNames.Token(name));
            if (Dataclasses.DefaultFactory(a.Value) is { } factory)
            {
                // A fresh value per instance: the parameter defaults to null and the body calls the factory.
                if (factory is not Name { Id: "list" or "dict" or "set" }) _module.Unsupported(factory, "this default_factory");
                parameter = parameter.WithType(NullableType(TypeMapper.Map(type))).WithDefault(EqualsValueClause(LiteralExpression(SyntaxKind.NullLiteralExpression)));
                value = BinaryExpression(SyntaxKind.CoalesceExpression, value, ObjectCreationExpression(TypeMapper.Map(type)).WithArgumentList(ArgumentList()));
            }
            else if (Dataclasses.IsFieldCall(a.Value)) _module.Unsupported(a.Value!, "this field() call");
            else if (a.Value is Constant c) parameter = parameter.WithDefault(EqualsValueClause(ExprAs(c, type)));
            else if (a.Value is not null) _module.Unsupported(a.Value, "a dataclass default that is not a constant");
            parameters.Add(parameter);
            statements.Add(ExpressionStatement(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression,
                MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, ThisExpression(), CSharpNames.Id(name)), value)));
        }
        if (cls.Methods.ContainsKey("__post_init__"))
            statements.Add(ExpressionStatement(InvocationExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, ThisExpression(), IdentifierName("__post_init__")))));
        return ConstructorDeclaration(CSharpNames.Token(cls.Name))
            .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword)))
            .WithParameterList(ParameterList(SeparatedList(parameters)))
            .WithBody(SyntaxFactory.Block(statements));
    }

    /// <summary>Dataclass(a, b=x): each argument converted to its field's type (list displays built with the field's element type).</summary>
    ArgumentListSyntax DataclassArguments(Call c, ClassInfo cls)
    {
        if (c.Args.Any(a => a is Starred) || c.Keywords.Any(k => k.Name is null))
        {
            _module.Unsupported(c, "'*' or '**' arguments to a dataclass");
            return ArgumentList();
        }
        PyType FieldType(string? name) => name is not null && cls.Fields.GetValueOrDefault(name) is { } f ? f.Type : PyType.Object;
        var args = c.Args.Select((a, i) => Argument(ExprAs(a, FieldType(i < cls.FieldOrder.Count ? cls.FieldOrder[i] : null))))
            .Concat(c.Keywords.Select(k => Argument(ExprAs(k.Value, FieldType(k.Name))).WithNameColon(NameColon(CSharpNames.Id(k.Name!)))));
        return ArgumentList(SeparatedList(args));
    }
}
