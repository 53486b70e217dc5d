using Py2Cs.Syntax.Ast;

namespace Py2Cs.Semantics.Binding;

/// <summary>
/// Which instance attributes every instance of a class has once it is constructed: those its <c>__init__</c> (its own
/// or the one it inherits) assigns in a statement at the top of its body, and those of the base class whose
/// <c>__init__</c> it calls there (<c>super().__init__(...)</c>, <c>Base.__init__(self, ...)</c>). Anything else (an
/// attribute a later method sets, one set in a branch, one set from outside) is missing until the program assigns it:
/// CPython's <c>hasattr</c> is false and <c>vars</c> leaves it out until then.
/// </summary>
public static class ConstructionAssignments
{
    /// <summary>Whether constructing an instance of <paramref name="cls"/> always assigns <c>self.name</c>.</summary>
    public static bool Assigns(ClassInfo cls, string name) => Assigns(cls, name, depth: 0);

    static bool Assigns(ClassInfo cls, string name, int depth)
    {
        if (depth > 20 || cls.FindMethod("__init__") is not { Parameters.Count: > 0 } init) return false;
        var self = init.Parameters[0].Name;
        var owner = init.Class ?? cls;
        foreach (var statement in init.Node.Body)
        {
            if (AssignsSelfAttribute(statement, self, name)) return true;
            if (CallsBaseInit(statement, self, owner) && owner.Base is { } initialized && Assigns(initialized, name, depth + 1)) return true;
        }
        return false;
    }

    static bool AssignsSelfAttribute(Stmt statement, string self, string name)
    {
        bool IsSelfAttribute(Expr e) => e is Attribute { Value: Name n, Attr: var attr } && n.Id == self && attr == name;
        return statement switch
        {
            Assign a => a.Targets.Any(t => IsSelfAttribute(t) || t is Tuple tt && tt.Elts.Any(IsSelfAttribute)),
            AnnAssign { Value: not null } a => IsSelfAttribute(a.Target),
            AugAssign a => IsSelfAttribute(a.Target),
            _ => false,
        };
    }

    /// <summary><c>super().__init__(...)</c> or <c>Base.__init__(self, ...)</c> as a statement of the class's own __init__.</summary>
    static bool CallsBaseInit(Stmt statement, string self, ClassInfo owner) => statement is ExprStmt
    {
        Value: Call { Func: Attribute { Attr: "__init__", Value: var through } } call
    } && (through is Call { Func: Name { Id: "super" } }
          || through is Name baseName && owner.DirectBases.Any(b => b.Name == baseName.Id) && call.Args is [Name { Id: var first }, ..] && first == self);
}
