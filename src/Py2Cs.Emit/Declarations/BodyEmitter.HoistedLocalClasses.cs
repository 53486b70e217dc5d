using Py2Cs.Emit.Naming;
using Py2Cs.Semantics.Binding;

namespace Py2Cs.Emit;

// def main(): class Node: ...   A class defined inside a function that reads none of the function's locals
// (ClassInfo.IsHoistedLocal) is declared beside the module's classes. Where the class statement stands, the
// function runs what CPython's statement does that a C# declaration does not: its class attributes start again
// from their initial values (each run of the statement makes a new class, so `Counter.made += 1` in one call does
// not carry into the next), then its decorators apply.
sealed partial class BodyEmitter
{
    /// <summary>The hoisted classes, in source order, each with the classes nested in it.</summary>
    public IEnumerable<ClassDeclarationSyntax> HoistedLocalClasses()
    {
        foreach (var cls in _model.Tables.Classes.Values.Where(c => c.IsHoistedLocal).OrderBy(c => c.Node.Span.Start))
        {
            yield return EmitClass(cls);
            foreach (var nested in NestedClasses(cls.Node)) yield return nested;
        }
    }

    IEnumerable<StatementSyntax> HoistedClassStatement(ClassInfo cls)
    {
        if (HasClassStatementReset(cls))
            yield return ExpressionStatement(InvocationExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression,
                CSharpNames.Id(cls.Name), IdentifierName(ResetMethodName(cls)))));
        foreach (var statement in ClassStatementEffects(cls)) yield return statement;
    }

    static string ResetMethodName(ClassInfo cls) => "__py2cs_class_statement_" + cls.Name;

    /// <summary>Whether the class body assigns class attributes (what the reset method assigns again).</summary>
    static bool HasClassStatementReset(ClassInfo cls) =>
        !cls.IsEnum && cls.Node.Body.Any(s => s is Syntax.Ast.Assign or Syntax.Ast.AnnAssign { Value: not null });

    /// <summary>A static method assigning each class attribute (a static field with an initializer, not readonly)
    /// its initial value again, or null when the class body assigns none.</summary>
    MethodDeclarationSyntax? ClassStatementReset(ClassInfo cls, List<MemberDeclarationSyntax> members)
    {
        if (!HasClassStatementReset(cls)) return null;
        var assignments = members.OfType<FieldDeclarationSyntax>()
            .Where(f => f.Modifiers.Any(SyntaxKind.StaticKeyword) && !f.Modifiers.Any(SyntaxKind.ReadOnlyKeyword) && !f.Modifiers.Any(SyntaxKind.ConstKeyword))
            .SelectMany(f => f.Declaration.Variables)
            .Where(v => v.Initializer is not null)
            .Select(v => (StatementSyntax)ExpressionStatement(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, IdentifierName(v.Identifier), v.Initializer!.Value)))
            .ToList();
        return MethodDeclaration(PredefinedType(Token(SyntaxKind.VoidKeyword)), ResetMethodName(cls))
            .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.StaticKeyword)))
            .WithBody(SyntaxFactory.Block(assignments));
    }
}
