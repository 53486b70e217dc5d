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
    FieldDeclarationSyntax EnumMemberField(ClassInfo cls, string name, Expr value)
    {
        var arguments = ArgumentList(SeparatedList([Argument(StringLit(name)), Argument(MemberValue(cls, value))]));
        // A value that may repeat an earlier member's (Z = X, B = 1 after A = 1) makes the name an alias: the field
        // holds the earlier member, which EnumModule.Enum.Canonical finds.
        ExpressionSyntax member = MayBeAlias(cls, name, value)
            ? InvocationExpression(CSharpNames.QualifiedExpr("EnumModule.Enum.Canonical"), ArgumentList(SingletonSeparatedList(Argument(
                ObjectCreationExpression(CSharpNames.Id(cls.Name)).WithArgumentList(arguments)))))
            : ImplicitObjectCreationExpression().WithArgumentList(arguments);
        return FieldDeclaration(VariableDeclaration(CSharpNames.Id(cls.Name)).WithVariables(SingletonSeparatedList(
                VariableDeclarator(CSharpNames.Token(name)).WithInitializer(EqualsValueClause(member)))))
            .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.StaticKeyword), Token(SyntaxKind.ReadOnlyKeyword)));
    }

    /// <summary>Whether a member's value may equal an earlier member's: anything but auto() and a constant no
    /// earlier member's constant value equals.</summary>
    static bool MayBeAlias(ClassInfo cls, string name, Expr value)
    {
        if (value is Syntax.Ast.Call { Func: Name { Id: "auto" } or Attribute { Attr: "auto" } }) return false;
        if (value is not Constant constant) return true;
        var earlier = cls.Node.Body.TakeWhile(s => EnumMembers.MemberName(s) != name).Where(s => EnumMembers.MemberName(s) is not null)
            .Select(EnumMembers.MemberValue);
        return earlier.Any(e => e is Constant other && Equals(other.Value, constant.Value)) || earlier.Any(e => e is not (Constant or Syntax.Ast.Call));
    }

    /// <summary>A member's value, where an earlier member named in it (<c>RW = READ | WRITE</c>, <c>B = A + 1</c>,
    /// <c>Z = X</c>) is that member's value: in the class body Python's names hold the plain values, and
    /// only the finished class makes them members (a flag combination, an alias).</summary>
    ExpressionSyntax MemberValue(ClassInfo cls, Expr value)
    {
        var members = cls.Node.Body.Select(EnumMembers.MemberName).OfType<string>().ToHashSet();
        var finder = new NameFinder();
        finder.VisitExpr(value);
        var names = finder.Names.Where(n => members.Contains(n.Id) && ReferenceEquals(_model.SymbolOf(n), cls.Body.Local(n.Id)))
            .Select(n => n.Id).ToHashSet();
        var emitted = Expr(value);
        return names.Count > 0 && new MemberValueReads(names).Visit(emitted) is ExpressionSyntax read ? read : emitted;
    }

    sealed class NameFinder : Semantics.Binding.AstWalker
    {
        public readonly List<Name> Names = [];
        public override void VisitExpr(Expr expr)
        {
            if (expr is Name n) Names.Add(n);
            base.VisitExpr(expr);
        }
    }

    /// <summary>Rewrites each read of the named member fields (not a member access's name) to <c>X.value</c>.</summary>
    sealed class MemberValueReads(HashSet<string> names) : CSharpSyntaxRewriter
    {
        public override SyntaxNode? VisitIdentifierName(IdentifierNameSyntax node)
        {
            bool accessedName = node.Parent is MemberAccessExpressionSyntax access && access.Name == node;
            return !accessedName && names.Contains(node.Identifier.ValueText)
                ? MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, node, IdentifierName("value"))
                : node;
        }
    }

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
