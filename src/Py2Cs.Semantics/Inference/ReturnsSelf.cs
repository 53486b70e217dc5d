using Py2Cs.Semantics.Binding;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Semantics.Inference;

/// <summary>
/// A method whose every <c>return</c> gives back its receiver (<c>def __enter__(self): return self</c>, a
/// fluent setter). Called on an instance of a subclass it returns that subclass's instance, which the one
/// C# method can only type as the class defining it: the caller's view is the receiver's type, and the
/// emitter casts the result down to it.
/// </summary>
public static class ReturnsSelf
{
    /// <summary>What calling <paramref name="method"/> on a <paramref name="receiver"/> gives: the receiver's own
    /// type where the method returns its receiver, else the method's result type.</summary>
    public static Types.PyType ResultOn(Types.InstanceType receiver, FunctionInfo method) =>
        method.ReturnType is Types.InstanceType && Holds(method) ? receiver : method.ReturnType;

    public static bool Holds(FunctionInfo f)
    {
        if (f.Class is null || f.Node.Args.PosOnlyArgs.Length + f.Node.Args.Args.Length == 0 || TypeInferrer.IsDecorated(f, "staticmethod") || TypeInferrer.IsDecorated(f, "classmethod"))
            return false;
        var self = (f.Node.Args.PosOnlyArgs.Length > 0 ? f.Node.Args.PosOnlyArgs[0] : f.Node.Args.Args[0]).Name;
        var finder = new ReturnFinder(self);
        finder.VisitBody(f.Node.Body);
        return finder.Returns > 0 && finder.AllSelf;
    }

    sealed class ReturnFinder(string self) : AstWalker
    {
        public int Returns;
        public bool AllSelf = true;

        public override void VisitStmt(Stmt stmt)
        {
            if (stmt is Return r)
            {
                Returns++;
                AllSelf &= r.Value is Name n && n.Id == self;
            }
            base.VisitStmt(stmt);
        }

        // A nested function's returns are its own.
        public override void VisitFunctionDef(FunctionDef f) { }

        public override void VisitClassDef(ClassDef c) { }
    }
}
