using Py2Cs.Semantics.Types;
using Py2Cs.Semantics.Library;
using Py2Cs.Syntax.Ast;
using Py2Cs.Syntax.Diagnostics;

namespace Py2Cs.Semantics.Binding;

/// <summary>
/// Builds Python's scopes and resolves every name, statically, the way CPython's symtable does:
/// a name bound anywhere in a function is local to the whole function unless declared global or
/// nonlocal; class bodies are not enclosing scopes for their methods; comprehensions have their
/// own scope; the walrus binds in the enclosing function.
/// </summary>
public sealed partial class Binder : AstWalker
{
    readonly BindingTables _tables = new();
    readonly List<Diagnostic> _diagnostics;
    readonly List<(Name Name, Scope Scope)> _uses = new();
    Scope _scope;

    Binder(Module module, List<Diagnostic> diagnostics)
    {
        _diagnostics = diagnostics;
        _tables.Builtins = new Scope(ScopeKind.Module, module, null);
        _scope = new Scope(ScopeKind.Module, module, null);
        _tables.ModuleScope = _scope;
        _tables.Scopes[module] = _scope;
    }

    public static BindingTables Bind(Module module, List<Diagnostic> diagnostics)
    {
        var binder = new Binder(module, diagnostics);
        binder._scope.Declare("__name__", SymbolKind.Builtin).Qualified = "__name__";
        binder._scope.Declare("__file__", SymbolKind.Builtin).Qualified = "__file__";
        // The module's __doc__ is its docstring, or None: the type is the module's, not the catalog's.
        var doc = binder._scope.Declare("__doc__", SymbolKind.Builtin);
        doc.Qualified = "__doc__";
        doc.Type = module.Docstring is null ? PyType.None : PyType.Str;
        binder.VisitBody(module.Body);
        binder.ResolveUses();
        binder.MarkReboundNestedDefs();
        binder.MarkReboundUnknownImports();
        binder.MarkHoistedLocalClasses();
        return binder._tables;
    }

    /// <summary>A nested def whose name is bound by something else too (a parameter it replaces, `if p is None:
    /// def p(...)`; a def per branch; an assignment), or is read outside the block the def sits in (a def in a
    /// loop, called after it): the name is a variable holding the function as a value, as in CPython, not the
    /// function itself; the def assigns it when it runs. (A C# local function cannot share its name with a local,
    /// a parameter or a second local function, and is not in scope outside its block.)</summary>
    void MarkReboundNestedDefs()
    {
        foreach (var f in _tables.Functions.Values)
        {
            if ((RebindsDecoratedModuleName(f) ?? ConditionalModuleDef(f)) is { } moduleSymbol)
            {
                f.NameRebound = true;
                moduleSymbol.Kind = SymbolKind.Variable;
                moduleSymbol.Function = null;
                continue;
            }
            if (f.DeclaringScope.Kind != ScopeKind.Function || f.DeclaringScope.Local(f.Name) is not { } symbol) continue;
            bool parameter = f.DeclaringScope.Function!.Parameters.Contains(symbol);
            if (symbol.BindingCount <= 1 && !parameter && !ReadOutsideItsBlock(f, symbol)) continue;
            f.NameRebound = true;
            symbol.Kind = parameter ? SymbolKind.Parameter : SymbolKind.Variable;
            symbol.Function = null;
        }
    }

    /// <summary>A module-level def whose name another def binds too, one of them decorated (the
    /// <c>@f.register def _(x: int)</c> idiom of <c>functools.singledispatch</c>): the name is a module variable
    /// each def assigns, as for nested defs above; the symbol, else null.</summary>
    Symbol? RebindsDecoratedModuleName(FunctionInfo f)
    {
        if (f.DeclaringScope.Kind != ScopeKind.Module || f.DeclaringScope.Local(f.Name) is not { BindingCount: > 1 } symbol) return null;
        var defs = _tables.Functions.Values.Where(g => g.DeclaringScope == f.DeclaringScope && g.Name == f.Name).ToList();
        return defs.Count > 1 && defs.Any(g => g.Node.DecoratorList.Length > 0) ? symbol : null;
    }

