using Py2Cs.Emit.Naming;
using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// A dynamic instance attribute that __init__ does not assign (set later by some method, on some paths
// only) starts as Unassigned.Value rather than None: until the program assigns it, Python's instance has
// no such attribute, so getattr(self, "seen", {}) takes its default and hasattr is False.
sealed partial class BodyEmitter
{
    ExpressionSyntax FieldInitialValue(ClassInfo cls, string name, PyType type) =>
        type is ObjectType && !IsDataclass(cls) && !cls.IsNamedTuple && !AssignedByInit(cls, name)
            && !cls.SelfAndBases().Any(c => c.Body.Local(name) is not null)
            ? CSharpNames.QualifiedExpr(nameof(Py2Cs.Runtime.Unassigned) + "." + nameof(Py2Cs.Runtime.Unassigned.Value))
            : DefaultValue(type);

    /// <summary>Whether a statement at the top level of the class's __init__ assigns <c>self.name</c>.</summary>
    static bool AssignedByInit(ClassInfo cls, string name)
    {
        if (cls.FindMethod("__init__") is not { Parameters.Count: > 0 } init) return false;
        var self = init.Parameters[0].Name;
        bool IsSelfAttribute(Expr e) => e is Attribute { Value: Name n, Attr: var attr } && n.Id == self && attr == name;
        return init.Node.Body.Any(s => s switch
        {
            Assign a => a.Targets.Any(t => IsSelfAttribute(t) || t is Tuple tt && tt.Elts.Any(IsSelfAttribute)),
            AnnAssign { Value: not null } a => IsSelfAttribute(a.Target),
            AugAssign a => IsSelfAttribute(a.Target),
            _ => false,
        });
    }
}
