using Py2Cs.Emit.Naming;
using Py2Cs.Emit.Types;
using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// @a @b(x) def f(...): ...   becomes the typed method under another name, and where the def ran:
//   static object? f;   static R f_undecorated(...) { ... }   ...   f = Py.Call(a, Py.Call(b(x), new PyFunction(..., f_undecorated)));
// (a nested def: a local function and a local object? f). Decorators are plain calls of the function
// as a value, run in order when the def statement runs, as in CPython; the name holds what they return.
sealed partial class BodyEmitter
{
    /// <summary>The typed method's name; a module-level def whose name other defs rebind has one per def.</summary>
    static string UndecoratedName(FunctionInfo f) =>
        f.NameRebound && f.DeclaringScope.Kind == ScopeKind.Module ? $"{f.Name}_undecorated_{f.Node.Span.StartLine}" : f.Name + "_undecorated";

    /// <summary>The decorated value: the innermost decorator is applied first.</summary>
    ExpressionSyntax DecoratedValue(FunctionInfo f, ExpressionSyntax? undecorated = null)
    {
        ExpressionSyntax value = FunctionValue(f, undecorated ?? IdentifierName(UndecoratedName(f)), skipSelf: false);
        foreach (var d in f.Node.DecoratorList.Reverse())
            value = TypeOf(d) is LibraryFunctionType library
                // @functools.cache: the library function called with the function (it has no value of its own in C#).
                ? InvocationExpression(CSharpNames.QualifiedExpr(EscapeDotted(library.Function.CSharpName)))
                    .WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(Boxed(value)))))
                : Runtime("Py", "Call", ExprAs(d, PyType.Object), value);
        return value;
    }

    /// <summary>A module-level decorated def: the method and the field go to the class, the assignment stays in Main.</summary>
    StatementSyntax EmitDecoratedModuleFunction(FunctionInfo f, List<MemberDeclarationSyntax> members)
    {
        members.Add(EmitMethod(f, UndecoratedName(f)));
        // A rebound name is a module variable, declared as the others are.
        if (!f.NameRebound) members.Add(FieldDeclaration(VariableDeclaration(TypeMapper.ObjectSyntax)
                .WithVariables(SingletonSeparatedList(VariableDeclarator(CSharpNames.Token(f.Name)))))
            .WithModifiers(TokenList(Token(SyntaxKind.StaticKeyword))));
        return ExpressionStatement(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, CSharpNames.Id(f.Name), DecoratedValue(f)));
    }

    /// <summary>A nested decorated def: a local holding the decorated value, declared before the local
    /// function because the body may call itself through the name (a recursive @lru_cache function).
    /// A rebound name (<see cref="FunctionInfo.NameRebound"/>) is a variable of the scope, declared as its others are;
    /// each def of it has a local function of its own name.</summary>
    IEnumerable<StatementSyntax> EmitDecoratedLocalFunction(FunctionInfo f)
    {
        if (!f.NameRebound)
            yield return LocalDeclarationStatement(VariableDeclaration(TypeMapper.ObjectSyntax)
                .WithVariables(SingletonSeparatedList(VariableDeclarator(CSharpNames.Token(f.Name)).WithInitializer(EqualsValueClause(LiteralExpression(SyntaxKind.NullLiteralExpression))))));
        string local = f.NameRebound ? Temp(f.Name + "_def") : UndecoratedName(f);
        yield return EmitLocalFunction(f, local);
        yield return ExpressionStatement(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, CSharpNames.Id(f.Name), DecoratedValue(f, IdentifierName(local))));
    }
}
