using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Semantics.Binding;

public enum MethodKind { None, Instance, Static, Class, Property, PropertySetter }

/// <summary>What the analysis knows about one <c>def</c> or <c>async def</c>.</summary>
public sealed class FunctionInfo(FunctionDef node, Scope scope, Scope body)
{
    public FunctionDef Node { get; } = node;
    public string Name => Node.Name;
    public bool IsAsync => Node.IsAsync;
    /// <summary>The scope the def statement binds its name in.</summary>
    public Scope DeclaringScope { get; } = scope;
    /// <summary>The function's own scope.</summary>
    public Scope Body { get; } = body;
    public List<Symbol> Parameters { get; } = new();
    public bool IsGenerator { get; internal set; }
    public ClassInfo? Class { get; internal set; }
    public MethodKind MethodKind { get; internal set; }
    /// <summary>Nested in another function: emitted as a C# local function.</summary>
    public bool IsNested => DeclaringScope.Kind is ScopeKind.Function;

    /// <summary>The join of every returned value (None for a bare return or falling off the end).</summary>
    public PyType ReturnType { get; internal set; } = PyType.Never;
    public PyType? DeclaredReturn { get; internal set; }
    /// <summary>For an async generator: the join of every yielded value (None for a bare <c>yield</c>).</summary>
    public PyType YieldType { get; internal set; } = PyType.Never;
    public bool IsAsyncGenerator => IsAsync && IsGenerator;
    /// <summary>A generator method overridden by (or overriding) a plain method (_collections_abc's Iterable.__iter__
    /// and Iterator.__iter__): their one C# virtual method returns object, which the generator object is.</summary>
    public bool GeneratorReturnsObject { get; internal set; }
    /// <summary>True when some path falls off the end or says a bare <c>return</c>.</summary>
    public bool ReturnsNone { get; internal set; }

    /// <summary>Called only in ways the analysis understands (direct calls); parameters then take
    /// the join of the argument types.</summary>
    public bool EscapesAsValue { get; internal set; }

    /// <summary>The def's name is bound to what its decorators return (an object), not to the function itself;
    /// also for an undecorated nested def whose name is rebound (<see cref="NameRebound"/>): the function as a value.</summary>
    public bool DecoratorsApplied { get; internal set; }

    /// <summary>A nested def whose name something else binds too (a parameter, another def, an assignment): the
    /// name is an ordinary variable of its scope, which the def assigns.</summary>
    public bool NameRebound { get; internal set; }

    /// <summary>Python's <c>__qualname__</c>: <c>Shop.restock</c>, <c>main.&lt;locals&gt;.worker</c>.</summary>
    public string QualName => QualNamePrefix(DeclaringScope) + Name;

    /// <summary>What <c>__qualname__</c> puts before a name defined in <paramref name="scope"/>: <c>Shop.</c>,
    /// <c>main.&lt;locals&gt;.</c>, <c>&lt;lambda&gt;.&lt;locals&gt;.</c>; empty at module level.</summary>
    public static string QualNamePrefix(Scope scope) => scope switch
    {
        { Kind: ScopeKind.Module } => "",
        { Kind: ScopeKind.Class, Class: { } c, Parent: { } p } => QualNamePrefix(p) + c.Name + ".",
        { Kind: ScopeKind.Function, Function: { } f, Parent: { } p } => QualNamePrefix(p) + f.Name + ".<locals>.",
        { Kind: ScopeKind.Lambda, Parent: { } p } => QualNamePrefix(p) + "<lambda>.<locals>.",
        { Parent: { } p } => QualNamePrefix(p),
        _ => "",
    };

    public override string ToString() => Name;
}
