using Py2Cs.Emit.Naming;
using Py2Cs.Emit.Types;
using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// @register @with_greeting class C: ...   becomes, where the class statement runs,
//     Py.ClassDecorated(typeof(C), Py.Call(register, Py.ClassDecorated(typeof(C), Py.Call(with_greeting, typeof(C)))));
// A program's own decorator is a plain call of the class, innermost first, as in CPython (it may
// register the class, set attributes on it ...). The name C stays the C# class, so a decorator must
// hand the class back: one that replaces it (a singleton factory, a wrapper) raises at that point
// instead of running on silently with the wrong object. Library decorators (@dataclass,
// @total_ordering) have lowerings of their own.
sealed partial class BodyEmitter
{
    IEnumerable<StatementSyntax> ClassDecoratorCalls(ClassInfo cls)
    {
        var decorators = cls.Node.DecoratorList.Where(IsProgramDecorator).Reverse().ToList();
        if (decorators.Count == 0) yield break;
        var type = TypeOfExpression(CSharpNames.Id(cls.Name));
        ExpressionSyntax value = type;
        foreach (var d in decorators)
            value = Runtime("Py", "ClassDecorated", type, Runtime("Py", "Call", ExprAs(d, PyType.Object), value));
        yield return ExpressionStatement(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, IdentifierName("_"), value));
    }

    /// <summary>A decorator the program defines (a function or a value it computed), not a library one.</summary>
    bool IsProgramDecorator(Expr decorator)
    {
        var root = decorator is Call call ? call.Func : decorator;
        while (root is Attribute a) root = a.Value;
        // @Registry.register("name"): a method or attribute of a program class is the program's too.
        return root is Name n && _model.SymbolOf(n) is { Kind: SymbolKind.Function or SymbolKind.Variable or SymbolKind.Parameter or SymbolKind.Class };
    }
}
