using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Library;
using Py2Cs.Semantics.Types;
using Py2Cs.Semantics.Verdicts;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Semantics.Inference;

/// <summary>
/// Flow-insensitive type inference to a fixed point. Each variable's type is the join of every
/// value assigned to it; an unannotated parameter takes the join of the arguments at the call
/// sites the analysis sees; a function's result is the join of its returns. The passes repeat
/// until nothing changes; whatever stays unknown becomes <see cref="PyType.Object"/>.
/// </summary>
public sealed partial class TypeInferrer
{
    const int MaxPasses = 30;
    readonly BindingTables _tables;
    readonly Module _module;
    readonly LibraryCatalog _lib = LibraryCatalog.Instance;
    readonly Dictionary<Expr, PyType> _types = new(ReferenceEqualityComparer.Instance);
    /// <summary>Scopes translated dynamically: their symbols and results are object, whatever is assigned.</summary>
    readonly DynamicScopes _dynamic;
    bool _changed;
    /// <summary>How many loops enclose the statement being walked, in the current function.</summary>
    int _loopDepth;
    FunctionInfo? _function;
    /// <summary>Annotated symbols that received a value of another type: they stay undeclared.</summary>
    readonly HashSet<Symbol> _contradicted = new(ReferenceEqualityComparer.Instance);
    /// <summary>Decorated functions whose decorators pass the calls of their name on unchanged.</summary>
    Dictionary<FunctionInfo, ForwardingDecorators.Forwarded> _forwarded = new(ReferenceEqualityComparer.Instance);

    TypeInferrer(Module module, BindingTables tables, DynamicScopes dynamic)
    {
        _module = module;
        _tables = tables;
        _dynamic = dynamic;
    }

    public static IReadOnlyDictionary<Expr, PyType> Infer(Module module, BindingTables tables, DynamicScopes? dynamic = null)
    {
        var inferrer = new TypeInferrer(module, tables, dynamic ?? DynamicScopes.None);
        inferrer.Run();
        return inferrer._types;
    }

    void Run()
    {
        SeedDeclaredTypes();
        for (int pass = 0; pass < MaxPasses; pass++)
        {
            _changed = false;
            _types.Clear();
            WalkBody(_module.Body);
            ShareOverrideParameters();
            MakeProbedFieldsAbsentable();
            if (!_changed) break;
        }
        // What stayed unknown becomes Object; that can widen what depends on it (a parameter that
        // received it, a list it was appended to), so iterate again until nothing changes.
        for (int round = 0; round < 3; round++)
        {
            FinishAll();
            _changed = false;
            for (int pass = 0; pass < MaxPasses; pass++)
            {
                _changed = false;
                _types.Clear();
                WalkBody(_module.Body);
                ShareOverrideParameters();
                MakeProbedFieldsAbsentable();
                if (!_changed) break;
            }
            if (!_changed) break;
        }
        FinishAll();
        _types.Clear();
        WalkBody(_module.Body);
    }

    void SeedDeclaredTypes()
    {
        MarkAppliedDecorators();
        _forwarded = ForwardingDecorators.Find(_module, _tables);
        foreach (var f in _tables.Functions.Values)
        {
            var args = Binder.AllArgs(f.Node.Args).ToList();
            for (int i = 0; i < args.Count; i++)
            {
                var p = f.Parameters[i];
                var arg = args[i];
                if (arg == f.Node.Args.VarArg) p.DeclaredType = PyType.Object;
                else if (arg == f.Node.Args.KwArg) p.DeclaredType = PyType.Object;
                else if (arg.Annotation is not null && !_dynamic.Covers(f) && Annotations.Read(arg.Annotation, _tables) is not NeverType and var declared) p.DeclaredType = declared;
                if (p.DeclaredType is { } d) p.Type = d;
            }
            if (IsNew(f) && f.Parameters.Count > 0) f.Parameters[0].Type = f.Parameters[0].DeclaredType = PyType.Object;
            if (f.Class is { } cls && f.Parameters.Count > 0 && !IsDecorated(f, "staticmethod"))
            {
                var self = f.Parameters[0];
                // __init_subclass__ is an implicit classmethod whose cls is each new subclass: a class value known at run time.
                self.DeclaredType = IsInitSubclass(f) ? PyType.Object : IsDecorated(f, "classmethod") ? new ClassRefType(cls) : new InstanceType(cls);
                self.Type = self.DeclaredType;
            }
            if (f.Node.Returns is not null && !DynamicResult(f) && Annotations.Read(f.Node.Returns, _tables) is not NeverType and var returns) f.DeclaredReturn = returns;
        }
        EscapeRuntimeCalledDunders();
    }