    /// <summary>A module-level def inside a compound statement (<c>try: from _speedups import f / except ImportError:
    /// def f(...)</c>, a def per branch of an <c>if</c>) whose name is read outside that block (a function, a method,
    /// a later statement): the name is a module variable the def assigns when it runs, as for nested defs above (the
    /// def's C# is a local function of the block, which nothing outside it can see); the symbol, else null.</summary>
    Symbol? ConditionalModuleDef(FunctionInfo f)
    {
        if (f.DeclaringScope.Kind != ScopeKind.Module || f.DeclaringScope.Owner is not Module module || f.DeclaringScope.Local(f.Name) is not { } symbol) return null;
        // `try: from json import dumps / except ImportError: def dumps(...)`: a known module's import wins.
        if (module.Body.Contains(f.Node) || _imports.Any(i => i.Symbol == symbol && IsKnown(i.Module))) return null;
        return ReadOutsideItsBlock(f, symbol, module.Body) ? symbol : null;
    }

    bool ReadOutsideItsBlock(FunctionInfo f, Symbol symbol) => ReadOutsideItsBlock(f, symbol, f.DeclaringScope.Function!.Node.Body);

    bool ReadOutsideItsBlock(FunctionInfo f, Symbol symbol, ImmutableArray<Stmt> body)
    {
        var block = BlockHolding(body, f.Node);
        if (block is not { Length: > 0 } b || b == body) return false;
        int start = b[0].Span.Start, end = b[^1].Span.End;
        return _tables.Names.Any(use => ReferenceEquals(use.Value, symbol) && use.Key is Name n && (n.Span.Start < start || n.Span.End > end));
    }

    /// <summary>The statement list (the function's body, or a block of a compound statement in it) that holds the def.</summary>
    static ImmutableArray<Stmt>? BlockHolding(ImmutableArray<Stmt> block, Stmt def)
    {
        foreach (var s in block)
        {
            if (ReferenceEquals(s, def)) return block;
            if (def.Span.Start < s.Span.Start || def.Span.End > s.Span.End) continue;
            foreach (var child in Py2Cs.Syntax.Comments.StatementBlocks.Of(s))
                if (BlockHolding(child, def) is { } found) return found;
        }
        return null;
    }

    // ---- bindings ---------------------------------------------------------------------------

    Symbol Bind(string name, SymbolKind kind, Scope? scope = null)
    {
        scope ??= _scope;
        if (scope.Globals.Contains(name)) scope = scope.Module;
        else if (scope.Nonlocals.Contains(name)) scope = FindNonlocal(scope, name) ?? scope;
        var symbol = scope.Declare(name, kind);
        symbol.BindingCount++;
        return symbol;
    }

    static Scope? FindNonlocal(Scope from, string name)
    {
        for (var s = from.Parent; s is not null && s.Kind != ScopeKind.Module; s = s.Parent)
            if (s.Kind is ScopeKind.Function or ScopeKind.Lambda && s.Local(name) is not null) return s;
        return null;
    }

    void BindTarget(Expr target)
    {
        switch (target)
        {
            case Name n: _tables.Names[n] = Bind(n.Id, SymbolKind.Variable); break;
            case Tuple t: foreach (var e in t.Elts) BindTarget(e); break;
            case List l: foreach (var e in l.Elts) BindTarget(e); break;
            case Starred s: BindTarget(s.Value); break;
            default: VisitExpr(target); break;
        }
    }

