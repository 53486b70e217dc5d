using Py2Cs.Emit.Naming;
using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Inference;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// class Compile(Job, kind="compile"): ... runs, where the class statement stands, the __init_subclass__
// that Compile's MRO finds after Compile itself, with cls = Compile and the class keywords:
//   Py.Call(<Job.__init_subclass__ as a PyFunction>, [typeof(Compile), Py.Kw("kind", "compile")])
// __init_subclass__ is a static C# method whose cls parameter is a class value (object); inside it,
// super().__init_subclass__(**kw) calls the next one in the defining class's MRO, else object's, which
// refuses keywords as CPython's does.
sealed partial class BodyEmitter
{
    IEnumerable<StatementSyntax> InitSubclassCalls(ClassInfo cls)
    {
        var subclass = TypeOfExpression(CSharpNames.Id(cls.Name));
        var keywords = cls.Node.Keywords.Where(k => k.Name != "metaclass").ToImmutableArray();
        var arguments = DynamicArgumentArray([subclass], [], keywords);
        if (NextInitSubclass(cls) is { } hook)
            yield return ExpressionStatement(Runtime("Py", "Call", InitSubclassValue(hook), arguments));
        else if (keywords.Length > 0)
            yield return ExpressionStatement(Runtime("Py", nameof(Py2Cs.Runtime.Py.ObjectInitSubclass), arguments));
    }

    ExpressionSyntax InitSubclassSuperCall(Call c, FunctionInfo hook)
    {
        var cls = CSharpNames.Id(hook.Parameters[0].Name);
        var arguments = DynamicArgumentArray([cls], c.Args, c.Keywords);
        return NextInitSubclass(hook.Class!) is { } next
            ? Runtime("Py", "Call", InitSubclassValue(next), arguments)
            : Runtime("Py", nameof(Py2Cs.Runtime.Py.ObjectInitSubclass), arguments);
    }

    /// <summary>The __init_subclass__ that <paramref name="cls"/>'s MRO finds after <paramref name="cls"/> itself.</summary>
    static FunctionInfo? NextInitSubclass(ClassInfo cls) =>
        cls.Mro().Skip(1).Select(c => c.Methods.GetValueOrDefault("__init_subclass__")).FirstOrDefault(m => m is not null);

    ExpressionSyntax InitSubclassValue(FunctionInfo hook) =>
        FunctionValue(hook, Member(CSharpNames.Id(hook.Class!.Name), hook.Name), skipSelf: false);

    /// <summary>Whether a callee typed as a program class may hold one of its subclasses: it is not the class's
    /// own name (a registry entry, a variable, a parameter) and the program subclasses that class.</summary>
    bool HoldsSomeSubclass(Expr callee, ClassInfo cls) =>
        !(callee is Name n && _model.SymbolOf(n) is { Kind: SymbolKind.Class } s && s.Class == cls) && !IsClassMethodReceiver(callee)
        && _model.Tables.Classes.Values.Any(c => c != cls && c.Mro().Contains(cls));
}
