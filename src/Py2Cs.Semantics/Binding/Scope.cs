using Py2Cs.Syntax.Ast;

namespace Py2Cs.Semantics.Binding;

public enum ScopeKind { Module, Function, Class, Lambda, Comprehension }

/// <summary>A Python scope: the names bound in it and how free names resolve (LEGB; class bodies are
/// not visible from the functions nested in them, as in Python).</summary>
public sealed class Scope(ScopeKind kind, Node owner, Scope? parent)
{
    readonly Dictionary<string, Symbol> _symbols = new();

    public ScopeKind Kind { get; } = kind;
    public Node Owner { get; } = owner;
    public Scope? Parent { get; } = parent;
    public FunctionInfo? Function { get; internal set; }
    public ClassInfo? Class { get; internal set; }
    public HashSet<string> Globals { get; } = new();
    public HashSet<string> Nonlocals { get; } = new();
    public IReadOnlyDictionary<string, Symbol> Symbols => _symbols;

    /// <summary>The symbols in the order they were first bound (stable output).</summary>
    public List<Symbol> Ordered { get; } = new();

    public Symbol? Local(string name) => _symbols.GetValueOrDefault(name);

    internal Symbol Declare(string name, SymbolKind kind)
    {
        if (_symbols.TryGetValue(name, out var existing)) return existing;
        var symbol = new Symbol(name, kind, this);
        _symbols[name] = symbol;
        Ordered.Add(symbol);
        return symbol;
    }

    public Scope Module => Parent is null ? this : Parent.Module;

    /// <summary>The nearest enclosing scope that is a function (or the module).</summary>
    public Scope EnclosingFunctionOrModule => Kind is ScopeKind.Function or ScopeKind.Module ? this : Parent!.EnclosingFunctionOrModule;
}