    /// <summary>A class's <c>__init_subclass__(cls, **kwargs)</c>, which Python runs when each subclass is defined.</summary>
    public static bool IsInitSubclass(FunctionInfo f) => f.Name == "__init_subclass__" && f.Class is not null;

    public static bool IsDecorated(FunctionInfo f, string name) =>
        f.Node.DecoratorList.Any(d => d is Name n && n.Id == name || d is Attribute a && a.Attr == name)
        || name == "staticmethod" && IsNew(f);

    /// <summary>A class's <c>__new__(cls, ...)</c>: Python makes it a staticmethod implicitly; the runtime calls it with the
    /// class being constructed (any subclass too, so cls is a class value known at run time) before __init__.</summary>
    public static bool IsNew(FunctionInfo f) => f.Name == "__new__" && f.Class is not null;

    void FinishAll()
    {
        foreach (var scope in _tables.Scopes.Values)
            foreach (var s in scope.Ordered)
                s.Type = TypeLattice.Finish(s.Type);
        JoinOverrideResults();
        foreach (var f in _tables.Functions.Values)
        {
            foreach (var p in f.Parameters) p.Type = TypeLattice.Finish(p.Type);
            f.ReturnType = f.DeclaredReturn is not null ? TypeLattice.Finish(EffectiveReturn(f)) : f.ReturnType is NeverType ? PyType.None : TypeLattice.Finish(f.ReturnType);
            // An async generator that never yields a value (only `return`) still has an item type.
            f.YieldType = f.YieldType is NeverType ? PyType.None : TypeLattice.Finish(f.YieldType);
        }
        foreach (var c in _tables.Classes.Values)
            foreach (var field in c.Fields.Values) field.Type = TypeLattice.Finish(field.Type);
        // The interface's members return Coroutine<T> and Coroutine<object?>: a pair that returns None
        // (emitted as the non-generic Coroutine) would not implement it, so None widens to object there.
        foreach (var c in _tables.Classes.Values)
            if (AsyncContextManagerExit(c) is { } exit)
            {
                exit.ReturnType = PyType.Object;
                if (c.Methods.GetValueOrDefault("__aenter__") is { ReturnType: PrimitiveType { Kind: Primitive.None } } enter)
                    enter.ReturnType = PyType.Object;
            }
    }

    /// <summary>The <c>async def __aexit__</c> of a class that also defines <c>async def __aenter__</c>: the class
    /// is emitted as an IAsyncContextManager (usable by AsyncExitStack), whose __aexit__ returns
    /// <c>Coroutine&lt;object?&gt;</c>, so its result (the "suppress" flag, or None when it returns nothing) is typed
    /// object: a C# interface member is implemented only by the exact return type, not by the subclass Coroutine.</summary>
    public static FunctionInfo? AsyncContextManagerExit(ClassInfo c)
    {
        if (c.Methods.GetValueOrDefault("__aexit__") is not { IsAsync: true, IsGenerator: false } exit) return null;
        if (c.FindMethod("__aenter__") is not { IsAsync: true, IsGenerator: false }) return null;
        if (exit.Parameters.Count != 4 || exit.Node.Args.VarArg is not null || exit.Node.Args.KwArg is not null) return null;
        return exit;
    }

    // ---- symbols ----------------------------------------------------------------------------

    void Widen(Symbol symbol, PyType type)
    {
        var given = type;
        if (type is FunctionRefType incoming && symbol.DeclaredType is { } slot && slot != type) Escape(incoming.Function);
        if (symbol.DeclaredType is { } declared && Contradicts(declared, type))
        {
            // An annotation is only a hint to CPython: `delay: float` called with 1 holds the int 1 and
            // prints it as 1, so a known value of another type makes the slot take the join instead.
            symbol.DeclaredType = null;
            _contradicted.Add(symbol);
        }
        if (symbol.DeclaredType is not null || type is NeverType && symbol.Type is not NeverType) return;
        if (type is not NeverType && _dynamic.Covers(symbol.Scope)) type = PyType.Object;
        var joined = TypeLattice.Join(symbol.Type, type);
        NoteSlotJoin(symbol.Type, given, joined);
        if (joined != symbol.Type)
        {
            symbol.Type = joined;
            _changed = true;
        }
    }

    /// <summary>A known type the annotation does not cover. An unknown value (object) keeps the annotation
    /// (converted at the border: typed code trusts what the program declares), except where it reaches a float.</summary>
    static bool Contradicts(PyType declared, PyType flowing) =>
        UnknownReachesFloat(declared, flowing)
        || TypeLattice.KnownParts(flowing) is not NeverType and var known && TypeLattice.Join(declared, known) != declared;

