using Py2Cs.Semantics.Binding;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// A C# base initializer (`: base(...)`) runs before the constructor's body and sees only its parameters. So
// `Base.__init__(self, x)` or `super().__init__(x)` becomes the base initializer only when every name its
// arguments read is known on entry: a parameter of __init__ or a name from outside it. When one is a local
// __init__ computes first (`msg = ...; ValueError.__init__(self, msg)`), the call stays a statement where
// Python runs it: for a library base the runtime's __init__ of that class, for program classes the
// constructor runs in Python's order (BodyEmitter.InitInPythonOrder.cs).
sealed partial class BodyEmitter
{
    /// <summary>Whether the arguments of <paramref name="call"/> (in <paramref name="init"/>) read no local of __init__
    /// but its parameters.</summary>
    bool ArgumentsKnownOnEntry(Call call, FunctionInfo init)
    {
        var finder = new LocalReads(_model, init);
        foreach (var a in call.Args) finder.VisitExpr(a);
        foreach (var k in call.Keywords) finder.VisitExpr(k.Value);
        return !finder.Found;
    }

    sealed class LocalReads(SemanticModel model, FunctionInfo init) : AstWalker
    {
        public bool Found { get; private set; }

        public override void VisitExpr(Expr expr)
        {
            // A local import (`import dbm` in __init__) is resolved statically: only variables hold computed values.
            if (expr is Name n && model.SymbolOf(n) is { Kind: SymbolKind.Variable } s && ReferenceEquals(s.Scope, init.Body) && !init.Parameters.Contains(s))
                Found = true;
            base.VisitExpr(expr);
        }
    }
}
