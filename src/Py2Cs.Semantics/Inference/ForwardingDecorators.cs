using Py2Cs.Semantics.Binding;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Semantics.Inference;

/// <summary>
/// Decorated functions whose every call inference still sees: each decorator hands the arguments of a call
/// on to the function unchanged, and the decorated name is only ever called. Such a function keeps typed
/// parameters (the join of what its call sites pass), behind the function object its decorators return.
/// A decorator forwards when it is
/// <list type="bullet">
/// <item>a program function <c>deco(fn)</c>, or a program factory <c>deco_factory(...)</c> whose returns all
/// name one such nested <c>deco</c>, which returns a nested wrapper, decorated with nothing or
/// <c>functools.wraps(fn)</c>, that calls <c>fn(*args, **kwargs)</c> (or <c>fn(a, b)</c> with its own
/// positional parameters, in order) and never rebinds those parameters, mutates its <c>**kwargs</c> or lets
/// <c>fn</c> or itself go anywhere else (attribute reads and stores such as <c>wrapper.calls = 0</c> are fine);</item>
/// <item>functools.cache or functools.lru_cache, which call the function with the arguments they were given.</item>
/// </list>
/// </summary>
sealed class ForwardingDecorators
{
    /// <summary>How a wrapper hands its arguments on: all of them (*args, **kwargs), or its positional parameters in order.</summary>
    public enum Forwarding { Spread, Positional }

    enum Role { Callee, AttributeReceiver, CalledAttributeReceiver, StarArgument, DoubleStarArgument, Argument, Other }

    // A record, not a (Role, Node?) tuple: every translation builds this table, and a Dictionary of a value
    // tuple is JIT-compiled at start-up where one of a class runs ReadyToRun code (bench/README.md, session 12).
    sealed record NameRole(Role Role, Node? Parent);

    readonly BindingTables _tables;
    readonly Dictionary<Name, NameRole> _roles = new(ReferenceEqualityComparer.Instance);
    readonly Dictionary<Symbol, List<Name>> _uses = new(ReferenceEqualityComparer.Instance);

    ForwardingDecorators(Module module, BindingTables tables)
    {
        _tables = tables;
        new RoleWalker(_roles).VisitBody(module.Body);
        foreach (var name in _roles.Keys)
            if (tables.Names.GetValueOrDefault(name) is { } symbol)
                (_uses.TryGetValue(symbol, out var list) ? list : _uses[symbol] = []).Add(name);
    }

    /// <summary>What a forwarding chain keeps: how arguments reach the function, and whether a call of the
    /// decorated name gives the function's own result (every wrapper returns <c>fn(...)</c> as it is).</summary>
    public sealed record Forwarded(Forwarding How, bool KeepsResult);

    /// <summary>The decorated functions whose calls reach them with the caller's arguments.</summary>
    public static Dictionary<FunctionInfo, Forwarded> Find(Module module, BindingTables tables)
    {
        var finder = new ForwardingDecorators(module, tables);
        var found = new Dictionary<FunctionInfo, Forwarded>(ReferenceEqualityComparer.Instance);
        foreach (var f in tables.Functions.Values)
        {
            if (!f.DecoratorsApplied || f.Class is not null || f.Node.DecoratorList.Length == 0) continue;
            if (!finder.OnlyCalled(f)) continue;
            Forwarded? chain = new(Forwarding.Spread, !f.IsAsync && !f.IsGenerator);
            foreach (var d in f.Node.DecoratorList)
            {
                if (finder.Forwards(d) is not { } one) { chain = null; break; }
                chain = new(chain.How == Forwarding.Positional ? chain.How : one.How, chain.KeepsResult && one.KeepsResult);
            }
            if (chain is not null) found[f] = chain;
        }
        return found;
    }

    /// <summary>The name the def binds is bound once and only called or read an attribute of (<c>f.__name__</c>).</summary>
    bool OnlyCalled(FunctionInfo f)
    {
        if (f.DeclaringScope.Local(f.Name) is not { Kind: SymbolKind.Function, BindingCount: 1 } symbol || !ReferenceEquals(symbol.Function, f)) return false;
        return UsesOf(symbol).All(n => n.Ctx == ExprContext.Load && _roles[n] is (Role.Callee or Role.AttributeReceiver, _)
            or (Role.CalledAttributeReceiver, Attribute { Attr: "cache_info" or "cache_clear" }));
    }

    List<Name> UsesOf(Symbol s) => _uses.GetValueOrDefault(s) ?? [];

    Forwarded? Forwards(Expr decorator)
    {
        if (IsLibraryCache(decorator)) return new(Forwarding.Spread, KeepsResult: true);
        switch (decorator)
        {
            case Name n when FunctionOf(n) is { } deco:
                return DecoratorForwards(deco);
            case Call { Func: Name n } when FunctionOf(n) is { } factory && !factory.IsAsync && !factory.IsGenerator:
                var returned = ReturnedFunctions(factory, out _);
                return returned is [var deco2] ? DecoratorForwards(deco2) : null;
            default:
                return null;
        }
    }

