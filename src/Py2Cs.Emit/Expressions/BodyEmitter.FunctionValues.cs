using Py2Cs.Emit.Naming;
using Py2Cs.Emit.Types;
using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// A program function handed to the dynamic call protocol becomes a runtime PyFunction:
//   def q(a, b=2, *rest, k, **kw)   as a value   new PyFunction(new PySignature("q", ["a", "b"], defaultCount: 1,
//       varArgs: "rest", keywordOnly: ["k"], keywordOnlyWithDefault: [false], varKeywords: "kw"), new Func<...>(q), [2L], [null])
// and a call whose arguments C# cannot bind statically (a '*' into fixed parameters, '**', too many or
// missing arguments) calls that value through Py.Call, which binds at run time and raises CPython's TypeError.
sealed partial class BodyEmitter
{
    /// <summary>Whether Python's binding of this call cannot be written as a C# argument list: the
    /// runtime binds it (and raises the TypeError CPython would).</summary>
    /// <param name="mappingsAtCompileTime">Whether <c>**mapping</c> arguments bind at compile time (a constructor: a class
    /// value has no signature to bind with at run time); see BodyEmitter.KeywordMappings.</param>
    static bool NeedsRuntimeBinding(Call c, FunctionInfo f, bool skipSelf, bool mappingsAtCompileTime = false)
    {
        bool hasMapping = false;
        var node = f.Node.Args;
        var positional = node.PosOnlyArgs.Concat(node.Args).Skip(skipSelf ? 1 : 0).ToList();
        var bound = new HashSet<Arg>();
        int pi = 0;
        foreach (var a in c.Args)
        {
            if (a is Starred) { if (node.VarArg is null || pi < positional.Count) return true; continue; }
            if (pi < positional.Count) bound.Add(positional[pi++]);
            else if (node.VarArg is null) return true;
        }
        foreach (var k in c.Keywords)
        {
            if (k.Name is null)
            {
                if (!mappingsAtCompileTime || !IsRereadable(k.Value)) return true;
                hasMapping = true;
                continue;
            }
            var p = Semantics.Binding.Binder.AllArgs(node).FirstOrDefault(x => x.Name == k.Name && x != node.VarArg && x != node.KwArg && !node.PosOnlyArgs.Contains(x));
            if (p is null ? node.KwArg is null : !bound.Add(p)) return true;
        }
        return !hasMapping && Semantics.Binding.Binder.AllArgs(node).Skip(skipSelf ? 1 : 0)
            .Any(p => p != node.VarArg && p != node.KwArg && !bound.Contains(p) && DefaultOf(f, p) is null);
    }

    /// <summary><c>f(...)</c> bound at run time: <c>Py.Call(&lt;f as a PyFunction&gt;, [args])</c>, converted to the call's type.</summary>
    ExpressionSyntax RuntimeBoundCall(Call c, FunctionInfo f, ExpressionSyntax methodGroup, bool skipSelf) =>
        Coerce(Runtime("Py", "Call", FunctionValue(f, methodGroup, skipSelf), DynamicArgumentArray(c)), PyType.Object, TypeOf(c));

