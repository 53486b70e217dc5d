using Py2Cs.Syntax.Ast;

namespace Py2Cs.Semantics.Lowering;

/// <summary>
/// <c>class Movie(TypedDict, total=False): title: str; year: int</c> at module level becomes
/// <c>Movie = TypedDict("Movie", {"title": str, "year": int}, total=False)</c>, the functional form CPython
/// documents as equivalent: the name holds a class whose instances are plain dicts (runtime
/// <c>TypedDictType</c>), so <c>Movie(title="Up")</c> and values annotated <c>Movie</c> are dicts. A base that is an
/// earlier TypedDict of the module is passed after the fields (the runtime's TypedDict takes them: their keys
/// come first and keep being required or optional, as inheritance does). Runs before binding; a class
/// with anything but annotations, a docstring or <c>pass</c> in its body stays a class (CPython refuses it).
/// </summary>
public static class TypedDictClasses
{
    public static Module Lower(Module module)
    {
        var spelling = TypedDictSpelling(module);
        if (spelling is null) return module;
        var typedDicts = new HashSet<string>();
        var spelledBy = new Dictionary<string, Expr>();
        var body = module.Body.Select(s => AsCall(s, spelling, typedDicts, spelledBy) ?? s).ToImmutableArray();
        return module with { Body = body };
    }

    /// <summary>How the module names TypedDict: <c>TypedDict</c> (or its alias) imported from typing or
    /// typing_extensions, or <c>typing.TypedDict</c>; null when it does not import it.</summary>
    static Func<Expr, bool>? TypedDictSpelling(Module module)
    {
        var names = module.Body.OfType<ImportFrom>().Where(f => f.Module is "typing" or "typing_extensions")
            .SelectMany(f => f.Names).Where(n => n.Name == "TypedDict").Select(n => n.AsName ?? n.Name).ToHashSet();
        var modules = module.Body.OfType<Import>().SelectMany(i => i.Names)
            .Where(n => n.Name is "typing" or "typing_extensions").Select(n => n.AsName ?? n.Name).ToHashSet();
        if (names.Count == 0 && modules.Count == 0) return null;
        return e => e is Name n && names.Contains(n.Id) || e is Attribute { Attr: "TypedDict", Value: Name m } && modules.Contains(m.Id);
    }

    static Stmt? AsCall(Stmt stmt, Func<Expr, bool> isTypedDict, HashSet<string> typedDicts, Dictionary<string, Expr> spelledBy)
    {
        if (stmt is not ClassDef { DecoratorList.Length: 0 } cls || cls.Bases.Length == 0) return null;
        if (!cls.Bases.All(b => isTypedDict(b) || b is Name n && typedDicts.Contains(n.Id))) return null;
        if (cls.Keywords.Any(k => k.Name != "total")) return null;
        if (!cls.Body.All(s => s is AnnAssign { Target: Name, Value: null } or Pass or ExprStmt { Value: Constant { Kind: ConstantKind.Str } })) return null;
        typedDicts.Add(cls.Name);
        var span = cls.Span;
        // TypedDict spelled as the first TypedDict base spelled it (a class deriving only from earlier ones).
        var typedDict = cls.Bases.FirstOrDefault(isTypedDict) ?? spelledBy[((Name)cls.Bases[0]).Id];
        spelledBy[cls.Name] = typedDict;
        var fields = cls.Body.OfType<AnnAssign>().ToList();
        var mapping = new Dict(span, [.. fields.Select(f => (Expr?)new Constant(f.Span, ConstantKind.Str, ((Name)f.Target).Id))], [.. fields.Select(f => f.Annotation)]);
        var bases = cls.Bases.Where(b => !isTypedDict(b));
        var call = new Call(span, typedDict, [new Constant(span, ConstantKind.Str, cls.Name), mapping, .. bases], cls.Keywords);
        return new Assign(span, [new Name(span, cls.Name, ExprContext.Store)], call);
    }
}