    /// <summary><c>@functools.cache</c>, <c>@lru_cache</c>, <c>@functools.lru_cache(maxsize=None)</c>.</summary>
    bool IsLibraryCache(Expr decorator)
    {
        var head = decorator is Call { Args.Length: <= 1 } c && c.Args.All(a => a is not Starred) ? c.Func : decorator;
        var qualified = head switch
        {
            Name n when _tables.Names.GetValueOrDefault(n) is { Kind: SymbolKind.ImportedMember } s => s.Qualified,
            Attribute { Value: Name m } a when _tables.Names.GetValueOrDefault(m) is { Kind: SymbolKind.Module } s => s.Qualified + "." + a.Attr,
            _ => null,
        };
        return qualified is "functools.cache" or "functools.lru_cache";
    }

    FunctionInfo? FunctionOf(Name n) =>
        _tables.Names.GetValueOrDefault(n) is { Kind: SymbolKind.Function, BindingCount: 1, Function: { DecoratorsApplied: false, Class: null } f } && f.Node.DecoratorList.Length == 0 ? f : null;

    /// <summary><c>def deco(fn): ... return wrapper</c>, the wrapper forwarding its arguments to fn.</summary>
    Forwarded? DecoratorForwards(FunctionInfo deco)
    {
        var a = deco.Node.Args;
        if (deco.IsAsync || deco.IsGenerator || deco.Parameters.Count != 1 || a.PosOnlyArgs.Length + a.Args.Length != 1) return null;
        var fn = deco.Parameters[0];
        if (ReturnedFunctions(deco, out var returnValues) is not [var wrapper] || !ReferenceEquals(wrapper.DeclaringScope, deco.Body)) return null;
        if (wrapper.DeclaringScope.Local(wrapper.Name) is not { BindingCount: 1 } wrapperSymbol) return null;
        // The wrapper leaves the decorator only as its result: anything else could call it with other arguments.
        if (!UsesOf(wrapperSymbol).All(n => returnValues.Contains(n) || _roles[n].Role is Role.AttributeReceiver)) return null;
        if (!WrapsOnly(wrapper, fn)) return null;
        var how = WrapperShape(wrapper);
        if (how is null) return null;
        foreach (var use in UsesOf(fn))
        {
            if (use.Ctx != ExprContext.Load) return null;
            var (role, parent) = _roles[use];
            bool ok = role switch
            {
                Role.Callee => parent is Call call && IsForwardingCall(call, wrapper, how.Value),
                Role.AttributeReceiver => true,
                Role.Argument => parent is Call wraps && wrapper.Node.DecoratorList.Any(d => ReferenceEquals(d, wraps)),
                _ => false,
            };
            if (!ok) return null;
        }
        return ParametersUntouched(wrapper, how.Value) ? new(how.Value, ReturnsForwardedResult(wrapper, fn, how.Value)) : null;
    }

    /// <summary>A plain def wrapper whose every way out is <c>return fn(...)</c> (or a raise): its result is fn's.</summary>
    bool ReturnsForwardedResult(FunctionInfo wrapper, Symbol fn, Forwarding how)
    {
        if (wrapper.IsAsync || wrapper.IsGenerator || ControlFlow.CanFallThrough(wrapper.Node.Body)) return false;
        var returns = new ReturnWalker();
        returns.VisitBody(wrapper.Node.Body);
        return returns.Returns.Count > 0 && returns.Returns.All(r => r.Value is Call { Func: Name callee } call
            && ReferenceEquals(_tables.Names.GetValueOrDefault(callee), fn) && IsForwardingCall(call, wrapper, how));
    }

    /// <summary>The wrapper is decorated with nothing, or with <c>functools.wraps(fn)</c> alone.</summary>
    bool WrapsOnly(FunctionInfo wrapper, Symbol fn)
    {
        var decorators = wrapper.Node.DecoratorList;
        if (decorators.Length == 0) return true;
        if (decorators is not [Call { Args: [Name target], Keywords.Length: 0 } call] || !ReferenceEquals(_tables.Names.GetValueOrDefault(target), fn)) return false;
        var root = call.Func is Attribute { Value: Name m } ? m : call.Func as Name;
        return root is not null && _tables.Names.GetValueOrDefault(root) is { } s && TypeInferrer.IsFunctoolsWraps(call.Func, s);
    }

    static Forwarding? WrapperShape(FunctionInfo wrapper)
    {
        var a = wrapper.Node.Args;
        if (a.KwOnlyArgs.Length > 0 || a.Defaults.Length > 0) return null;
        if (a.VarArg is not null) return a.PosOnlyArgs.Length + a.Args.Length == 0 ? Forwarding.Spread : null;
        return a.KwArg is null ? Forwarding.Positional : null;
    }

