using Py2Cs.Emit.Naming;
using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Inference;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// class Color(Enum): RED = 1; GREEN = auto()  becomes
//   public class Color : EnumModule.Enum {
//     public static readonly Color RED = new("RED", 1L); public static readonly Color GREEN = new("GREEN", new EnumModule.auto());
//     Color(string name, long value) : base(name, value) { } }
// The value parameter has the members' value type when every member's value has the same plain type (an
// int, a str, a tuple of them); else object (auto(), mixed values, an enum without members whose
// subclasses pass their own values up).
// Static field initializers run in textual order, so the runtime registers the members in definition
// order and resolves auto() from the members before it. Color(3), Color["RED"], list(Color) and
// len(Color) are the runtime's operations on the class value (typeof(Color)).
sealed partial class BodyEmitter
{
    FieldDeclarationSyntax EnumMemberField(ClassInfo cls, string name, Expr value) =>
        FieldDeclaration(VariableDeclaration(CSharpNames.Id(cls.Name)).WithVariables(SingletonSeparatedList(
                VariableDeclarator(CSharpNames.Token(name)).WithInitializer(EqualsValueClause(
                    ImplicitObjectCreationExpression().WithArgumentList(ArgumentList(SeparatedList([Argument(StringLit(name)), Argument(Expr(value))]))))))))
            .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.StaticKeyword), Token(SyntaxKind.ReadOnlyKeyword)));

    /// <summary>An enum class iterated (<c>for c in Color</c>, <c>max(Color)</c>): its members, typed as the class.</summary>
    static ExpressionSyntax EnumMembersOf(ClassInfo cls) =>
        InvocationExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IdentifierName("EnumClasses"),
            GenericName(Identifier("Members")).WithTypeArgumentList(TypeArgumentList(SingletonSeparatedList<TypeSyntax>(CSharpNames.Id(cls.Name))))));

    ConstructorDeclarationSyntax EnumConstructor(ClassInfo cls)
    {
        if (cls.Methods.ContainsKey("__init__")) _module.Unsupported(cls.Methods["__init__"].Node, "'__init__' in an enum class");
        return ConstructorDeclaration(CSharpNames.Token(cls.Name))
            .WithParameterList(ParameterList(SeparatedList([
                Parameter(Identifier("name")).WithType(PredefinedType(Token(SyntaxKind.StringKeyword))),
                Parameter(Identifier("value")).WithType(Types.TypeMapper.Map(MemberValueType(cls)))])))
            .WithInitializer(ConstructorInitializer(SyntaxKind.BaseConstructorInitializer,
                ArgumentList(SeparatedList([Argument(IdentifierName("name")), Argument(IdentifierName("value"))]))))
            .WithBody(SyntaxFactory.Block());
    }

    /// <summary>The type every member's value has, when they all have the same plain one; else object.</summary>
    PyType MemberValueType(ClassInfo cls)
    {
        var types = cls.Node.Body.Where(s => EnumMembers.MemberName(s) is not null).Select(s => TypeOf(EnumMembers.MemberValue(s))).Distinct().ToList();
        return types is [var only] && IsPlainValue(only) ? only : PyType.Object;
    }

    static bool IsPlainValue(PyType t) => t is PrimitiveType { Kind: Primitive.Int or Primitive.Str or Primitive.Float or Primitive.Bool }
        || t is Semantics.Types.TupleType { Elements.Count: >= 2 } tuple && tuple.Elements.All(e => e is PrimitiveType { Kind: Primitive.Int or Primitive.Str or Primitive.Float or Primitive.Bool });
}