    public override void VisitStmt(Stmt stmt)
    {
        switch (stmt)
        {
            case Assign a:
                VisitExpr(a.Value);
                foreach (var t in a.Targets) BindTarget(t);
                return;
            case AugAssign a:
                VisitExpr(a.Value);
                if (a.Target is Name augName) { UseName(augName); Bind(augName.Id, SymbolKind.Variable); }
                else VisitExpr(a.Target);
                return;
            case AnnAssign a:
                if (a.Value is not null) VisitExpr(a.Value);
                VisitExpr(a.Annotation);
                BindTarget(a.Target);
                return;
            case For f:
                VisitExpr(f.Iter);
                BindTarget(f.Target);
                VisitBody(f.Body);
                VisitBody(f.OrElse);
                return;
            case With w:
                foreach (var item in w.Items)
                {
                    VisitExpr(item.ContextExpr);
                    if (item.OptionalVars is not null) BindTarget(item.OptionalVars);
                }
                VisitBody(w.Body);
                return;
            case Delete d:
                foreach (var t in d.Targets)
                    if (t is Name delName) { UseName(delName); Bind(delName.Id, SymbolKind.Variable); }
                    else VisitExpr(t);
                return;
            case Import i:
                foreach (var alias in i.Names) BindImport(alias, alias.AsName ?? alias.Name.Split('.')[0], alias.AsName is null ? alias.Name.Split('.')[0] : alias.Name);
                return;
            case ImportFrom f:
                foreach (var alias in f.Names)
                {
                    if (alias.Name == "*") { _diagnostics.Add(DiagnosticCodes.Unsupported.At(alias.Span, "'from ... import *' is not supported: import the names you use explicitly")); continue; }
                    var symbol = Bind(alias.AsName ?? alias.Name, SymbolKind.ImportedMember);
                    symbol.Kind = SymbolKind.ImportedMember;
                    symbol.Qualified = $"{f.Module}.{alias.Name}";
                    _imports.Add((symbol, f.Module ?? ""));
                }
                return;
            case Global g:
                foreach (var name in g.Names) { _scope.Globals.Add(name); _scope.Module.Declare(name, SymbolKind.Variable); }
                return;
            case Nonlocal nl:
                foreach (var name in nl.Names) _scope.Nonlocals.Add(name);
                return;
        }
        base.VisitStmt(stmt);
    }

    void BindImport(Alias alias, string boundName, string module)
    {
        var symbol = Bind(boundName, SymbolKind.Module);
        symbol.Kind = SymbolKind.Module;
        symbol.Qualified = module;
        _imports.Add((symbol, alias.Name));
    }

    public override void VisitHandler(ExceptHandler handler)
    {
        if (handler.Type is not null) VisitExpr(handler.Type);
        if (handler.Name is not null) Bind(handler.Name, SymbolKind.Variable);
        VisitBody(handler.Body);
    }

    static bool IsPropertyAccessor(FunctionDef f) =>
        f.DecoratorList.Any(d => d is Py2Cs.Syntax.Ast.Attribute { Attr: "setter" or "deleter" });

    public override void VisitFunctionDef(FunctionDef f)
    {
        Each(f.DecoratorList);
        VisitArgumentsOuter(f.Args);
        if (f.Returns is not null) VisitExpr(f.Returns);
        var declaring = _scope;
        var symbol = Bind(f.Name, SymbolKind.Function);
        var body = new Scope(ScopeKind.Function, f, _scope);
        var info = new FunctionInfo(f, declaring, body);
        body.Function = info;
        if (declaring.Kind == ScopeKind.Class)
        {
            info.Class = declaring.Class;
            // A property's @x.setter / @x.deleter def reuses the getter's name: the class's method x stays the getter.
            if (!IsPropertyAccessor(f) || !declaring.Class!.Methods.ContainsKey(f.Name)) declaring.Class!.Methods[f.Name] = info;
        }
        else { symbol.Kind = SymbolKind.Function; symbol.Function = info; }
        _tables.Functions[f] = info;
        _tables.Scopes[f] = body;
        WithScope(body, () =>
        {
            foreach (var arg in AllArgs(f.Args)) info.Parameters.Add(Bind(arg.Name, SymbolKind.Parameter));
            foreach (var p in info.Parameters) p.Kind = SymbolKind.Parameter;
            // Declarations first: `global x` may come after a use in the text but applies to the whole body.
            foreach (var s in f.Body) CollectDeclarations(s, body);
            VisitBody(f.Body);
        });
    }

    static void CollectDeclarations(Stmt s, Scope scope)
    {
        if (s is Global g) foreach (var n in g.Names) { scope.Globals.Add(n); scope.Module.Declare(n, SymbolKind.Variable); }
        if (s is Nonlocal nl) foreach (var n in nl.Names) scope.Nonlocals.Add(n);
    }