    /// <summary><c>fn(*args, **kwargs)</c> with the wrapper's own parameters (<c>fn(*args)</c> when it has no **kwargs),
    /// or <c>fn(a, b)</c> with its positional parameters in order.</summary>
    bool IsForwardingCall(Call call, FunctionInfo wrapper, Forwarding how)
    {
        var a = wrapper.Node.Args;
        if (how == Forwarding.Spread)
        {
            if (call.Args is not [Starred { Value: Name args }] || !IsParameter(args, wrapper, a.VarArg!.Name)) return false;
            if (a.KwArg is null) return call.Keywords.Length == 0;
            return call.Keywords is [{ Name: null, Value: Name kwargs }] && IsParameter(kwargs, wrapper, a.KwArg.Name);
        }
        var names = a.PosOnlyArgs.Concat(a.Args).ToList();
        if (call.Keywords.Length > 0 || call.Args.Length != names.Count) return false;
        return call.Args.Select((arg, i) => arg is Name n && IsParameter(n, wrapper, names[i].Name)).All(ok => ok);
    }

    bool IsParameter(Name n, FunctionInfo f, string name) =>
        _tables.Names.GetValueOrDefault(n) is { } s && ReferenceEquals(s, f.Parameters.FirstOrDefault(p => p.Name == name));

    static readonly HashSet<string> ReadingMethods = ["items", "keys", "values", "get", "copy"];

    /// <summary>The wrapper never rebinds the parameters it forwards, and reads its **kwargs without changing it.</summary>
    bool ParametersUntouched(FunctionInfo wrapper, Forwarding how)
    {
        foreach (var p in wrapper.Parameters)
        {
            foreach (var use in UsesOf(p))
            {
                if (use.Ctx != ExprContext.Load) return false;
                if (wrapper.Node.Args.KwArg is { } kw && p.Name == kw.Name)
                {
                    var (role, parent) = _roles[use];
                    bool reads = role switch
                    {
                        Role.DoubleStarArgument => true,
                        Role.CalledAttributeReceiver => parent is Attribute at && ReadingMethods.Contains(at.Attr),
                        Role.Argument => parent is Call { Func: Name f } && _tables.Names.GetValueOrDefault(f) is { Kind: SymbolKind.Builtin },
                        _ => false,
                    };
                    if (!reads) return false;
                }
            }
        }
        return true;
    }

    /// <summary>The functions a def returns: each return names a def of its own body. Empty when any return is something else.</summary>
    List<FunctionInfo> ReturnedFunctions(FunctionInfo f, out HashSet<Name> returnValues)
    {
        var returns = new ReturnWalker();
        returns.VisitBody(f.Node.Body);
        returnValues = new HashSet<Name>(ReferenceEqualityComparer.Instance);
        var found = new List<FunctionInfo>();
        foreach (var r in returns.Returns)
        {
            if (r.Value is not Name n || _tables.Names.GetValueOrDefault(n) is not { Kind: SymbolKind.Function, Function: { } g } || !ReferenceEquals(g.DeclaringScope, f.Body))
                return [];
            returnValues.Add(n);
            if (!found.Contains(g)) found.Add(g);
        }
        return found;
    }

    /// <summary>The return statements of one def, not of the defs, lambdas and classes inside it.</summary>
    sealed class ReturnWalker : AstWalker
    {
        public List<Return> Returns { get; } = [];
        public override void VisitStmt(Stmt stmt)
        {
            if (stmt is Return r) Returns.Add(r);
            base.VisitStmt(stmt);
        }
        public override void VisitFunctionDef(FunctionDef f) { }
        public override void VisitClassDef(ClassDef c) { }
        public override void VisitLambda(Lambda l) { }
    }

    /// <summary>What each name use is part of: the callee of a call, an attribute's receiver, a starred argument...</summary>
    sealed class RoleWalker(Dictionary<Name, NameRole> roles) : AstWalker
    {
        public override void VisitExpr(Expr expr)
        {
            switch (expr)
            {
                case Call c:
                    if (c.Func is Name callee) roles[callee] = new(Role.Callee, c);
                    if (c.Func is Attribute { Value: Name receiver } method) roles[receiver] = new(Role.CalledAttributeReceiver, method);
                    foreach (var a in c.Args)
                    {
                        if (a is Starred { Value: Name spread }) roles[spread] = new(Role.StarArgument, c);
                        else if (a is Name n) roles[n] = new(Role.Argument, c);
                    }
                    foreach (var k in c.Keywords)
                        if (k.Value is Name kn) roles[kn] = new(k.Name is null ? Role.DoubleStarArgument : Role.Argument, c);
                    break;
                case Attribute { Value: Name held } a when !roles.ContainsKey(held):
                    roles[held] = new(Role.AttributeReceiver, a);
                    break;
                case Name n when !roles.ContainsKey(n):
                    roles[n] = new(Role.Other, null);
                    break;
            }
            base.VisitExpr(expr);
        }
    }
}
