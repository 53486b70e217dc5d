using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Types;

namespace Py2Cs.Semantics.Inference;

/// <summary>
/// A method and its overrides are one C# virtual method, so they share one result type: the join of
/// all their results. A base method that only raises (<c>raise NotImplementedError</c>) returns nothing
/// (Never) and takes its overrides' type; one that falls off the end (<c>pass</c>, <c>...</c>) adds None.
/// </summary>
public sealed partial class TypeInferrer
{
    void JoinOverrideResults()
    {
        // One family per method name and class hierarchy: every definition a class's MRO sees of a name
        // is the same C# virtual slot (a mixin's copy overrides the base class's method).
        var familyOf = new Dictionary<FunctionInfo, List<FunctionInfo>>();
        foreach (var cls in _tables.Classes.Values)
            foreach (var group in cls.Mro().SelectMany(c => c.Methods.Values).Where(IsVirtual).GroupBy(m => m.Name))
            {
                var merged = group.SelectMany(m => familyOf.GetValueOrDefault(m) ?? [m]).Distinct().ToList();
                foreach (var m in merged) familyOf[m] = merged;
            }
        foreach (var members in familyOf.Values.Distinct().Where(m => m.Count > 1))
        {
            var result = FamilyResult(members);
            foreach (var m in members)
                if (m.DeclaredReturn is null) m.ReturnType = result;
                else m.DeclaredReturn = result;
        }
    }

    /// <summary>What a family's one C# method returns. Annotated members give their annotations (joined with
    /// what contradicts them: an override declared <c>-> float</c> that returns an int); an unannotated member's
    /// result joins where it contradicts them, a stub's never does. Without annotations, the join of all.</summary>
    PyType FamilyResult(List<FunctionInfo> members)
    {
        // One dynamic member (demoted by the safety net) makes the whole family's result object.
        if (members.Any(DynamicResult)) return PyType.Object;
        var declared = members.Where(m => m.DeclaredReturn is not null).ToList();
        if (declared.Count == 0) return members.Aggregate(PyType.Never, (acc, m) => TypeLattice.Join(acc, m.ReturnType));
        var joined = declared.Select(EffectiveReturn).Aggregate(PyType.Never, TypeLattice.Join);
        foreach (var m in members)
            if (m.DeclaredReturn is null && !StubBodies.IsStub(m.Node) && Contradicts(joined, m.ReturnType)) joined = TypeLattice.Join(joined, m.ReturnType);
        return joined;
    }

    static bool IsVirtual(FunctionInfo m) => m.Name != "__init__" && !IsInitSubclass(m) && !IsDecorated(m, "staticmethod") && !IsDecorated(m, "classmethod");
}
