using Py2Cs.Emit.Naming;
using Py2Cs.Emit.Types;
using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Inference;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// @dataclass class C: x: int; y: list = field(default_factory=list)  becomes
//   class C : PyDataclass { public long x; public PyList<T> y;
//     public C(long x, PyList<T>? y = null) { this.x = x; this.y = y ?? new PyList<T>(); } }
// PyDataclass gives repr, ==, ordering (order=True overrides Order) and hashing (frozen=True overrides
// Frozen; the fields are readonly, so a later assignment does not compile instead of passing silently).
// field(compare=False, repr=False, init=False) becomes [DataclassField(Compare = false, ...)] on the C# field,
// which the runtime reads; an attribute set in __post_init__ is a public field marked [DataclassField(IsField = false)];
// field(default_factory=make) becomes `x ?? (T)Py.Call(make)`: a new value per instance. An InitVar (`secret: InitVar[str]`)
// is a constructor parameter and no field: the constructor passes the InitVars, in order, to __post_init__.
sealed partial class BodyEmitter
{
    bool IsDataclass(ClassInfo cls) => Dataclasses.IsDataclass(cls.Node);

    /// <summary>The static fields the constructor being emitted holds defaults in (<see cref="RuntimeBoundDefault"/>).</summary>
    readonly List<MemberDeclarationSyntax> _dataclassDefaultFields = [];

