using Py2Cs.Emit.Types;
using Py2Cs.Semantics.Binding;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// def f(item, bucket=[]) evaluates [] once, where the def runs: every call that leaves bucket out
// shares that one list. For a def that runs once (a module-level function, a method of a module-level
// class) whose default is a mutable display of literals, the value becomes one static field of the
// module class,
//     static readonly PyList<long> __default_f_bucket = new PyList<long>();
// which call sites pass where the argument is left out (C# evaluates a parameter default at each call).
sealed partial class BodyEmitter
{
    /// <summary>The static fields holding the shared mutable defaults of the program's functions.</summary>
    public IEnumerable<MemberDeclarationSyntax> MutableDefaultFields()
    {
        foreach (var f in _model.Tables.Functions.Values)
            foreach (var p in Binder.AllArgs(f.Node.Args))
                if (MutableDefaultField(f, p) is { } name)
                    yield return FieldDeclaration(VariableDeclaration(TypeMapper.Map(ParamType(f, p))).WithVariables(SingletonSeparatedList(
                            VariableDeclarator(Identifier(name)).WithInitializer(EqualsValueClause(ExprAs(DefaultOf(f, p)!, ParamType(f, p)))))))
                        .WithModifiers(TokenList(Token(SyntaxKind.StaticKeyword), Token(SyntaxKind.ReadOnlyKeyword)));
    }

    /// <summary>The name of the field that holds <paramref name="p"/>'s shared default, when it has one.</summary>
    string? MutableDefaultField(FunctionInfo f, Arg p)
    {
        if (DefaultOf(f, p) is not { } value || !IsMutableLiteral(value) && !IsDynamicTupleDefault(f, p, value)) return null;
        if (f.IsNested || f.DecoratorsApplied || f.Class is { } cls && !IsModuleLevel(cls)) return null;
        var owner = f.Class is { } c ? c.Name + "_" : "";
        return $"__default_{owner}{f.Name}_{p.Name}";
    }

    /// <summary>A tuple of literals (<c>chain=()</c>) for a dynamic parameter: evaluated once as in Python, and
    /// held in the same kind of field, so a call bound at run time (no call site to pass it) finds it.</summary>
    static bool IsDynamicTupleDefault(FunctionInfo f, Arg p, Expr value) =>
        value is Tuple t && t.Elts.All(IsLiteral) && ParamType(f, p) == Semantics.Types.PyType.Object;

    static bool IsModuleLevel(ClassInfo cls) => cls.Body.Parent?.Kind is ScopeKind.Module;

    /// <summary>A new mutable container of literals: <c>[]</c>, <c>{"a": 1}</c>, <c>{1, 2}</c>, <c>list()</c>, <c>dict()</c>, <c>set()</c>.</summary>
    bool IsMutableLiteral(Expr e) => e switch
    {
        AstList or Dict => IsLiteral(e),
        Set s => s.Elts.All(IsLiteral),
        Call { Func: Name { Id: "list" or "dict" or "set" } fn, Args.Length: 0, Keywords.Length: 0 } => _model.SymbolOf(fn)?.Kind == SymbolKind.Builtin,
        _ => false,
    };

    /// <summary>A parameter's default where a call leaves the argument out: the shared field, or the expression evaluated anew.</summary>
    ExpressionSyntax DefaultArgument(FunctionInfo f, Arg p) =>
        MutableDefaultField(f, p) is { } field ? IdentifierName(field) : ExprAs(DefaultOf(f, p)!, ParamType(f, p));
}
