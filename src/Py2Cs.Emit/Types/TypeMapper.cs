using Py2Cs.Emit.Naming;
using Py2Cs.Semantics.Types;

namespace Py2Cs.Emit.Types;

/// <summary>The C# type of a Python static type (docs/runtime-api.md, "Value mapping").</summary>
public static class TypeMapper
{
    public static readonly TypeSyntax ObjectSyntax = NullableType(PredefinedType(Token(SyntaxKind.ObjectKeyword)));

    public static TypeSyntax Map(PyType t) => t switch
    {
        PrimitiveType { Kind: Primitive.Bool } => PredefinedType(Token(SyntaxKind.BoolKeyword)),
        PrimitiveType { Kind: Primitive.Int } => PredefinedType(Token(SyntaxKind.LongKeyword)),
        PrimitiveType { Kind: Primitive.Float } => PredefinedType(Token(SyntaxKind.DoubleKeyword)),
        PrimitiveType { Kind: Primitive.Str } => PredefinedType(Token(SyntaxKind.StringKeyword)),
        ListType l => Generic("PyList", l.Element),
        SetType s => Generic("PySet", s.Element),
        DictType d => GenericName(Identifier("PyDict")).WithTypeArgumentList(TypeArgumentList(SeparatedList([Key(d.Key), Map(d.Value)])))
            .WithAdditionalAnnotations(RuntimeName),
        IterableType i => Generic("IEnumerable", i.Element),
        Semantics.Types.TupleType { Elements.Count: >= 2 } tt => SyntaxFactory.TupleType(SeparatedList(tt.Elements.Select(e => TupleElement(Map(e))))),
        Semantics.Types.TupleType { Elements.Count: 1 } tt => Generic("ValueTuple", tt.Elements[0]),
        OptionalType o => Map(o.Inner) is var inner && inner is NullableTypeSyntax ? inner : NullableType(Map(o.Inner)),
        CoroutineType { Result: PrimitiveType { Kind: Primitive.None } } => IdentifierName("Coroutine").WithAdditionalAnnotations(RuntimeName),
        CoroutineType c => Generic("Coroutine", c.Result),
        // A task whose result is None or unknown is the non-generic base every Task<T> converts to.
        TaskType { Result: PrimitiveType { Kind: Primitive.None } or ObjectType } => CSharpNames.Qualified("asyncio.Task"),
        TaskType c => QualifiedGeneric("asyncio", "Task", c.Result),
        FutureType { Result: ObjectType } => CSharpNames.Qualified("asyncio.Future"),
        FutureType c => QualifiedGeneric("asyncio", "Future", c.Result),
        AsyncGeneratorType g => Generic("AsyncGenerator", g.Element),
        InstanceType i => IdentifierName(CSharpNames.Escape(i.Class.Name)),
        LibraryInstanceType { TypeArguments.Count: 0 } l => CSharpNames.Qualified(l.Class.CSharpName),
        LibraryInstanceType l => GenericFromDotted(l.Class.CSharpName, l.TypeArguments, l.Class.NonNullTypeArguments),
        // One known program function: at run time always the PyFunction Coerce makes of its method group.
        FunctionRefType => IdentifierName("PyFunction").WithAdditionalAnnotations(RuntimeName),
        _ => ObjectSyntax,
    };

    /// <summary>C# value types, whose "no value" is not null (they need <c>?</c> to hold None).</summary>
    public static bool IsValueType(PyType t) => t is PrimitiveType { Kind: Primitive.Bool or Primitive.Int or Primitive.Float } or Semantics.Types.TupleType;

    /// <summary>Whether the C# type admits null.</summary>
    public static bool IsNullable(PyType t) => t is ObjectType or NeverType or OptionalType or PrimitiveType { Kind: Primitive.None };

    /// <summary>Dict keys are never null in C# (PyDict's constraint); None as a key is boxed by the runtime.</summary>
    static TypeSyntax Key(PyType t) => t is ObjectType or NeverType ? PredefinedType(Token(SyntaxKind.ObjectKeyword)) : Map(t);

    static TypeSyntax Generic(string name, params PyType[] args) =>
        GenericName(Identifier(name)).WithTypeArgumentList(TypeArgumentList(SeparatedList(args.Select(Map)))).WithAdditionalAnnotations(RuntimeName);

    /// <summary>Marks an unqualified runtime type name (<c>Coroutine</c>, <c>PyList&lt;T&gt;</c>): a program class of
    /// the same name (_collections_abc's Coroutine) would capture it, so <see cref="QualifyShadowedRuntimeNames"/>
    /// writes those that are shadowed with their full name.</summary>
    static readonly SyntaxAnnotation RuntimeName = new("py2cs.runtime-name");

    /// <summary>Writes each runtime type name of <paramref name="root"/> that one of <paramref name="programNames"/>
    /// (the program's own class names, as C# spells them) shadows as <c>global::Py2Cs.Runtime.Name</c>.</summary>
    public static T QualifyShadowedRuntimeNames<T>(T root, IReadOnlySet<string> programNames) where T : SyntaxNode
    {
        var shadowed = root.GetAnnotatedNodes(RuntimeName).OfType<SimpleNameSyntax>()
            .Where(n => programNames.Contains(n.Identifier.ValueText)).ToList();
        if (shadowed.Count == 0) return root;
        return root.ReplaceNodes(shadowed, (_, name) => QualifiedName(
            QualifiedName(AliasQualifiedName(IdentifierName(Token(SyntaxKind.GlobalKeyword)), IdentifierName("Py2Cs")), IdentifierName("Runtime")),
            name.WithoutTrivia()).WithTriviaFrom(name));
    }

    static TypeSyntax QualifiedGeneric(string ns, string name, PyType arg) =>
        QualifiedName(IdentifierName(ns), GenericName(Identifier(name)).WithTypeArgumentList(TypeArgumentList(SingletonSeparatedList(Map(arg)))));

    static TypeSyntax GenericFromDotted(string dotted, IEnumerable<PyType> args, bool nonNull = false)
    {
        var dot = dotted.LastIndexOf('.');
        var generic = GenericName(Identifier(dotted[(dot + 1)..])).WithTypeArgumentList(TypeArgumentList(SeparatedList(args.Select(t => nonNull ? Key(t) : Map(t)))));
        return dot < 0 ? generic : QualifiedName(CSharpNames.Qualified(dotted[..dot]), generic);
    }
}