    IEnumerable<MemberDeclarationSyntax> DataclassMembers(ClassInfo cls)
    {
        foreach (var k in Dataclasses.UnsupportedOptions(cls.Node)) _module.Unsupported(k, $"the dataclass option '{k.Name}'");
        if (cls.Base is { } b && !IsDataclass(b) && !CanRootDataclasses(Root(b)) || cls.Mixins.Any() || cls.LibraryBase is not null)
            _module.Unsupported(cls.Node, "a dataclass with a base class that is not a dataclass");
        if (cls.Methods.ContainsKey("__init__")) yield break;
        _dataclassDefaultFields.Clear();
        yield return DataclassConstructor(cls);
        foreach (var field in _dataclassDefaultFields) yield return field;
        foreach (var option in new[] { ("order", "DataclassOrder"), ("frozen", "DataclassFrozen") })
            if (Dataclasses.Option(cls.Node, option.Item1))
                yield return PropertyDeclaration(PredefinedType(Token(SyntaxKind.BoolKeyword)), Identifier(option.Item2))
                    .WithModifiers(TokenList(Token(SyntaxKind.ProtectedKeyword), Token(SyntaxKind.OverrideKeyword)))
                    .WithExpressionBody(ArrowExpressionClause(LiteralExpression(SyntaxKind.TrueLiteralExpression)))
                    .WithSemicolonToken(Token(SyntaxKind.SemicolonToken));
        if (!Dataclasses.OptionOrTrue(cls.Node, "eq"))
            yield return PropertyDeclaration(PredefinedType(Token(SyntaxKind.BoolKeyword)), Identifier("DataclassEq"))
                .WithModifiers(TokenList(Token(SyntaxKind.ProtectedKeyword), Token(SyntaxKind.OverrideKeyword)))
                .WithExpressionBody(ArrowExpressionClause(LiteralExpression(SyntaxKind.FalseLiteralExpression)))
                .WithSemicolonToken(Token(SyntaxKind.SemicolonToken));
        // slots=True: instances take no attribute that is not a field (the runtime reads __slots__).
        if (Dataclasses.Option(cls.Node, "slots") && !cls.Node.Body.OfType<Assign>().Any(a => a.Targets is [Name { Id: "__slots__" }]))
            yield return FieldDeclaration(VariableDeclaration(TypeMapper.ObjectSyntax).WithVariables(SingletonSeparatedList(
                    VariableDeclarator(Identifier("__slots__")).WithInitializer(EqualsValueClause(ObjectCreationExpression(IdentifierName("PyTuple"))
                        .WithArgumentList(ArgumentList(SeparatedList(Dataclasses.Fields(cls.Node).Select(a => Argument(
                            LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(((Name)a.Target).Id))))))))))))
                .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.StaticKeyword), Token(SyntaxKind.ReadOnlyKeyword)));
    }

    /// <summary><c>[DataclassField(Compare = false, Repr = false, Init = false)]</c> from the field() options, or
    /// <c>[DataclassField(IsField = false)]</c> on an attribute that is not a field (set in __post_init__).</summary>
    SyntaxList<AttributeListSyntax> DataclassFieldAttributes(ClassInfo cls, string name)
    {
        var field = Dataclasses.Fields(cls.Node).FirstOrDefault(a => ((Name)a.Target).Id == name);
        var settings = new List<AttributeArgumentSyntax>();
        if (field is null) settings.Add(AttributeSetting("IsField"));
        else
            foreach (var (option, property) in new[] { ("compare", "Compare"), ("repr", "Repr"), ("init", "Init") })
                if (!Dataclasses.FieldFlag(field.Value, option)) settings.Add(AttributeSetting(property));
        if (settings.Count == 0) return default;
        return SingletonList(AttributeList(SingletonSeparatedList(Attribute(IdentifierName("DataclassField"))
            .WithArgumentList(AttributeArgumentList(SeparatedList(settings))))));
    }

    static AttributeArgumentSyntax AttributeSetting(string property) =>
        AttributeArgument(LiteralExpression(SyntaxKind.FalseLiteralExpression)).WithNameEquals(NameEquals(IdentifierName(property)));

    ConstructorDeclarationSyntax DataclassConstructor(ClassInfo cls)
    {
        var parameters = new List<ParameterSyntax>();
        var statements = new List<StatementSyntax>();
        // A dataclass base's fields come first; its constructor takes the ones it declares (base initializer).
        var baseArguments = new List<ArgumentSyntax>();
        var baseFields = cls.Base is { } dataclassBase ? Dataclasses.AllInitFields(dataclassBase).Select(f => ((Name)f.Target).Id).ToHashSet() : [];
        var atCallSites = DefaultsAtCallSites(cls);
        foreach (var (a, owner) in Dataclasses.AllFields(cls))
        {
            var name = ((Name)a.Target).Id;
            var type = cls.FindField(name)!.Type;
            if (baseFields.Contains(name) && Dataclasses.FieldFlag(a.Value, "init")) baseArguments.Add(Argument(IdentifierName(CSharpNames.Token(name))));
            if (owner != cls && !Dataclasses.FieldFlag(a.Value, "init")) continue;   // the base's constructor sets it
            foreach (var unsupported in Dataclasses.UnsupportedFieldOptions(a.Value)) _module.Unsupported(unsupported, "this field() argument");
            var parameter = Parameter(CSharpNames.Token(name)).WithType(TypeMapper.Map(type));
            ExpressionSyntax value = IdentifierName(CSharpNames.Token(name));
            var factory = Dataclasses.DefaultFactory(a.Value);
            var defaultValue = Dataclasses.DefaultValue(a.Value);
            if (Dataclasses.IsInitVar(a) && defaultValue is not null && defaultValue is not Constant) _module.Unsupported(defaultValue, "an InitVar default that is not a constant");
            if (!Dataclasses.FieldFlag(a.Value, "init"))
            {
                // init=False: not a parameter; the default (or the factory's value) is set by __init__.
                value = factory is not null ? FactoryValue(factory, type) : defaultValue is not null ? ExprAs(defaultValue, type) : DefaultValue(type);
                statements.Add(AssignField(name, value));
                continue;
            }
            if (factory is not null)
            {
                // A fresh value per instance: the parameter defaults to null and the body calls the factory.
                parameter = parameter.WithType(NullableParameterType(type)).WithDefault(EqualsValueClause(LiteralExpression(SyntaxKind.NullLiteralExpression)));
                value = BinaryExpression(SyntaxKind.CoalesceExpression, value, FactoryValue(factory, type));
            }
            else if (defaultValue is Constant c && ConstantFitsCSharpDefault(c, type)) parameter = parameter.WithDefault(EqualsValueClause(ExprAs(c, type)));
            else if (defaultValue is Constant other)
                // An object field with a constant default (`units: float = 1` keeps the int): C# takes it as an attribute.
                parameter = WithDefaultAttributes(parameter, AttributeConstant(other) ?? Expr(other));
            else if ((defaultValue is Attribute or Name || defaultValue is not null && IsImmutableLiteral(defaultValue)) && !TypeMapper.IsNullable(type))
            {
                // `zone: Zone = Zone.AMBIENT`, `tags: tuple = ()`: a value read by name or an immutable literal (made
                // again per call, which no program can tell apart); the field is never None, so null can stand for "left out".
                parameter = parameter.WithType(NullableType(TypeMapper.Map(type))).WithDefault(EqualsValueClause(LiteralExpression(SyntaxKind.NullLiteralExpression)));
                value = BinaryExpression(SyntaxKind.CoalesceExpression, value, ExprAs(defaultValue, type));
            }
            else if (defaultValue is not null && !(atCallSites && IsDefaultReadByName(defaultValue)))
                _module.Unsupported(defaultValue, "a dataclass default that is not a constant");
            // Call sites pass every argument (DataclassArguments): no parameter is optional in C#, so their order is free.
            parameters.Add(atCallSites ? RuntimeBoundDefault(parameter, cls, name, defaultValue) : parameter);
            if ((owner == cls || !baseFields.Contains(name)) && !Dataclasses.IsInitVar(a)) statements.Add(AssignField(name, value));
        }
        // __post_init__ runs once: a base's constructor already calls it (virtually) where a base defines it. It takes
        // the InitVars, in order.
        if (cls.FindMethod("__post_init__") is not null && cls.Base?.FindMethod("__post_init__") is null)
            statements.Add(ExpressionStatement(InvocationExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, ThisExpression(), IdentifierName("__post_init__")))
                .WithArgumentList(ArgumentList(SeparatedList(Dataclasses.AllInitVars(cls).Select(v => Argument(IdentifierName(CSharpNames.Token(((Name)v.Target).Id)))))))));
        var constructor = ConstructorDeclaration(CSharpNames.Token(cls.Name))
            .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword)))
            .WithParameterList(ParameterList(SeparatedList(parameters)))
            .WithBody(SyntaxFactory.Block(statements));
        // A plain base's __init__ does not run: the generated __init__ calls none.
        if (cls.Base is { } plain && !IsDataclass(plain))
            return NeedsSkipInitConstructor(plain) ? constructor.WithInitializer(SkipInitBase(CSharpNames.QualifiedExpr("SkipInit.Value"))) : constructor;
        return cls.Base is not null ? constructor.WithInitializer(ConstructorInitializer(SyntaxKind.BaseConstructorInitializer, ArgumentList(SeparatedList(baseArguments)))) : constructor;
    }

    /// <summary>The topmost program class of <paramref name="cls"/>'s chain of bases.</summary>
    static ClassInfo Root(ClassInfo cls)
    {
        while (cls.Base is { } b) cls = b;
        return cls;
    }

    /// <summary>Whether a plain class can be the C# root of dataclasses deriving from it: declared on PyDataclass, which
    /// its own instances do not behave as (<see cref="NotADataclass"/>). Not a class whose C# base is already another
    /// runtime class (an exception, an enum, a library or builtin base).</summary>
    bool CanRootDataclasses(ClassInfo root) =>
        (root.LibraryBase is null || IsAbcBase(root)) && !root.IsException && !root.IsEnum && !root.IsNamedTuple && root.EnumMixin is null && BuiltinBaseType(root) is null;

    /// <summary>A class deriving from abc.ABC: declared on PyDataclass it is marked <c>[AbstractBaseClass]</c>, whose
    /// constructor refuses abstract classes as ABC's does.</summary>
    static bool IsAbcBase(ClassInfo cls) => cls.LibraryBase is { PythonName: "abc.ABC" };

    /// <summary>Whether the C# class of <paramref name="cls"/> derives from PyDataclass: a dataclass whose chain of
    /// program bases holds no other runtime base, or the root of such a dataclass's chain.</summary>
    bool DeclaredOnPyDataclass(ClassInfo cls) =>
        cls.Base is null && CanRootDataclasses(cls) && (IsDataclass(cls) || _model.Tables.Classes.Values.Any(c => IsDataclass(c) && c != cls && Root(c) == cls));

    /// <summary>A plain class in a tree rooted on PyDataclass with no dataclass among its own bases: its instances have
    /// object's repr, equality and hash, and its attributes are no dataclass fields (<c>[NotADataclass]</c>).</summary>
    bool NotADataclass(ClassInfo cls) =>
        DeclaredOnPyDataclass(Root(cls)) && !cls.SelfAndBases().Any(IsDataclass);

    static StatementSyntax AssignField(string name, ExpressionSyntax value) =>
        ExpressionStatement(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression,
            MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, ThisExpression(), CSharpNames.Id(name)), value));

    /// <summary>What <c>default_factory</c> makes: <c>new PyList&lt;T&gt;()</c> for list/dict/set, else the callable called.</summary>
    ExpressionSyntax FactoryValue(Expr factory, PyType type) =>
        factory is Name { Id: "list" or "dict" or "set" } n && _model.SymbolOf(n)?.Kind == SymbolKind.Builtin
            ? ObjectCreationExpression(TypeMapper.Map(BuiltinFactoryResult(n.Id, type))).WithArgumentList(ArgumentList())
            : Coerce(Runtime("Py", "Call", ExprAs(factory, PyType.Object)), PyType.Object, type);

    /// <summary>The container <c>list</c>/<c>dict</c>/<c>set</c> make for a field of this type: the field's own
    /// type, or a container of objects where the field is dynamic (an object field, forced dynamic).</summary>
    static PyType BuiltinFactoryResult(string factory, PyType field) => field switch
    {
        ListType or DictType or SetType => field,
        _ => factory switch
        {
            "list" => new ListType(PyType.Object),
            "dict" => new DictType(PyType.Object, PyType.Object),
            _ => new SetType(PyType.Object),
        },
    };

    /// <summary>The parameter type that lets null stand for "left out": the field's type made nullable once.</summary>
    static TypeSyntax NullableParameterType(PyType type) =>
        TypeMapper.Map(type) is var mapped && mapped is NullableTypeSyntax ? mapped : NullableType(mapped);

    /// <summary>Dataclass(a, b=x): each argument converted to its field's type (list displays built with the field's element type).</summary>
    ArgumentListSyntax DataclassArguments(Call c, ClassInfo cls)
    {
        if (c.Args.Any(a => a is Starred) || c.Keywords.Any(k => k.Name is null))
        {
            _module.Unsupported(c, "'*' or '**' arguments to a dataclass");
            return ArgumentList();
        }
        PyType FieldType(string? name) => name is not null && cls.FindField(name) is { } f ? f.Type : PyType.Object;
        var init = Dataclasses.AllInitFields(cls).Select(a => ((Name)a.Target).Id).ToList();
        var args = c.Args.Select((a, i) => Argument(ExprAs(a, FieldType(i < init.Count ? init[i] : null))))
            .Concat(c.Keywords.Select(k => Argument(ExprAs(k.Value, FieldType(k.Name))).WithNameColon(NameColon(CSharpNames.Id(k.Name!)))));
        if (DefaultsAtCallSites(cls)) args = args.Concat(LeftOutDefaults(c, cls));
        return ArgumentList(SeparatedList(args));
    }

    /// <summary>Whether the arguments bind to the generated <c>__init__</c>: no more positionals than it takes (none
    /// with kw_only=True), keywords it names once, every field without a default given. Python raises TypeError for
    /// the others, which C# would not compile: they are bound at run time, which raises it.</summary>
    static bool DataclassArgumentsBind(Call c, ClassInfo cls)
    {
        var init = Dataclasses.AllInitFields(cls).ToList();
        var names = init.Select(a => ((Name)a.Target).Id).ToList();
        int positional = Dataclasses.Option(cls.Node, "kw_only") ? 0 : names.Count;
        if (c.Args.Length > positional) return false;
        var given = names.Take(c.Args.Length).ToHashSet();
        foreach (var k in c.Keywords)
            if (k.Name is null || !names.Contains(k.Name) || !given.Add(k.Name)) return false;
        return init.All(a => given.Contains(((Name)a.Target).Id) || Dataclasses.DefaultValue(a.Value) is not null || Dataclasses.DefaultFactory(a.Value) is not null);
    }

    /// <summary>Whether the constructor cannot write some default itself: a field of object type (dynamic) whose
    /// default is read by name (<c>role: Role = Role.MEMBER</c> forced dynamic), where C# writes only null and
    /// None is a value the caller may pass. Then every call site passes each argument it leaves out.</summary>
    bool DefaultsAtCallSites(ClassInfo cls) => Dataclasses.InitFields(cls.Node).Any(a =>
        Dataclasses.DefaultFactory(a.Value) is null && Dataclasses.DefaultValue(a.Value) is { } value && IsDefaultReadByName(value)
        && TypeMapper.IsNullable(cls.Fields[((Name)a.Target).Id].Type));

    static bool IsDefaultReadByName(Expr value) => value is Attribute or Name;

    /// <summary>A literal no program can mutate: a constant, a negated one, a tuple of such literals.</summary>
    static bool IsImmutableLiteral(Expr value) => value switch
    {
        Constant => true,
        UnaryOp u => u.Operand is Constant,
        Tuple t => t.Elts.All(IsImmutableLiteral),
        _ => false,
    };

    /// <summary>A parameter whose C# default is moved where a construction bound at run time (<c>Py.Call(typeof(C), ...)</c>)
    /// finds it: a constant as <c>[Optional, DefaultParameterValue(c)]</c>, a default read by name into an object field
    /// as a static field of the class that <c>[PyDefaultField]</c> names (evaluated once, as the class statement does).</summary>
    ParameterSyntax RuntimeBoundDefault(ParameterSyntax parameter, ClassInfo cls, string name, Expr? defaultValue)
    {
        if (parameter.Default is { } written) return WithDefaultAttributes(parameter.WithDefault(null), written.Value);
        if (defaultValue is null || !IsDefaultReadByName(defaultValue) || !TypeMapper.IsNullable(cls.FindField(name)!.Type)) return parameter;
        var field = DefaultFieldName(name);
        _dataclassDefaultFields.Add(FieldDeclaration(VariableDeclaration(TypeMapper.Map(cls.FindField(name)!.Type)).WithVariables(SingletonSeparatedList(
                VariableDeclarator(Identifier(field)).WithInitializer(EqualsValueClause(ExprAs(defaultValue, cls.FindField(name)!.Type))))))
            .WithModifiers(TokenList(Token(SyntaxKind.StaticKeyword), Token(SyntaxKind.ReadOnlyKeyword))));
        return parameter.AddAttributeLists(AttributeList(SingletonSeparatedList(
            Attribute(IdentifierName("PyDefaultField"), AttributeArgumentList(SingletonSeparatedList(AttributeArgument(StringLit(field))))))));
    }

    static string DefaultFieldName(string field) => "__default_" + field;

    /// <summary>The defaults of the fields a call leaves out, as named arguments: null where the constructor makes
    /// the value itself (a factory, a default read by name for a field that is never None), else the default.</summary>
    IEnumerable<ArgumentSyntax> LeftOutDefaults(Call c, ClassInfo cls)
    {
        var given = c.Keywords.Select(k => k.Name).ToHashSet();
        foreach (var (a, i) in Dataclasses.InitFields(cls.Node).Select((a, i) => (a, i)))
        {
            var name = ((Name)a.Target).Id;
            if (i < c.Args.Length || given.Contains(name)) continue;
            var type = cls.Fields[name].Type;
            var value = Dataclasses.DefaultValue(a.Value);
            ExpressionSyntax? argument = Dataclasses.DefaultFactory(a.Value) is not null || value is not null && IsDefaultReadByName(value) && !TypeMapper.IsNullable(type)
                ? LiteralExpression(SyntaxKind.NullLiteralExpression)
                : value is not null ? ExprAs(value, type) : null;
            if (argument is not null) yield return Argument(argument).WithNameColon(NameColon(CSharpNames.Id(name)));
        }
    }
}