    public static IEnumerable<Arg> AllArgs(Arguments a)
    {
        foreach (var x in a.PosOnlyArgs) yield return x;
        foreach (var x in a.Args) yield return x;
        if (a.VarArg is not null) yield return a.VarArg;
        foreach (var x in a.KwOnlyArgs) yield return x;
        if (a.KwArg is not null) yield return a.KwArg;
    }

    public override void VisitClassDef(ClassDef c)
    {
        Each(c.DecoratorList);
        // `class X(object)` says what every class is already: the base names nothing to resolve.
        foreach (var b in c.Bases) if (!ClassAttributes.IsObjectBase(b)) VisitExpr(b);
        foreach (var k in c.Keywords) VisitExpr(k.Value);
        var symbol = Bind(c.Name, SymbolKind.Class);
        symbol.Kind = SymbolKind.Class;
        var scope = new Scope(ScopeKind.Class, c, _scope);
        var info = new ClassInfo(c, scope);
        scope.Class = info;
        symbol.Class = info;
        _tables.Classes[c] = info;
        _tables.Scopes[c] = scope;
        // A docstring is the class namespace's __doc__: a bare __doc__ in the class body reads it (the module's
        // only when the class has none); methods skip the class scope and read the module's, as in Python.
        if (c.Docstring is not null)
        {
            var doc = scope.Declare("__doc__", SymbolKind.Builtin);
            doc.Qualified = "__doc__";
            doc.Type = PyType.Str;
        }
        WithScope(scope, () => VisitBody(c.Body));
    }

    public override void VisitLambda(Lambda l)
    {
        VisitArgumentsOuter(l.Args);
        var scope = new Scope(ScopeKind.Lambda, l, _scope);
        _tables.Scopes[l] = scope;
        WithScope(scope, () =>
        {
            foreach (var arg in AllArgs(l.Args)) Bind(arg.Name, SymbolKind.Parameter).Kind = SymbolKind.Parameter;
            VisitExpr(l.Body);
        });
    }

    public override void VisitComprehension(Expr comp)
    {
        var (gens, elts) = Comprehensions.Parts(comp);
        VisitExpr(gens[0].Iter);
        var scope = new Scope(ScopeKind.Comprehension, comp, _scope);
        _tables.Scopes[comp] = scope;
        WithScope(scope, () =>
        {
            for (int i = 0; i < gens.Length; i++)
            {
                if (i > 0) VisitExpr(gens[i].Iter);
                BindTarget(gens[i].Target);
                Each(gens[i].Ifs);
            }
            Each(elts);
        });
    }

    public override void VisitExpr(Expr expr)
    {
        switch (expr)
        {
            case Name n:
                if (n.Ctx == ExprContext.Load) UseName(n);
                else _tables.Names[n] = Bind(n.Id, SymbolKind.Variable);
                return;
            case NamedExpr ne:
                VisitExpr(ne.Value);
                var target = _scope;
                while (target.Kind == ScopeKind.Comprehension) target = target.Parent!;
                _tables.Names[ne.Target] = Bind(ne.Target.Id, SymbolKind.Variable, target);
                return;
            case Yield or YieldFrom:
                if (_scope.Function is { } fn) fn.IsGenerator = true;
                break;
        }
        base.VisitExpr(expr);
    }

    public override void VisitPattern(Pattern p)
    {
        switch (p)
        {
            case MatchAs { Name: { } name }: Bind(name, SymbolKind.Variable); break;
            case MatchStar { Name: { } name }: Bind(name, SymbolKind.Variable); break;
            case MatchMapping { Rest: { } rest }: Bind(rest, SymbolKind.Variable); break;
        }
        base.VisitPattern(p);
    }

    void UseName(Name n) => _uses.Add((n, _scope));

    void WithScope(Scope scope, Action body)
    {
        var saved = _scope;
        _scope = scope;
        try { body(); }
        finally { _scope = saved; }
    }

    // ---- resolution -------------------------------------------------------------------------

