using Py2Cs.Emit.Naming;
using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// `__radd__ = __add__` in a class body (a method bound to a second name) becomes a method of that name
// forwarding to the first, with the same parameters: public virtual object? __radd__(object? other) => __add__(other);
// so the runtime's operator protocol finds __radd__ as a method, as CPython finds it in the class dict.
// The alias is bound to this class's function object: when a subclass overrides the original (Square.area under
// Shape's `size = area`), the alias forwards to a private copy of this class's body, which no override changes.
sealed partial class BodyEmitter
{
    /// <summary>The private copy of an aliased method that a subclass overrides, declared once per class and name.</summary>
    static string AliasTargetName(ClassInfo cls, string method) => cls.Name + "__" + method;

    /// <summary>The forwarding method for <c>alias = method</c> in <paramref name="cls"/>'s body, or null
    /// when the value is not a plain method of the class defined above it.</summary>
    MemberDeclarationSyntax? MethodAlias(ClassInfo cls, string alias, Name aliased)
    {
        if (cls.Methods.ContainsKey(alias) || cls.Methods.GetValueOrDefault(aliased.Id) is not { } method) return null;
        if (method.Node.DecoratorList.Length > 0 || method.Name == "__init__") return null;
        if (EmitClassMember(cls, method) is not MethodDeclarationSyntax original) return null;
        var arguments = original.ParameterList.Parameters.Select(p => Argument(IdentifierName(p.Identifier)));
        var target = IdentifierName(AliasTarget(cls, method, original)?.Identifier ?? original.Identifier);
        ExpressionSyntax call = InvocationExpression(target).WithArgumentList(ArgumentList(SeparatedList(arguments)));
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

    /// <summary>Whether a program class deriving from <paramref name="cls"/> defines <paramref name="method"/>'s name again.</summary>
    bool IsOverriddenBelow(ClassInfo cls, FunctionInfo method) =>
        _model.Tables.Classes.Values.Any(c => c != cls && c.Mro().Contains(cls) && c.FindMethod(method.Name) is { } m && !ReferenceEquals(m, method));

    /// <summary>The private copy of <paramref name="method"/> its aliases forward to when a subclass overrides it, or null
    /// (forward to the method itself); only where the copy declares what <paramref name="original"/> does.</summary>
    MethodDeclarationSyntax? AliasTarget(ClassInfo cls, FunctionInfo method, MethodDeclarationSyntax original) =>
        IsOverriddenBelow(cls, method) && EmitClassMember(cls, method, copyName: AliasTargetName(cls, method.Name)) is MethodDeclarationSyntax copy
        && copy.ReturnType.IsEquivalentTo(original.ReturnType) && copy.ParameterList.IsEquivalentTo(original.ParameterList) ? copy : null;

    /// <summary>The private copies the aliases of <paramref name="cls"/>'s body forward to (MethodAlias), one per aliased method.</summary>
    IEnumerable<MemberDeclarationSyntax> AliasTargets(ClassInfo cls)
    {
        var aliased = cls.Node.Body.OfType<Assign>()
            .Select(a => a is { Targets: [Name alias], Value: Name original } && !cls.Methods.ContainsKey(alias.Id) ? cls.Methods.GetValueOrDefault(original.Id) : null)
            .OfType<FunctionInfo>().Where(m => m.Node.DecoratorList.Length == 0 && m.Name != "__init__").Distinct();
        foreach (var method in aliased)
            if (EmitClassMember(cls, method) is MethodDeclarationSyntax original && AliasTarget(cls, method, original) is { } copy)
                yield return copy;
    }
}
