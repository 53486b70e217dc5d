using Py2Cs.Emit.Naming;
using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Types;

namespace Py2Cs.Emit;

// A dynamic instance attribute that construction does not assign (set later by some method, on some paths
// only; Semantics' ConstructionAssignments decides) starts as Unassigned.Value rather than None: until the program assigns
// it, Python's instance has no such attribute, so getattr(self, "seen", {}) takes its default and hasattr is False.
sealed partial class BodyEmitter
{
    ExpressionSyntax FieldInitialValue(ClassInfo cls, string name, PyType type) =>
        StartsUnassigned(cls, name, type)
            ? CSharpNames.QualifiedExpr(nameof(Py2Cs.Runtime.Unassigned) + "." + nameof(Py2Cs.Runtime.Unassigned.Value))
            : DefaultValue(type);

    bool StartsUnassigned(ClassInfo cls, string name, PyType type) =>
        type is ObjectType && !IsDataclass(cls) && !cls.IsNamedTuple && !ConstructionAssignments.Assigns(cls, name)
        && !cls.SelfAndBases().Any(c => c.Body.Local(name) is not null);

    /// <summary>[AssignedAfterConstruction(typeof(Sub), ...)] on a field that starts unassigned: vars() lists it after
    /// the others, except on instances of the subclasses named, whose construction assigns it.</summary>
    SyntaxList<AttributeListSyntax> LateFieldAttributes(ClassInfo cls, string name, PyType type)
    {
        if (!StartsUnassigned(cls, name, type)) return default;
        var constructedBy = _model.Tables.Classes.Values
            .Where(c => c != cls && c.SelfAndBases().Contains(cls) && ConstructionAssignments.Assigns(c, name))
            .Select(c => AttributeArgument(TypeOfExpression(CSharpNames.Id(c.Name)))).ToList();
        var attribute = Attribute(IdentifierName("AssignedAfterConstruction"));
        if (constructedBy.Count > 0) attribute = attribute.WithArgumentList(AttributeArgumentList(SeparatedList(constructedBy)));
        return SingletonList(AttributeList(SingletonSeparatedList(attribute)));
    }
}
