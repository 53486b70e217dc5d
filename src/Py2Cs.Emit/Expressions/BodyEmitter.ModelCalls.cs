using System.Reflection;
using Py2Cs.Emit.Naming;
using Py2Cs.Emit.Types;
using Py2Cs.Semantics.Library;
using Py2Cs.Semantics.Library.Model;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

/// <summary>
/// A call of a runtime function read from the library model (docs/library-model.md), bound as C# will
/// bind it: positional arguments in place, keywords as C# named arguments, extra positionals into the
/// <c>params object?[]</c> of <c>*args</c>, unknown keywords into the <c>params KeywordArgument[]</c> of
/// <c>**kwargs</c>; generic parameters the arguments cannot bind are spelled out (<c>deque&lt;object?&gt;(maxlen: 3)</c>).
/// </summary>
sealed partial class BodyEmitter
{
    /// <param name="target">The type the value must have (a variable's final type): a factory of a
    /// generic class then spells the type arguments out (<c>collections.deque&lt;long&gt;()</c>).</param>
    ExpressionSyntax ModelCall(Call c, LibraryFunction f, ModelFunction model, PyType? target = null)
    {
        var types = LibraryCatalog.Instance.Types;
        var args = StaticArguments(c);
        var chosen = Overloads.Choose(model.Overloads, args, types);
        var callee = LibraryFunctionName(f.CSharpName);
        if (chosen is null || c.Args.Any(a => a is Starred) || c.Keywords.Any(k => k.Name is null))
            return InvocationExpression(callee).WithArgumentList(PlainArguments(c, f));
        if (chosen.Method is MethodInfo { IsGenericMethodDefinition: true } generic)
        {
            var bound = ClrTypes.Bind(chosen, args);
            var parameters = generic.GetGenericArguments();
            bool fromTarget = target is LibraryInstanceType { TypeArguments: var made } && generic.ReturnType.IsGenericType
                && generic.ReturnType.GetGenericArguments() is var returned && returned.Length == made.Count && returned.All(parameters.Contains);
            if (fromTarget)
            {
                var targetArguments = ((LibraryInstanceType)target!).TypeArguments;
                var returnedParameters = generic.ReturnType.GetGenericArguments();
                for (int i = 0; i < returnedParameters.Length; i++) bound[returnedParameters[i]] = targetArguments[i];
            }
            // A lambda argument was typed from these bindings (TypeInferrer.LambdaParameters): C# must bind the same,
            // where it would read an int literal as int (reduce((s, w) => s + len(w), words, 0) needs TAcc long).
            bool lambdaTyped = c.Args.Concat(c.Keywords.Select(k => k.Value)).Any(a => a is Lambda)
                && parameters.All(p => bound.GetValueOrDefault(p) is { IsKnown: true });
            if (fromTarget || lambdaTyped || parameters.Any(p => !bound.ContainsKey(p) || bound[p] is NeverType))
                callee = WithTypeArguments(callee, parameters.Select(p => TypeArgument(bound.GetValueOrDefault(p) is { IsKnown: true } t ? t : PyType.Object, p)));
            return InvocationExpression(callee).WithArgumentList(ModelArguments(c, chosen, types, bound));
        }
        return InvocationExpression(callee).WithArgumentList(ModelArguments(c, chosen, types, new Dictionary<Type, PyType>()));
    }

    CallArgs StaticArguments(Call c) => new(
        [.. c.Args.Select(a => a is Starred ? PyType.Object : TypeOf(a))],
        c.Keywords.Where(k => k.Name is not null).ToImmutableDictionary(k => k.Name!, k => TypeOf(k.Value)),
        c.Args.Any(a => a is Starred) || c.Keywords.Any(k => k.Name is null))
    {
        FirstStarred = CallArgs.FirstStarredIn(c.Args),
        DynamicStarred = CallArgs.DynamicStarredIn(c.Args, TypeOf),
    };

