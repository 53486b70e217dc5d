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
            var declared = members.Select(m => m.DeclaredReturn).FirstOrDefault(d => d is not null);
            // One dynamic member (demoted by the safety net) makes the whole family's result object.
            var joined = declared ?? (members.Any(DynamicResult) ? PyType.Object
                : members.Aggregate(PyType.Never, (acc, m) => TypeLattice.Join(acc, m.ReturnType)));
            foreach (var m in members)
                if (m.DeclaredReturn is null) m.ReturnType = joined;
        }
    }

    static bool IsVirtual(FunctionInfo m) => m.Name != "__init__" && !IsDecorated(m, "staticmethod") && !IsDecorated(m, "classmethod");
}
