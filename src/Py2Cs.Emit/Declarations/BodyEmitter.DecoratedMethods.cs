using Py2Cs.Emit.Naming;
using Py2Cs.Emit.Types;
using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// class C:                          class C
//     @logged                       {
//     def run(self, x): ...             public static object? run;
//                                       public static R run_undecorated(C self, object? x) { ... }
//                                   }
// and where the class statement runs:   C.run = Py.Call(logged, new PyFunction(..., C.run_undecorated));
// As in CPython, the class attribute is whatever the decorators returned; reading it through an
// instance binds a function to that instance (runtime Py.ClassAttributes), so obj.run(5) is
// Py.CallMethod(obj, "run", 5). The undecorated body takes self as its first parameter, as the
// function the decorator receives does.
sealed partial class BodyEmitter
{
    IEnumerable<MemberDeclarationSyntax> DecoratedMethodMembers(FunctionInfo f)
    {
        var emitter = new BodyEmitter(_module, f, f.Body);
        var (parameters, body) = emitter.EmitSignatureAndBody(f, skipSelf: false);
        yield return FieldDeclaration(VariableDeclaration(TypeMapper.ObjectSyntax)
                .WithVariables(SingletonSeparatedList(VariableDeclarator(CSharpNames.Token(f.Name)))))
            .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.StaticKeyword)));
        yield return MethodDeclaration(ReturnTypeOf(f), CSharpNames.Token(UndecoratedName(f)))
            .WithAttributeLists(PythonFunctionAttributes(f))
            .WithModifiers(TokenList(f.IsAsync && !f.IsGenerator
                ? [Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.StaticKeyword), Token(SyntaxKind.AsyncKeyword)]
                : [Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.StaticKeyword)]))
            .WithParameterList(parameters)
            .WithBody(body)
            .WithLeadingTrivia(DocComment(f.Node.Body));
    }

    /// <summary>What the class statement does where it runs: each decorated method's attribute is set
    /// (and its nested classes' statements run), in source order, then the class decorators are applied.</summary>
    IEnumerable<StatementSyntax> ClassStatementEffects(ClassInfo cls)
    {
        foreach (var stmt in cls.Node.Body)
            if (stmt is ClassDef nested)
                foreach (var statement in ClassStatementEffects(_model.ClassOf(nested))) yield return statement;
            else if (stmt is FunctionDef def && _model.FunctionOf(def) is { DecoratorsApplied: true } f)
                yield return ExpressionStatement(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression,
                    Member(CSharpNames.Id(cls.Name), f.Name),
                    DecoratedValue(f, Member(CSharpNames.Id(cls.Name), UndecoratedName(f)))));
        foreach (var statement in InitSubclassCalls(cls)) yield return statement;   // type.__new__ runs it, before decorators
        foreach (var statement in ClassDecoratorCalls(cls)) yield return statement;
    }

    /// <summary>A decorated method read or called through the class or an instance.</summary>
    static bool IsDecoratedMethod(PyType receiver, string name) => receiver switch
    {
        InstanceType it => it.Class.FindMethod(name) is { DecoratorsApplied: true },
        ClassRefType cr => cr.Class.FindMethod(name) is { DecoratorsApplied: true },
        _ => false,
    };
}