    void ResolveUses()
    {
        foreach (var (name, scope) in _uses)
        {
            if (_tables.Names.ContainsKey(name)) continue;
            var symbol = Resolve(name.Id, scope, out bool crossedFunction);
            // `describe = describe` or `limit = limit * 2` in a class body: the class has no such name yet where it
            // is read, and Python's class-body lookup goes on to the enclosing scopes, so the read is theirs.
            if (symbol is not null && ReferenceEquals(symbol.Scope, scope) && scope is { Kind: ScopeKind.Class, Owner: ClassDef cls, Parent: { } outer }
                && !BoundBefore(cls, name))
                symbol = Resolve(name.Id, outer, out crossedFunction) ?? symbol;
            if (symbol is null && PythonBuiltins.Names.Contains(name.Id))
            {
                _diagnostics.Add(DiagnosticCodes.UnsupportedBuiltin.At(name.Span, PythonBuiltins.WhyUnsupported(name.Id)));
                continue;
            }
            if (symbol is null)
            {
                var hint = LibraryCatalog.Instance.IsModule(name.Id) ? $"; did you forget `import {name.Id}`?" : "";
                _diagnostics.Add(DiagnosticCodes.UndefinedName.At(name.Span, $"name '{name.Id}' is not defined{hint}"));
                continue;
            }
            if (crossedFunction) symbol.IsCaptured = true;
            _tables.Names[name] = symbol;
        }
    }

    /// <summary>Whether a statement of the class body before the one that reads <paramref name="use"/> binds its name
    /// (an assignment, a def or class, an import). The reading statement's own binding comes after the read.</summary>
    static bool BoundBefore(ClassDef cls, Name use)
    {
        foreach (var stmt in cls.Body)
        {
            if (stmt.Span.Start <= use.Span.Start && use.Span.End <= stmt.Span.End) return false;
            if (stmt.Span.Start > use.Span.Start) return true;   // not inside a top-level statement: keep the class's
            bool binds = stmt switch
            {
                Assign a => a.Targets.Any(t => BindsName(t, use.Id)),
                AnnAssign { Value: not null } a => BindsName(a.Target, use.Id),
                AugAssign a => BindsName(a.Target, use.Id),
                FunctionDef f => f.Name == use.Id,
                ClassDef c => c.Name == use.Id,
                Import i => i.Names.Any(n => (n.AsName ?? n.Name.Split('.')[0]) == use.Id),
                ImportFrom f => f.Names.Any(n => (n.AsName ?? n.Name) == use.Id),
                ExprStmt when use.Id == "__doc__" && cls.Docstring is not null && ReferenceEquals(stmt, cls.Body[0]) => true,   // the docstring binds __doc__
                ExprStmt or Pass => false,
                _ => true,   // a compound statement may bind it somewhere inside: keep the class's
            };
            if (binds) return true;
        }
        return true;
    }

    static bool BindsName(Expr target, string id) => target switch
    {
        Name n => n.Id == id,
        Syntax.Ast.Tuple t => t.Elts.Any(e => BindsName(e, id)),
        List l => l.Elts.Any(e => BindsName(e, id)),
        Starred st => BindsName(st.Value, id),
        _ => false,
    };

    Symbol? Resolve(string id, Scope scope, out bool crossedFunction)
    {
        crossedFunction = false;
        if (scope.Globals.Contains(id)) return scope.Module.Local(id) ?? Builtin(id);
        bool first = true;
        for (var s = scope; s is not null; s = s.Parent)
        {
            if (!first && s.Kind == ScopeKind.Class) continue;   // class bodies do not enclose
            if (s == scope && s.Nonlocals.Contains(id)) { first = false; continue; }
            if (s.Local(id) is { } found)
            {
                if (!first && s.Kind != ScopeKind.Module) crossedFunction = true;
                return found;
            }
            if (s.Kind is ScopeKind.Function or ScopeKind.Lambda or ScopeKind.Comprehension) first = false;
        }
        return Builtin(id);
    }

    Symbol? Builtin(string id)
    {
        if (_tables.Builtins.Local(id) is { } known) return known;
        // A module is a name only where an import binds it: `asyncio` without `import asyncio` is a NameError.
        if (LibraryCatalog.Instance.IsModule(id) || LibraryCatalog.Instance.Lookup(id) is null) return null;
        var symbol = _tables.Builtins.Declare(id, SymbolKind.Builtin);
        symbol.Qualified = id;
        return symbol;
    }
}
