using Py2Cs.Syntax.Ast;

namespace Py2Cs.Semantics.Lowering;

/// <summary>
/// <c>P = namedtuple("P", "x y", defaults=[0])</c> at module level or in a function's body becomes
/// <c>class P(namedtuple): x: "?"; y: "?" = 0</c>, the same class a <c>typing.NamedTuple</c> statement
/// makes: its fields are typed by what constructions pass (the annotation says nothing), and the
/// runtime's <c>collections.namedtuple</c> tuple base gives it repr, indexing, <c>_replace</c>... Runs
/// before binding, where the module imports <c>namedtuple</c> from <c>collections</c>; a call whose
/// field names are not literal strings stays a call.
/// </summary>
public static class NamedTupleCalls
{
    public static Module Lower(Module module)
    {
        if (!ImportsNamedTuple(module)) return module;
        return module with { Body = LowerBody(module.Body) };
    }

    static ImmutableArray<Stmt> LowerBody(ImmutableArray<Stmt> body) => body.Select(s => AsClass(s) ?? Within(s)).ToImmutableArray();

    /// <summary>A namedtuple made in a function's body (a method's too) becomes a class local to that function,
    /// as CPython makes a new class each time the function runs; local classes are translated as such.</summary>
    static Stmt Within(Stmt stmt) => stmt switch
    {
        FunctionDef f => f with { Body = LowerBody(f.Body) },
        ClassDef c => c with { Body = [.. c.Body.Select(s => s is FunctionDef f ? f with { Body = LowerBody(f.Body) } : s)] },
        _ => stmt,
    };

    static bool ImportsNamedTuple(Module module) => module.Body.Any(s =>
        s is ImportFrom { Module: "collections" } f && f.Names.Any(n => n.Name == "namedtuple")
        || s is Import i && i.Names.Any(n => n.Name == "collections"));

    static ClassDef? AsClass(Stmt stmt)
    {
        if (stmt is not Assign { Targets: [Name target], Value: Call { Func: Name { Id: "namedtuple" } or Attribute { Attr: "namedtuple", Value: Name { Id: "collections" } } } call }) return null;
        if (call.Args is not [Constant { Value: string typename }, var fieldsArg] || typename != target.Id) return null;
        if (call.Keywords.Any(k => k.Name is not ("defaults" or "module"))) return null;
        var fields = FieldNames(fieldsArg);
        if (fields is null || fields.Count == 0 || fields.Distinct().Count() != fields.Count) return null;
        var defaults = call.Keywords.FirstOrDefault(k => k.Name == "defaults")?.Value switch
        {
            null => [],
            List l => l.Elts,
            Syntax.Ast.Tuple t => t.Elts,
            _ => (ImmutableArray<Expr>?)null,
        };
        if (defaults is not { } given || given.Length > fields.Count) return null;
        var span = stmt.Span;
        var members = fields.Select((name, i) =>
        {
            int d = i - (fields.Count - given.Length);
            return (Stmt)new AnnAssign(span, new Name(span, name, ExprContext.Store), new Constant(span, ConstantKind.Str, "?"), d >= 0 ? given[d] : null, Simple: true);
        }).ToImmutableArray();
        return new ClassDef(span, target.Id, [call.Func], [], members, []);
    }

    /// <summary><c>"x y"</c>, <c>"x, y"</c>, <c>["x", "y"]</c>, <c>("x", "y")</c>: the names, else null.</summary>
    static List<string>? FieldNames(Expr fields) => fields switch
    {
        Constant { Value: string text } => text.Replace(',', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList(),
        List or Syntax.Ast.Tuple => (fields is List l ? l.Elts : ((Syntax.Ast.Tuple)fields).Elts) is var elts && elts.All(e => e is Constant { Value: string })
            ? elts.Select(e => (string)((Constant)e).Value!).ToList() : null,
        _ => null,
    };
}