    ArgumentListSyntax ModelArguments(Call c, ModelSignature signature, ClrTypes types, IReadOnlyDictionary<Type, PyType> bound)
    {
        var normal = signature.Parameters.Where(p => p.Kind == ParameterKind.Normal).ToList();
        var varArgs = signature.Parameters.FirstOrDefault(p => p.Kind == ParameterKind.VarArgs);
        var varKeywords = signature.Parameters.FirstOrDefault(p => p.Kind == ParameterKind.VarKeywords);
        var fixedArgs = new List<ArgumentSyntax>();
        var extras = new List<ExpressionSyntax>();
        for (int i = 0; i < c.Args.Length; i++)
        {
            if (i < normal.Count) fixedArgs.Add(Argument(ModelArgument(c.Args[i], normal[i], types, bound)));
            else extras.Add(DynamicArgument(c.Args[i]));
        }
        var named = new List<ArgumentSyntax>();
        var keywordItems = new List<ExpressionSyntax>();
        foreach (var k in c.Keywords)
        {
            if (signature.Parameters.FirstOrDefault(p => p.Kind is ParameterKind.Normal or ParameterKind.KeywordOnly && p.Name == k.Name) is { } p)
                named.Add(Argument(ModelArgument(k.Value, p, types, bound)).WithNameColon(NameColon(CSharpNames.Id(p.Name))));
            else keywordItems.Add(Runtime("Py", "Kw", StringLit(k.Name!), DynamicArgument(k.Value)));
        }
        // After a named argument C# takes no positional one: the params arrays are then passed by name. So are
        // they when keyword-only parameters stand between the positional ones and *args in C#.
        bool byName = named.Count > 0 || signature.Parameters.Any(p => p.Kind == ParameterKind.KeywordOnly);
        var result = new List<ArgumentSyntax>(fixedArgs);
        if (extras.Count > 0 && varArgs is not null)
        {
            if (byName || keywordItems.Count > 0) named.Add(Argument(ArrayOf(extras)).WithNameColon(NameColon(CSharpNames.Id(varArgs.Name))));
            else result.AddRange(extras.Select(Argument));
        }
        if (keywordItems.Count > 0 && varKeywords is not null)
        {
            if (byName || named.Count > 0) named.Add(Argument(ArrayOf(keywordItems)).WithNameColon(NameColon(CSharpNames.Id(varKeywords.Name))));
            else result.AddRange(keywordItems.Select(Argument));
        }
        result.AddRange(named);
        return ArgumentList(SeparatedList(result));
    }

    static CollectionExpressionSyntax ArrayOf(IEnumerable<ExpressionSyntax> items) =>
        CollectionExpression(SeparatedList<CollectionElementSyntax>(items.Select(ExpressionElement)));

    /// <summary>An argument as the C# parameter takes it: any value for <c>object</c> (a lambda with a delegate
    /// type of its own), the parameter's Python type where the signature fixes one, as written otherwise.</summary>
    ExpressionSyntax ModelArgument(Expr a, ModelParameter p, ClrTypes types, IReadOnlyDictionary<Type, PyType> bound)
    {
        if (p.ClrType == typeof(object)) return DynamicArgument(a);
        if (BuiltinCallback(a, CallbackParameters.Of(p.ClrType)) is { } callback) return callback;
        // An item of a generic parameter bound to a known type is built as that type (a tuple display, None).
        if (p.ClrType.IsGenericParameter && bound.GetValueOrDefault(p.ClrType) is { IsKnown: true } item) return ExprAs(a, item);
        // A str where an iterable is taken: its one-character strs (C# would read chars, or not convert at all).
        if (TypeOf(a) == PyType.Str && p.ClrType.IsGenericType && p.ClrType.GetGenericTypeDefinition() == typeof(IEnumerable<>)) return BuiltinCall("iter", Expr(a));
        if (p.ClrType.ContainsGenericParameters) return Expr(a);
        var expected = types.ToPy(p.ClrType);
        if (expected == PyType.Float || expected == PyType.Str) return ConvertArgument(a, expected);
        return expected.IsKnown ? ExprAs(a, expected) : Expr(a);
    }

    static TypeSyntax TypeArgument(PyType type, Type parameter) =>
        type is ObjectType && parameter.GetCustomAttributesData().Any(a => a.AttributeType.Name == "NullableAttribute" && a.ConstructorArguments is [{ Value: (byte)1 }])
            ? PredefinedType(Token(SyntaxKind.ObjectKeyword))
            : TypeMapper.Map(type);

    static ExpressionSyntax WithTypeArguments(ExpressionSyntax callee, IEnumerable<TypeSyntax> arguments)
    {
        var list = TypeArgumentList(SeparatedList(arguments));
        return callee switch
        {
            MemberAccessExpressionSyntax m => m.WithName(GenericName(m.Name.Identifier).WithTypeArgumentList(list)),
            IdentifierNameSyntax n => GenericName(n.Identifier).WithTypeArgumentList(list),
            _ => callee,
        };
    }
}
