using System.Globalization;
using System.Reflection;
using Py2Cs.Emit.Naming;
using Py2Cs.Semantics.Binding;

namespace Py2Cs.Emit;

/// <summary>
/// class Quiet(logging.Handler): def emit(self, record): ...   has no __init__, so Python's Quiet(level=...) runs
/// Handler.__init__: the C# class declares the runtime class's constructors, each forwarding to its base one, with the
/// runtime's parameter names, types and defaults (keyword arguments keep their names). Only when every one of them can
/// be spelled: otherwise the class keeps C#'s implicit constructor, as before.
/// </summary>
static class RuntimeBaseConstructors
{
    public static List<ConstructorDeclarationSyntax> Of(ClassInfo cls)
    {
        var clr = RuntimeOverrides.RuntimeBase(cls);
        var forwarded = new List<ConstructorDeclarationSyntax>();
        if (clr is null || clr.IsSealed) return forwarded;
        var constructors = clr.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).Where(c => c.IsPublic || c.IsFamily || c.IsFamilyOrAssembly).ToList();
        // A parameterless constructor alone is C#'s implicit one already.
        if (constructors.All(c => c.GetParameters().Length == 0)) return forwarded;
        foreach (var ctor in constructors)
        {
            var parameters = new List<ParameterSyntax>();
            foreach (var p in ctor.GetParameters())
            {
                if (p.Name is null || RuntimeOverrides.Spelling(p) is not { } type) return [];
                var parameter = Parameter(CSharpNames.Token(p.Name)).WithType(ParseTypeName(type));
                if (p.HasDefaultValue)
                {
                    if (DefaultLiteral(p.DefaultValue) is not { } value) return [];
                    parameter = parameter.WithDefault(EqualsValueClause(value));
                }
                parameters.Add(parameter);
            }
            forwarded.Add(ConstructorDeclaration(CSharpNames.Token(cls.Name))
                .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword)))
                .WithParameterList(ParameterList(SeparatedList(parameters)))
                .WithInitializer(ConstructorInitializer(SyntaxKind.BaseConstructorInitializer,
                    ArgumentList(SeparatedList(parameters.Select(p => Argument(IdentifierName(p.Identifier)))))))
                .WithBody(SyntaxFactory.Block()));
        }
        return forwarded;
    }

    static ExpressionSyntax? DefaultLiteral(object? value) => value switch
    {
        null => LiteralExpression(SyntaxKind.DefaultLiteralExpression, Token(SyntaxKind.DefaultKeyword)),
        bool b => LiteralExpression(b ? SyntaxKind.TrueLiteralExpression : SyntaxKind.FalseLiteralExpression),
        long l => ParseExpression(l.ToString(CultureInfo.InvariantCulture) + "L"),
        int i => ParseExpression(i.ToString(CultureInfo.InvariantCulture)),
        double d when double.IsFinite(d) => ParseExpression(d.ToString("R", CultureInfo.InvariantCulture) + "d"),
        string s => LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(s)),
        _ => null,
    };
}