    /// <summary>A program function (or a method bound to its receiver, <paramref name="skipSelf"/>) as a runtime PyFunction.</summary>
    ExpressionSyntax FunctionValue(FunctionInfo f, ExpressionSyntax methodGroup, bool skipSelf)
    {
        var node = f.Node.Args;
        var positional = node.PosOnlyArgs.Concat(node.Args).Skip(skipSelf ? 1 : 0).ToList();
        int positionalOnly = Math.Max(0, node.PosOnlyArgs.Length - (skipSelf ? 1 : 0));
        var defaults = positional.Select(p => DefaultOf(f, p)).Where(d => d is not null).ToList();
        var signatureArgs = new List<ArgumentSyntax>
        {
            Argument(StringLit(QualifiedName(f))),
            Argument(StringArray(positional.Select(p => p.Name))),
        };
        if (positionalOnly > 0) signatureArgs.Add(Named("positionalOnlyCount", Int(positionalOnly)));
        if (defaults.Count > 0) signatureArgs.Add(Named("defaultCount", Int(defaults.Count)));
        if (node.VarArg is not null) signatureArgs.Add(Named("varArgs", StringLit(node.VarArg.Name)));
        if (node.KwOnlyArgs.Length > 0)
        {
            signatureArgs.Add(Named("keywordOnly", StringArray(node.KwOnlyArgs.Select(p => p.Name))));
            signatureArgs.Add(Named("keywordOnlyWithDefault", CollectionExpression(SeparatedList<CollectionElementSyntax>(
                node.KwOnlyArgs.Select(p => ExpressionElement(LiteralExpression(DefaultOf(f, p) is null ? SyntaxKind.FalseLiteralExpression : SyntaxKind.TrueLiteralExpression)))))));
        }
        if (node.KwArg is not null) signatureArgs.Add(Named("varKeywords", StringLit(node.KwArg.Name)));
        var signature = ObjectCreationExpression(IdentifierName("PySignature")).WithArgumentList(ArgumentList(SeparatedList(signatureArgs)));

        var functionArgs = new List<ArgumentSyntax> { Argument(signature), Argument(TypedDelegate(f, methodGroup, skipSelf)) };
        if (defaults.Count > 0)
            functionArgs.Add(Named("defaults", ObjectArray(positional.Where(p => DefaultOf(f, p) is not null).Select(p => DefaultArgument(f, p)))));
        if (node.KwOnlyArgs.Any(p => DefaultOf(f, p) is not null))
            functionArgs.Add(Named("keywordDefaults", ObjectArray(node.KwOnlyArgs.Select(p => DefaultOf(f, p) is { } d
                ? DefaultArgument(f, p) : LiteralExpression(SyntaxKind.NullLiteralExpression)))));
        if (f.Node.Body is [ExprStmt { Value: Constant { Kind: ConstantKind.Str, Value: string doc } }, ..])
            functionArgs.Add(Named("doc", StringLit(doc)));
        if (AnnotationPairs(f, skipSelf) is { } annotations) functionArgs.Add(Named("annotations", annotations));
        var made = ObjectCreationExpression(IdentifierName("PyFunction")).WithArgumentList(ArgumentList(SeparatedList(functionArgs)));
        // A def is one object per execution of the def, whatever number of places use it as a value: the
        // runtime keeps the first one made for the same method and closure, so attributes set on it stay.
        if (skipSelf) return made;
        return f.DeclaringScope.Kind == ScopeKind.Function ? Runtime("PyFunction", "Shared", made, LiteralExpression(SyntaxKind.TrueLiteralExpression)) : Runtime("PyFunction", "Shared", made);
    }

    /// <summary>The method a name of a class body reads there (only its def binds the name), when C# makes it an instance method.</summary>
    FunctionInfo? ClassBodyMethod(Name n) =>
        _model.SymbolOf(n) is { Scope: { Kind: ScopeKind.Class, Class: { } owner }, BindingCount: <= 1 } && owner.FindMethod(n.Id) is { } m
            && ReferenceEquals(m.Class, owner) && IsPlainMethod(m) ? m : null;

    /// <summary>A def of a class body that C# makes an instance method: undecorated, with a first parameter (self).</summary>
    static bool IsPlainMethod(FunctionInfo f) => f.Class is not null && !f.DecoratorsApplied && f.Node.DecoratorList.Length == 0 && f.Parameters.Count > 0 && !IsStaticInCSharp(f);

