using Py2Cs.Semantics.Binding;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// A loop variable read by a lambda or def inside the function becomes one variable of the function,
// not a variable of the loop:
//   for i in range(3): fs.append(lambda: i)   becomes   long i = default; foreach (var item in range(3)) { i = item; fs.append(() => i); }
// Python's closures see the variable itself (late binding): after the loop every one reads the last i.
// A C# foreach variable is new in each iteration and a for variable ends one step past the last value,
// so neither would print what CPython prints.
sealed partial class BodyEmitter
{
    List<Node>? _nestedFunctions;

    /// <summary>Whether a use of the variable is inside a lambda or a nested def of this body.</summary>
    bool ReadByNestedFunction(List<Node> uses, ImmutableArray<Stmt> body)
    {
        if (_nestedFunctions is null)
        {
            var finder = new NestedFunctionFinder();
            finder.VisitBody(body);
            _nestedFunctions = finder.Found;
        }
        return uses.Any(u => _nestedFunctions.Any(f => Within(u, f)));
    }

    sealed class NestedFunctionFinder : AstWalker
    {
        public readonly List<Node> Found = [];

        public override void VisitExpr(Expr expr)
        {
            if (expr is Lambda) Found.Add(expr);
            base.VisitExpr(expr);
        }

        public override void VisitStmt(Stmt stmt)
        {
            if (stmt is FunctionDef) Found.Add(stmt);
            base.VisitStmt(stmt);
        }
    }
}
