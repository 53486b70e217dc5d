using Py2Cs.Semantics.Types;

namespace Py2Cs.Semantics.Binding;

public enum SymbolKind
{
    /// <summary>A variable assigned in its scope (module-level ones become static fields).</summary>
    Variable,
    Parameter,
    Function,
    Class,
    /// <summary><c>import asyncio as aio</c>: Qualified is the module name.</summary>
    Module,
    /// <summary><c>from asyncio import sleep</c>: Qualified is "asyncio.sleep".</summary>
    ImportedMember,
    /// <summary>A builtin (<c>print</c>, <c>ValueError</c>): Qualified is the builtin's name.</summary>
    Builtin,
}

/// <summary>A name bound in a scope. Its type is refined by inference until it stops changing.</summary>
public sealed class Symbol(string name, SymbolKind kind, Scope scope)
{
    public string Name { get; } = name;
    public SymbolKind Kind { get; internal set; } = kind;
    public Scope Scope { get; } = scope;

    /// <summary>The inferred type (the join of everything assigned), or the declared one.</summary>
    public PyType Type { get; internal set; } = PyType.Never;

    /// <summary>Set when an annotation fixes the type: assignments no longer widen it.</summary>
    public PyType? DeclaredType { get; internal set; }

    public FunctionInfo? Function { get; internal set; }
    public ClassInfo? Class { get; internal set; }
    public string? Qualified { get; internal set; }

    /// <summary>Read or written from a nested function or lambda (a closure captures it).</summary>
    public bool IsCaptured { get; internal set; }

    /// <summary>Bound more than once (reassigned, deleted, loop target...).</summary>
    public int BindingCount { get; internal set; }

    public override string ToString() => $"{Kind} {Name}: {Type}";
}
