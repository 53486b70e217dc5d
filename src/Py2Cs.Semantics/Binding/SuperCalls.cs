using Py2Cs.Syntax.Ast;

namespace Py2Cs.Semantics.Binding;

/// <summary>
/// <c>super()</c> and its spelled-out form <c>super(C, self)</c> in a method of <c>C</c> (self being the
/// method's first parameter) are the same proxy: the next class after C in the MRO of self's class.
/// The passes treat both as the zero-argument form; any other two-argument form (skipping a class)
/// stays a plain call.
/// </summary>
public static class SuperCalls
{
    public static bool IsSuper(Expr e, FunctionInfo? method) => e is Call { Func: Name { Id: "super" } } call && (call.Args.Length == 0 && call.Keywords.Length == 0
        || call.Args is [Name { Id: var cls }, Name { Id: var self }] && call.Keywords.Length == 0
           && method?.Class?.Name == cls && method.Parameters.Count > 0 && method.Parameters[0].Name == self);
}
