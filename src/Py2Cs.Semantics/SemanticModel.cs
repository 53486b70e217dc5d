using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Inference;
using Py2Cs.Semantics.Types;
using Py2Cs.Semantics.Verdicts;
using Py2Cs.Syntax.Ast;
using Py2Cs.Syntax.Diagnostics;

namespace Py2Cs.Semantics;

/// <summary>Everything the analysis learned about a module, for the emitter.</summary>
public sealed class SemanticModel
{
    readonly IReadOnlyDictionary<Expr, PyType> _types;

    SemanticModel(Module module, BindingTables tables, IReadOnlyDictionary<Expr, PyType> types, ImmutableArray<Diagnostic> diagnostics, DynamicScopes dynamic)
    {
        Dynamic = dynamic;
        Module = module;
        Tables = tables;
        _types = types;
        Diagnostics = diagnostics;
    }

    public Module Module { get; }
    public BindingTables Tables { get; }
    public ImmutableArray<Diagnostic> Diagnostics { get; }
    /// <summary>What the model was analysed with: the scopes translated dynamically, the statements stood in for.</summary>
    public DynamicScopes Dynamic { get; }

    /// <summary>Binds names, then infers types. Passes in this order; each reads only what the previous produced.</summary>
    /// <param name="dynamic">Scopes to translate dynamically (forced, or demoted after a failed compile).</param>
    public static SemanticModel Analyze(Module module, DynamicScopes? dynamic = null)
    {
        var diagnostics = new List<Diagnostic>();
        module = Lowering.NamedTupleCalls.Lower(module);
        module = Lowering.TypedDictClasses.Lower(module);
        var tables = Binder.Bind(module, diagnostics);
        Warnings.BlockingCallsInAsync.Check(module, tables, diagnostics);
        var types = TypeInferrer.Infer(module, tables, dynamic);
        return new SemanticModel(module, tables, types, diagnostics.ToImmutableArray(), dynamic ?? DynamicScopes.None);
    }

    /// <summary>The inferred type of an expression; what stayed unknown is Object.</summary>
    public PyType TypeOf(Expr e) => _types.TryGetValue(e, out var t) ? TypeLattice.Finish(t) : PyType.Object;
    public Symbol? SymbolOf(Name n) => Tables.Names.GetValueOrDefault(n);
    public Scope ScopeOf(Node owner) => Tables.Scopes[owner];
    public FunctionInfo FunctionOf(FunctionDef f) => Tables.Functions[f];
    public ClassInfo ClassOf(ClassDef c) => Tables.Classes[c];
}
