using Py2Cs.Syntax.Ast;

namespace Py2Cs.Semantics.Binding;

/// <summary>What name binding produced: a scope per scope-owning node, a symbol per name use,
/// and the function/class records. Keyed by node identity (records compare by value).</summary>
public sealed class BindingTables
{
    public Dictionary<Node, Scope> Scopes { get; } = new(ReferenceEqualityComparer.Instance);
    public Dictionary<Node, Symbol> Names { get; } = new(ReferenceEqualityComparer.Instance);
    public Dictionary<FunctionDef, FunctionInfo> Functions { get; } = new(ReferenceEqualityComparer.Instance);
    public Dictionary<ClassDef, ClassInfo> Classes { get; } = new(ReferenceEqualityComparer.Instance);
    public Scope Builtins { get; internal set; } = null!;
    public Scope ModuleScope { get; internal set; } = null!;
}