    /// <summary><c>Account.deposit</c> as a value: a plain function taking the instance first, as in Python, here a
    /// PyFunction over <c>(self, amount) =&gt; self.deposit(amount)</c>. Null for what C# names as it is (static and
    /// class methods, properties) and for signatures with *args, **kwargs or keyword-only parameters.</summary>
    ExpressionSyntax? UnboundMethodValue(ClassInfo cls, string name)
    {
        if (cls.FindMethod(name) is not { } m || !IsPlainMethod(m)) return null;
        var node = m.Node.Args;
        if (node.VarArg is not null || node.KwArg is not null || node.KwOnlyArgs.Length > 0) return null;
        var names = Semantics.Binding.Binder.AllArgs(node).Select((_, i) => "__x" + i).ToList();
        var call = InvocationExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IdentifierName(names[0]), CSharpNames.Id(name)))
            .WithArgumentList(ArgumentList(SeparatedList(names.Skip(1).Select(n => Argument(IdentifierName(n))))));
        var lambda = ParenthesizedLambdaExpression(ParameterList(SeparatedList(names.Select(n => Parameter(Identifier(n))))), call);
        return FunctionValue(m, lambda, skipSelf: false);
    }

    /// <summary>The typed method as a delegate of its exact C# signature: <c>new Func&lt;long, string&gt;(f)</c>.</summary>
    static ExpressionSyntax TypedDelegate(FunctionInfo f, ExpressionSyntax methodGroup, bool skipSelf)
    {
        var node = f.Node.Args;
        var all = Semantics.Binding.Binder.AllArgs(node).ToList();
        var typeArgs = new List<TypeSyntax>();
        for (int i = skipSelf ? 1 : 0; i < all.Count; i++)
            typeArgs.Add(all[i] == node.VarArg ? IdentifierName("PyTuple")
                : all[i] == node.KwArg ? TypeMapper.Map(new DictType(PyType.Str, PyType.Object)) : TypeMapper.Map(f.Parameters[i].Type));
        var result = ReturnTypeOf(f);
        bool isAction = result is PredefinedTypeSyntax p && p.Keyword.IsKind(SyntaxKind.VoidKeyword);
        if (!isAction) typeArgs.Add(result);
        TypeSyntax type = typeArgs.Count == 0 ? IdentifierName("Action")
            : GenericName(Identifier(isAction ? "Action" : "Func")).WithTypeArgumentList(TypeArgumentList(SeparatedList(typeArgs)));
        return ObjectCreationExpression(type).WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(methodGroup))));
    }

    /// <summary>Whether C# names the function itself here (a method group), not a variable holding it.</summary>
    static bool IsMethodGroupOf(ExpressionSyntax expr, FunctionInfo f) =>
        // Module.total: a module function named through the module's class where a class member hides it (NameRef).
        (expr switch { IdentifierNameSyntax id => id, MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax, Name: IdentifierNameSyntax member } => member, _ => null })
        is { } name && name.Identifier.ValueText.TrimStart('@') == f.Name && !f.DecoratorsApplied;

    /// <summary>Whether the Python expression is the def's own name (not a variable that holds the function and happens to share its name).</summary>
    bool NamesFunction(Expr e, FunctionInfo f) => e is Name n && _model.SymbolOf(n) is { Kind: SymbolKind.Function } s && ReferenceEquals(s.Function, f);

    /// <summary>CPython's <c>__qualname__</c>: <c>A.m</c>, <c>outer.&lt;locals&gt;.inner</c>.</summary>
    static string QualifiedName(FunctionInfo f) => f.QualName;

    static ArgumentSyntax Named(string name, ExpressionSyntax value) => Argument(value).WithNameColon(NameColon(IdentifierName(name)));

    static ExpressionSyntax Int(int value) => LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(value));

    static ExpressionSyntax StringArray(IEnumerable<string> names) =>
        CollectionExpression(SeparatedList<CollectionElementSyntax>(names.Select(n => ExpressionElement(StringLit(n)))));

    static ExpressionSyntax ObjectArray(IEnumerable<ExpressionSyntax> values) =>
        ArrayCreationExpression(ArrayType(TypeMapper.ObjectSyntax).WithRankSpecifiers(SingletonList(ArrayRankSpecifier(SingletonSeparatedList<ExpressionSyntax>(OmittedArraySizeExpression())))))
            .WithInitializer(InitializerExpression(SyntaxKind.ArrayInitializerExpression, SeparatedList(values)));
}