    /// <summary>Whether an unknown part of <paramref name="flowing"/> would be stored in a float part of
    /// <paramref name="declared"/>, at any depth: converting it to double would print CPython's int 20 as 20.0.
    /// An unknown part is often the join of int and float (<c>[("a", 25), ("b", 2.5)]</c> into
    /// <c>List[Tuple[str, float]]</c>), whose ints CPython keeps.</summary>
    static bool UnknownReachesFloat(PyType declared, PyType flowing) => (declared, flowing) switch
    {
        (_, ObjectType) => declared == PyType.Float || declared is OptionalType { Inner: var inner } && inner == PyType.Float,
        (OptionalType d, OptionalType f) => UnknownReachesFloat(d.Inner, f.Inner),
        (OptionalType d, _) => UnknownReachesFloat(d.Inner, flowing),
        (ListType d, ListType f) => UnknownReachesFloat(d.Element, f.Element),
        (SetType d, SetType f) => UnknownReachesFloat(d.Element, f.Element),
        (DictType d, DictType f) => UnknownReachesFloat(d.Key, f.Key) || UnknownReachesFloat(d.Value, f.Value),
        (TupleType d, TupleType f) when d.Elements.Count == f.Elements.Count => d.Elements.Zip(f.Elements).Any(p => UnknownReachesFloat(p.First, p.Second)),
        (LibraryInstanceType d, LibraryInstanceType f) when d.Class == f.Class && d.TypeArguments.Count == f.TypeArguments.Count =>
            d.TypeArguments.Zip(f.TypeArguments).Any(p => UnknownReachesFloat(p.First, p.Second)),
        _ => false,
    };

    /// <summary>What calling <paramref name="f"/> gives: its annotation, unless a return contradicts it
    /// (<c>-> float</c> with <c>return 0</c> returns the int CPython returns).</summary>
    static PyType EffectiveReturn(FunctionInfo f) => f.DeclaredReturn is { } d
        ? (!StubBodies.IsStub(f.Node) && Contradicts(d, f.ReturnType) ? TypeLattice.Join(d, f.ReturnType) : d)
        : f.ReturnType;

    /// <summary>A dynamic function returns object, except dunders whose C# signature the runtime fixes (__repr__ is
    /// string) and property setters (a C# set accessor returns nothing).</summary>
    bool DynamicResult(FunctionInfo f) => _dynamic.Covers(f) && !(f.Name.StartsWith("__") && f.Name.EndsWith("__"))
        && !f.Node.DecoratorList.Any(d => d is Py2Cs.Syntax.Ast.Attribute { Attr: "setter" });

    void WidenReturn(FunctionInfo f, PyType type)
    {
        var given = type;
        if (type is not NeverType && DynamicResult(f)) type = PyType.Object;
        var joined = TypeLattice.Join(f.ReturnType, type);
        NoteSlotJoin(f.ReturnType, given, joined);
        if (joined != f.ReturnType)
        {
            f.ReturnType = joined;
            _changed = true;
        }
    }

    void WidenYield(FunctionInfo f, PyType type)
    {
        var joined = TypeLattice.Join(f.YieldType, type);
        if (joined != f.YieldType)
        {
            f.YieldType = joined;
            _changed = true;
        }
    }

    // A def in a class body names a method, not a module function: it has no FunctionInfo of its
    // own there (`x = helper(1)` inside the class body), so it is an untyped value.
    public static PyType SymbolType(Symbol s) => s.Kind switch
    {
        SymbolKind.Function => s.Function is { } f ? (f.DecoratorsApplied ? PyType.Object : new FunctionRefType(f)) : PyType.Object,
        // A class defined inside a function is not translated unless hoisted (refused, or a stand-in in partial mode): no C# type names it.
        SymbolKind.Class => s.Class is { } c && (s.Scope.Kind != ScopeKind.Function || c.IsHoistedLocal) ? new ClassRefType(c) : PyType.Object,
        SymbolKind.Module => new ModuleType(s.Qualified!),
        SymbolKind.Builtin when s.Qualified == "__doc__" => s.Type,
        SymbolKind.ImportedMember or SymbolKind.Builtin => LibraryCatalog.Instance.Lookup(s.Qualified!) ?? PyType.Object,
        _ => s.Type,
    };

    PyType Record(Expr e, PyType t)
    {
        _types[e] = t;
        return t;
    }
}
