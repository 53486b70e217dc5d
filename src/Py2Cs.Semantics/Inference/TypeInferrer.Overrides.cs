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
        var families = new Dictionary<(ClassInfo Root, string Name), List<FunctionInfo>>();
        foreach (var cls in _tables.Classes.Values)
            foreach (var method in cls.Methods.Values)
            {
                if (method.Name == "__init__" || IsDecorated(method, "staticmethod") || IsDecorated(method, "classmethod")) continue;
                var root = cls.SelfAndBases().Last(c => c.Methods.ContainsKey(method.Name));
                var key = (root, method.Name);
                if (!families.TryGetValue(key, out var members)) families[key] = members = [];
                members.Add(method);
            }
        foreach (var members in families.Values.Where(m => m.Count > 1))
        {
            var declared = members.Select(m => m.DeclaredReturn).FirstOrDefault(d => d is not null);
            // One dynamic member (demoted by the safety net) makes the whole family's result object.
            var joined = declared ?? (members.Any(DynamicResult) ? PyType.Object
                : members.Aggregate(PyType.Never, (acc, m) => TypeLattice.Join(acc, m.ReturnType)));
            foreach (var m in members)
                if (m.DeclaredReturn is null) m.ReturnType = joined;
        }
    }
}
