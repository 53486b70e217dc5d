using Py2Cs.Emit.Naming;
using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// `__radd__ = __add__` in a class body (a method bound to a second name) becomes a method of that name
// forwarding to the first, with the same parameters: public virtual object? __radd__(object? other) => __add__(other);
// so the runtime's operator protocol finds __radd__ as a method, as CPython finds it in the class dict.
sealed partial class BodyEmitter
{
    /// <summary>The forwarding method for <c>alias = method</c> in <paramref name="cls"/>'s body, or null
    /// when the value is not a plain method of the class defined above it.</summary>
    MemberDeclarationSyntax? MethodAlias(ClassInfo cls, string alias, Name aliased)
    {
        if (cls.Methods.ContainsKey(alias) || cls.Methods.GetValueOrDefault(aliased.Id) is not { } method) return null;
        if (method.Node.DecoratorList.Length > 0 || method.Name == "__init__") return null;
        if (EmitClassMember(cls, method) is not MethodDeclarationSyntax original) return null;
        var arguments = original.ParameterList.Parameters.Select(p => Argument(IdentifierName(p.Identifier)));
        ExpressionSyntax call = InvocationExpression(IdentifierName(original.Identifier)).WithArgumentList(ArgumentList(SeparatedList(arguments)));
        var returnType = original.ReturnType;
        var modifiers = original.Modifiers.Where(m => !m.IsKind(SyntaxKind.OverrideKeyword) && !m.IsKind(SyntaxKind.AsyncKeyword)
            && !m.IsKind(SyntaxKind.VirtualKeyword) && !m.IsKind(SyntaxKind.NewKeyword)).ToList();
        // __repr__ = __str__ overrides the runtime's repr as a def would (print([x]) and f"{x!r}" reach it), with the
        // string result a def of that name declares.
        bool overridesRuntime = RuntimeVirtuals.Contains(alias) && original.ParameterList.Parameters.Count == 0;
        if (overridesRuntime)
        {
            call = Coerce(call, DeclaredResultOf(method), PyType.Str);
            returnType = PredefinedType(Token(SyntaxKind.StringKeyword));
        }
        modifiers.Add(Token(overridesRuntime || cls.Base?.FindMethod(alias) is not null ? SyntaxKind.OverrideKeyword : SyntaxKind.VirtualKeyword));
        return MethodDeclaration(returnType, CSharpNames.Token(alias))
            .WithModifiers(TokenList(modifiers))
            .WithParameterList(original.ParameterList.WithParameters(SeparatedList(original.ParameterList.Parameters.Select(p => p.WithDefault(p.Default)))))
            .WithExpressionBody(ArrowExpressionClause(call))
            .WithSemicolonToken(Token(SyntaxKind.SemicolonToken));
    }
}
