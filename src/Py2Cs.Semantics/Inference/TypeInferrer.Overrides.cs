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
    /// <summary>One family per method name and class hierarchy: every definition a class's MRO sees of a name
    /// is the same C# virtual slot (a mixin's copy overrides the base class's method).</summary>
    IEnumerable<List<FunctionInfo>> OverrideFamilies()
    {
        var familyOf = new Dictionary<FunctionInfo, List<FunctionInfo>>();
        foreach (var cls in _tables.Classes.Values)
            foreach (var group in cls.Mro().SelectMany(c => c.Methods.Values).Where(IsVirtual).GroupBy(m => m.Name))
            {
                var merged = group.SelectMany(m => familyOf.GetValueOrDefault(m) ?? [m]).Distinct().ToList();
                foreach (var m in merged) familyOf[m] = merged;
            }
        return familyOf.Values.Distinct().Where(m => m.Count > 1);
    }

    /// <summary>The one C# virtual method also has one type per parameter: what a base method's callers pass
    /// (<c>await self.handle(msg)</c> with a str) reaches the override, and the override's callers' values the
    /// base, as Python's dispatch does. Positional parameters are matched by position, after self.</summary>
    void ShareOverrideParameters()
    {
        foreach (var members in OverrideFamilies())
        {
            int count = members.Min(m => m.Node.Args.PosOnlyArgs.Length + m.Node.Args.Args.Length);
            for (int i = 1; i < count; i++)
            {
                var joined = members.Aggregate(PyType.Never, (acc, m) => TypeLattice.Join(acc, m.Parameters[i].Type));
                foreach (var m in members) Widen(m.Parameters[i], joined);
            }
        }
    }

    void JoinOverrideResults()
    {
        foreach (var members in OverrideFamilies())
        {
            // A generator's C# method returns its generator object, a plain method its result: mixed, both are object.
            bool mixed = members.Any(m => m.IsGenerator && !m.IsAsync) && members.Any(m => !m.IsGenerator && !m.IsAsync);
            if (mixed) foreach (var m in members.Where(m => m.IsGenerator)) m.GeneratorReturnsObject = true;
            var result = mixed ? PyType.Object : FamilyResult(members);
            foreach (var m in members.Where(m => !m.GeneratorReturnsObject))
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
