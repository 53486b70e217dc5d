using Py2Cs.Emit.Naming;
using Py2Cs.Emit.Types;
using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Inference;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// class C(Base): ... becomes a nested C# class: instance attributes assigned through self become
// public fields, class-level assignments static fields, __init__ the constructor (super().__init__
// its base initializer), methods public virtual methods, @staticmethod/@classmethod static ones,
// @property a property. A class without __init__ forwards its base's constructor.
sealed partial class BodyEmitter
{
    static readonly HashSet<string> RuntimeVirtuals = ["__repr__", "__str__"];

    ClassDeclarationSyntax EmitClass(ClassInfo cls)
    {
        var node = cls.Node;
        RefuseUnsupportedClassHooks(cls);
        var members = new List<MemberDeclarationSyntax>();
        foreach (var name in cls.FieldOrder)
        {
            var field = cls.Fields[name];
            if (cls.Base?.FindField(name) is not null) continue;     // declared by the base class
            if (cls.IsNamedTuple) continue;                          // a tuple item: a property below
            if (IsDataclass(cls) && Dataclasses.Fields(node).Any(a => Dataclasses.IsInitVar(a) && ((Name)a.Target).Id == name)) continue;   // a parameter only
            var fieldModifiers = TokenList(Token(SyntaxKind.PublicKeyword));
            if (IsDataclass(cls) && Dataclasses.Option(node, "frozen")) fieldModifiers = fieldModifiers.Add(Token(SyntaxKind.ReadOnlyKeyword));
            members.Add(FieldDeclaration(VariableDeclaration(TypeMapper.Map(field.Type)).WithVariables(SingletonSeparatedList(
                    VariableDeclarator(CSharpNames.Token(name)).WithInitializer(EqualsValueClause(FieldInitialValue(cls, name, field.Type))))))
                .WithModifiers(fieldModifiers)
                .WithAttributeLists(IsDataclass(cls) ? DataclassFieldAttributes(cls, name) : LateFieldAttributes(cls, name, field.Type)));
        }
        foreach (var (name, field) in MixinFields(cls))
            members.Add(FieldDeclaration(VariableDeclaration(TypeMapper.Map(field.Type)).WithVariables(SingletonSeparatedList(
                    VariableDeclarator(CSharpNames.Token(name)).WithInitializer(EqualsValueClause(DefaultValue(field.Type))))))
                .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword))));
        if (IsDataclass(cls)) members.AddRange(DataclassMembers(cls));
        if (cls.IsNamedTuple && cls.LibraryBase is not null) members.AddRange(NamedTupleMembers(cls));
        if (cls.IsEnum && cls.LibraryBase is not null) members.Add(EnumConstructor(cls));
        var classEmitter = new BodyEmitter(_module, null, cls.Body);
        var carried = new List<Syntax.Ast.Comment>();
        foreach (var stmt in node.Body)
        {
            int membersBefore = members.Count;
            EmitClassBodyStatement(cls, stmt, members, classEmitter);
            CarryMemberComments(stmt, members, membersBefore, carried);
        }
        if (carried.Count > 0 && members.Count > 0) members[^1] = _module.Trivia.Decorate(members[^1], d => d.After.AddRange(carried));
        members.AddRange(InheritedClassMethodCopies(cls));
        members.AddRange(MixinMethodCopies(cls));
        members.AddRange(AliasTargets(cls));
        if (cls.FindMethod("__init__") is { Class: { } initOwner } mixinInit && !cls.Methods.ContainsKey("__init__") && MixinClasses(cls).Contains(initOwner))
            members.Insert(0, MixinConstructor(cls, mixinInit));
        else if (Dataclasses.InitCalled(cls) is { } inherited && !cls.Methods.ContainsKey("__init__"))
            members.Insert(0, ForwardingConstructor(cls, inherited));
        else if (!cls.Methods.ContainsKey("__init__") && cls.IsException)
            members.Insert(0, ExceptionConstructor(cls));
        else if (cls.FindMethod("__init__") is null && BuiltinBaseType(cls) is not null)
            members.InsertRange(0, BuiltinBaseConstructors(cls));
        else if (cls.FindMethod("__init__") is null && !cls.IsEnum && !cls.IsNamedTuple && !cls.IsException && !IsDataclass(cls))
            members.InsertRange(0, RuntimeBaseConstructors.Of(cls));

        if (RunsInitInPythonOrder(cls)) members.AddRange(InitCopies(cls));
        if (cls.Methods.ContainsKey("__init__") && InitsAfterNew(cls) && InitMethodAfterNew(cls) is { } initAfterNew) members.Add(initAfterNew);
        if (NeedsSkipInitConstructor(cls))
        {
            // A class with no constructor of its own had C#'s implicit one, which declaring another would take away.
            if (!members.OfType<ConstructorDeclarationSyntax>().Any()) members.Add(ParameterlessConstructor(cls));
            members.Add(SkipInitConstructor(cls));
        }
        if (cls.IsHoistedLocal && ClassStatementReset(cls, members) is { } reset) members.Add(reset);

        // A sealed runtime class (bytes, io.BufferedReader) has no C# subclass: the class statement is refused (in
        // partial mode it raises where it stands) and the class is declared on PyObject, so that the rest compiles.
        bool sealedBase = cls.Base is null && cls.LibraryBase is { ClrType.IsSealed: true };
        if (sealedBase)
            _module.Unsupported(node.Bases.FirstOrDefault(b => TypeOf(b) is LibraryClassType { Class: var c } && c == cls.LibraryBase) ?? (Node)node,
                $"a class deriving from '{cls.LibraryBase!.PythonName}' (a sealed runtime class)");
        var baseType = cls.Base is { } b ? (TypeSyntax)CSharpNames.Id(b.Name)
            : DeclaredOnPyDataclass(cls) ? IdentifierName("PyDataclass")
            : cls.EnumMixin is not null ? EnumMixinBase(cls)
            : cls.LibraryBase is { } lb && !sealedBase ? CSharpNames.Qualified(lb.CSharpName)
            : BuiltinBaseType(cls) is { } builtin ? builtin
            : IdentifierName("PyObject");
        var libraryBases = node.Bases.Where(b => TypeOf(b) is not ClassRefType && !ClassAttributes.IsObjectBase(b) && !IsEnumMixin(cls, b)).ToList();
        if (libraryBases.Count > 1) _module.Unsupported(libraryBases[1], "a class with two library or dynamic bases");
        // int, str, tuple, Counter, defaultdict ... are library functions to the model, not classes a C# class
        // can derive from: dropping such a base would give an instance none of the builtin's behaviour (a class
        // deriving from type is a metaclass, refused as one).
        foreach (var pythonBase in node.Bases)
            if (TypeOf(pythonBase) is LibraryFunctionType { Function.QualifiedName: var function } && !(function is "int" or "float" or "str" && cls.BuiltinBase == function) && function is not ("dict" or "list" or "type" or "collections.Counter" or "collections.defaultdict" or "collections.OrderedDict")
                && !ClassAttributes.IsObjectBase(pythonBase) && !function.StartsWith("typing.", StringComparison.Ordinal) && !IsEnumMixin(cls, pythonBase))
                _module.Unsupported(pythonBase, $"a class deriving from '{function}'");
        // Its __new__ is the runtime's way in (super().__new__(cls, v) makes the value, Py.BuiltinNew); an __init__
        // would have to run on a value the builtin's constructors already made.
        if (cls.BuiltinBase is "int" or "float" or "str" && cls.FindMethod("__init__") is { } ownInit)
            _module.Unsupported(ownInit.Node, $"a class deriving from '{cls.BuiltinBase}' that defines __init__");
        var bases = new List<BaseTypeSyntax> { SimpleBaseType(baseType) };
        if (AsyncContextManagerInterface(cls) is { } manager) bases.Add(SimpleBaseType(manager));
        if (node.DecoratorList.Any(IsTotalOrderingDecorator))
            bases.Add(SimpleBaseType(IdentifierName(nameof(Py2Cs.Runtime.ITotalOrdering))));
        var declaration = ClassDeclaration(CSharpNames.Token(cls.Name));
        if (PythonBasesAttribute(cls) is { } pythonBases) declaration = declaration.AddAttributeLists(pythonBases);
        else if (SecondLibraryBase(cls) is not null) declaration = declaration.AddAttributeLists(AllPythonBases(node));
        if (NestedQualName(cls) is { } qualName) declaration = declaration.AddAttributeLists(QualNameAttribute(qualName));
        if (DocAttribute(cls) is { } doc) declaration = declaration.AddAttributeLists(doc);
        if (NotADataclass(cls)) declaration = declaration.AddAttributeLists(AttributeList(SingletonSeparatedList(Attribute(IdentifierName("NotADataclass")))));
        if (DeclaredOnPyDataclass(cls) && IsAbcBase(cls)) declaration = declaration.AddAttributeLists(AttributeList(SingletonSeparatedList(Attribute(IdentifierName("AbstractBaseClass")))));
        return declaration
            .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword)))
            .WithBaseList(BaseList(SeparatedList(bases)))
            .WithMembers(List(members))
            .WithLeadingTrivia(DocComment(node.Body));
    }

    /// <summary>One statement of a class body becomes members (a method, a field) or nothing.</summary>
    void EmitClassBodyStatement(ClassInfo cls, Stmt stmt, List<MemberDeclarationSyntax> members, BodyEmitter classEmitter)
    {
        var node = cls.Node;
        switch (stmt)
        {
            case FunctionDef f when _model.FunctionOf(f).DecoratorsApplied:
                members.AddRange(DecoratedMethodMembers(_model.FunctionOf(f)));
                break;
            case FunctionDef f:
                var member = EmitClassMember(cls, _model.FunctionOf(f));
                if (member is not null) members.Add(member);
                break;
            case Assign or AnnAssign when cls.IsEnum && EnumMembers.MemberName(stmt) is { } memberName:
                members.Add(classEmitter.EnumMemberField(cls, memberName, EnumMembers.MemberValue(stmt)));
                break;
            case Assign { Targets: [Name alias], Value: Name aliased } when MethodAlias(cls, alias.Id, aliased) is { } forward:
                members.Add(forward);
                break;
            case AnnAssign { Target: Name } when cls.IsNamedTuple:   // a tuple field: declared by NamedTupleMembers
                break;
            case Assign { Targets: [Tuple { Elts: var targets }], Value: Tuple { Elts: var values } } when ClassAttributes.IsParallelAssignment(targets, values):
                // WIDTH, HEIGHT = 4, 5: one class attribute per name.
                for (int i = 0; i < targets.Length; i++) members.Add(classEmitter.ClassAttributeField(cls, ((Name)targets[i]).Id, values[i]));
                break;
            case ClassDef:   // declared beside the outer class (NestedClasses)
                break;
            // CHECK_METHODS = None ... CHECK_METHODS = [...] (optparse): one static field, holding what the class
            // body assigns last; a mixin's instance attribute of the name (minidom's publicId) is the field itself.
            case Assign { Targets: [Name target] } when AssignedAgainLater(node, stmt, target.Id) || MixinFields(cls).Any(f => f.Name == target.Id):
                break;
            case Assign { Targets: [Name target] } a:
                members.Add(classEmitter.ClassAttributeField(cls, target.Id, a.Value));
                break;
            case AnnAssign { Target: Name target, Value: { } value } a when !IsDataclass(cls) || Dataclasses.IsClassVar(a):
                if (!AssignedAgainLater(node, stmt, target.Id)) members.Add(classEmitter.ClassAttributeField(cls, target.Id, value));
                break;
            // An annotation only declares no attribute, in a class whose bases are all known (a
            // NamedTuple or TypedDict base would make it a field).
            case AnnAssign { Target: Name, Value: null } when !IsDataclass(cls) && node.Bases.All(b => TypeOf(b) is ClassRefType or LibraryClassType || ClassAttributes.IsObjectBase(b)):
            case AnnAssign { Target: Name } when IsDataclass(cls):   // a field: declared above
            case ExprStmt { Value: Constant }:
            case Pass:
                break;
            default:
                _module.Unsupported(stmt, "this statement in a class body");
                break;
        }
    }

    /// <summary>Whether a class-body statement after <paramref name="stmt"/> assigns <paramref name="name"/> as a class attribute again.</summary>
    static bool AssignedAgainLater(ClassDef node, Stmt stmt, string name) =>
        node.Body.SkipWhile(s => !ReferenceEquals(s, stmt)).Skip(1).Any(s => s is Assign { Targets: [Name { Id: var assigned }] } && assigned == name
            || s is AnnAssign { Target: Name { Id: var annotated }, Value: not null } && annotated == name);

    // class Shape: class Meta: ...  Python reaches the inner class only through the outer one
    // (Shape.Meta, self.Meta), so it becomes a class beside Shape with its own name; two program
    // classes of one name would clash in C#, and are refused.
    IEnumerable<ClassDeclarationSyntax> NestedClasses(ClassDef outer)
    {
        foreach (var inner in outer.Body.OfType<ClassDef>())
        {
            if (_model.Tables.Classes.Keys.Count(c => c.Name == inner.Name) > 1) _module.Unsupported(inner, "two classes of the same name, one nested in another class");
            yield return EmitClass(_model.ClassOf(inner));
            foreach (var deeper in NestedClasses(inner)) yield return deeper;
        }
    }

    // class C: async def __aenter__(self) -> T ...; async def __aexit__(self, t, e, tb) ...
    // becomes  class C : PyObject, IAsyncContextManager<T>  so that runtime code taking any async
    // context manager (AsyncExitStack.enter_async_context) accepts it. Only where this class first
    // defines the pair with the interface's exact shape (object? parameters, non-generic T).
    static TypeSyntax? AsyncContextManagerInterface(ClassInfo cls)
    {
        if (TypeInferrer.AsyncContextManagerExit(cls) is not { } exit || cls.Methods.GetValueOrDefault("__aenter__") is not { } enter) return null;
        if (cls.Base?.FindMethod("__aenter__") is not null || cls.Base?.FindMethod("__aexit__") is not null) return null;
        if (enter.Parameters.Count != 1 || exit.Parameters.Skip(1).Any(p => !TypeMapper.IsNullable(p.Type) || p.Type is OptionalType)) return null;
        return GenericName(Identifier("IAsyncContextManager")).WithTypeArgumentList(TypeArgumentList(SingletonSeparatedList(TypeMapper.Map(enter.ReturnType))));
    }

    // An inherited @classmethod that uses cls becomes, in each subclass, a `static new` copy whose cls
    // is the subclass: Sub.make() constructs a Sub, as Python's cls does (C# statics do not dispatch).
    // class Sequence(Reversible, Collection): __subclasshook__ of both bases, one member: the one the MRO finds
    // (a mixin's too: MixinMethodCopies leaves such classmethods to this copy).
    IEnumerable<MemberDeclarationSyntax> InheritedClassMethodCopies(ClassInfo cls)
    {
        var inherited = cls.Mro().Skip(1).SelectMany(b => b.Methods.Values)
            .Where(m => TypeInferrer.IsDecorated(m, "classmethod") && UsesClsParameter(m))
            .GroupBy(m => m.Name).Select(g => g.First())
            .Where(m => !cls.Methods.ContainsKey(m.Name));
        foreach (var m in inherited)
            if (EmitClassMember(m.Class!, m, receiver: cls) is { } copy) yield return copy;
    }

    bool UsesClsParameter(FunctionInfo m) =>
        m.Parameters.Count > 0 && (_module.NameUses.GetValueOrDefault(m.Parameters[0]) ?? []).Any(u => u is Name { Ctx: ExprContext.Load });

    static List<SyntaxToken> MemberModifiers(ClassInfo cls, FunctionInfo f, ClassInfo? receiver, ClassInfo? host, bool isInitSubclass, bool isStatic, bool overridesRuntime)
    {
        var modifiers = new List<SyntaxToken> { Token(SyntaxKind.PublicKeyword) };
        if (receiver is not null || isInitSubclass && (host ?? cls).Base?.FindMethod(f.Name) is not null) modifiers.Add(Token(SyntaxKind.NewKeyword));
        if (isStatic) modifiers.Add(Token(SyntaxKind.StaticKeyword));
        else if (RuntimeVirtuals.Contains(f.Name) || OverridesInCSharp(f, (host ?? cls).Base?.FindMethod(f.Name))
            || overridesRuntime) modifiers.Add(Token(SyntaxKind.OverrideKeyword));
        else if ((host ?? cls).Base?.FindMethod(f.Name) is not null) modifiers.AddRange([Token(SyntaxKind.NewKeyword), Token(SyntaxKind.VirtualKeyword)]);
        else modifiers.Add(Token(SyntaxKind.VirtualKeyword));
        return modifiers;
    }

    /// <summary>Whether a method redefining <paramref name="inherited"/> can be its C# override: an instance method with
    /// the same parameter list. Python lets an override take another one (an extra parameter with a default, no *args);
    /// C# then declares a new virtual method hiding the base one, which compiles (a call made through a reference typed
    /// as the base class reaches the base method). Differing types stay an override: the demotion step makes them
    /// agree as objects.</summary>
    static bool OverridesInCSharp(FunctionInfo f, FunctionInfo? inherited) =>
        inherited is not null && !TypeInferrer.IsDecorated(inherited, "staticmethod") && !TypeInferrer.IsDecorated(inherited, "classmethod")
        && !TypeInferrer.IsDecorated(inherited, "property") && !TypeInferrer.IsInitSubclass(inherited)
        && ParameterShape(f).SequenceEqual(ParameterShape(inherited));

    /// <summary>The kinds of a method's C# parameters after self (plain, *args, **kwargs), as EmitSignatureAndBody declares them.</summary>
    internal static IEnumerable<char> ParameterShape(FunctionInfo f) =>
        Semantics.Binding.Binder.AllArgs(f.Node.Args).Skip(1).Select(a => a == f.Node.Args.VarArg ? '*' : a == f.Node.Args.KwArg ? 'k' : 'p');

    /// <param name="host">The class the member is declared in when it is a mixin's method copied there.</param>
    /// <param name="copyName">The name of a mixin's method copied as a private link of a super() chain (BodyEmitter.Mixins).</param>
    MemberDeclarationSyntax? EmitClassMember(ClassInfo cls, FunctionInfo f, ClassInfo? receiver = null, ClassInfo? host = null, string? copyName = null)
    {
        // __init_subclass__: static, its cls a parameter holding each new subclass (BodyEmitter.InitSubclass).
        bool isInitSubclass = TypeInferrer.IsInitSubclass(f);
        bool isStatic = isInitSubclass || TypeInferrer.IsDecorated(f, "staticmethod");
        bool isClassMethod = !isInitSubclass && TypeInferrer.IsDecorated(f, "classmethod");
        bool isProperty = TypeInferrer.IsDecorated(f, "property");
        bool isSetter = f.Node.DecoratorList.Any(d => d is Attribute { Attr: "setter" });
        foreach (var d in f.Node.DecoratorList)
            if (!(d is Name { Id: "staticmethod" or "classmethod" or "property" } || d is Attribute { Attr: "setter" or "deleter" } || IsAsyncContextManagerDecorator(d) && f.IsAsyncGenerator || IsAbstractMethodDecorator(d)))
                _module.Unsupported(d, "this decorator");
        if (isSetter) return null;   // folded into the property by its getter

        var emitter = new BodyEmitter(_module, f, f.Body) { _mixinHost = host };
        if (!isStatic && f.Parameters.Count > 0)
        {
            if (isClassMethod) (emitter._classMethodSymbol, emitter._classMethodReceiver) = (f.Parameters[0], receiver);
            else emitter._selfSymbol = f.Parameters[0];
        }
        if (f.Name == "__init__" && copyName is null) return emitter.Constructor(host ?? cls, f);
        if (f.Node.DecoratorList.Any(d => d is Attribute { Attr: "deleter" })) return emitter.PropertyDeleter(f);
        if (isProperty) return emitter.Property(cls, f);

        var (parameters, body) = emitter.EmitSignatureAndBody(f, skipSelf: !isStatic);
        var returnType = RuntimeVirtuals.Contains(f.Name) ? PredefinedType(Token(SyntaxKind.StringKeyword)) : ReturnTypeOf(f);
        // A program base's method overriding the runtime's (Printing.emit, Shouting(Printing).emit) is the same C# slot: its
        // overrides take the runtime's parameter types too.
        var programBase = (host ?? cls).Base?.FindMethod(f.Name);
        bool overridesRuntime = copyName is null && !isStatic && !isClassMethod && (programBase is null || OverridesInCSharp(f, programBase))
            && RuntimeOverrides.Adapt(RuntimeOverrides.Overridden(host ?? cls, f), f, ref returnType, ref parameters, ref body);
        List<SyntaxToken> modifiers = copyName is not null ? [Token(SyntaxKind.PrivateKeyword)] : MemberModifiers(cls, f, receiver, host, isInitSubclass, isStatic || isClassMethod, overridesRuntime);
        if (f.IsAsync && !f.IsGenerator) modifiers.Add(Token(SyntaxKind.AsyncKeyword));
        return MarkAbstract(MethodDeclaration(returnType, CSharpNames.Token(copyName ?? f.Name))
            .WithAttributeLists(PythonFunctionAttributes(f))
            .WithModifiers(TokenList(modifiers))
            .WithParameterList(parameters)
            .WithBody(body), f)
            .WithLeadingTrivia(DocComment(f.Node.Body));
    }

    ConstructorDeclarationSyntax Constructor(ClassInfo cls, FunctionInfo init)
    {
        if (RunsInitInPythonOrder(cls)) return ConstructorInPythonOrder(cls, init);
        // super().__init__(...) anywhere at the top level of __init__ becomes the base initializer.
        var body = init.Node.Body;
        var superCall = body.OfType<ExprStmt>().Select(s => s.Value).OfType<Call>()
            .FirstOrDefault(c => c.Func is Attribute { Attr: "__init__", Value: var proxy } && SuperCalls.IsSuper(proxy, init));
        // Arguments computed in __init__ first: the call stays where Python runs it (BodyEmitter.BaseInitArguments.cs).
        bool superStaysInBody = superCall is not null && !ArgumentsKnownOnEntry(superCall, init);
        if (superStaysInBody) superCall = null;
        // Base.__init__(self, ...) with Base the first base, the older spelling: the base initializer too, without self.
        if (superCall is null && !superStaysInBody && body.OfType<ExprStmt>().FirstOrDefault(s => IsExplicitBaseInit(s.Value, cls, init)) is { Value: Call explicitCall } statement
            && ArgumentsKnownOnEntry(explicitCall, init))
        {
            superCall = explicitCall with { Args = explicitCall.Args.RemoveAt(0) };
            _skippedStatement = statement;
        }
        var (parameters, block) = EmitSignatureAndBody(init, skipSelf: true);
        var ctor = ConstructorDeclaration(CSharpNames.Token(cls.Name))
            .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword)))
            .WithParameterList(parameters);
        if (superCall is not null && !HasObjectBaseOnly(cls))   // object.__init__ stays a statement (SuperCall)
        {
            var args = cls.Base?.FindMethod("__init__") is { } baseInit ? BindArguments(superCall, baseInit, skipSelf: true) : PlainArguments(superCall);
            ctor = ctor.WithInitializer(ConstructorInitializer(SyntaxKind.BaseConstructorInitializer, args));
            block = block.WithStatements(List(block.Statements.Where(s => !IsSuperInitStatement(s))));
        }
        else if (cls.IsException && cls.Base is null)
            ctor = ctor.WithInitializer(ConstructorInitializer(SyntaxKind.BaseConstructorInitializer, ArgumentList()));
        else if (SkipsBaseInit(cls))
            ctor = ctor.WithInitializer(SkipInitBase(CSharpNames.QualifiedExpr("SkipInit.Value")));
        return ctor.WithBody(block);
    }

    /// <summary>Whether <paramref name="e"/> is <c>Base.__init__(self, ...)</c> in <paramref name="init"/>, Base spelled as the
    /// class statement spells its first base (<c>Base</c>, <c>module.Base</c>).</summary>
    static bool IsExplicitBaseInit(Expr e, ClassInfo cls, FunctionInfo init) =>
        e is Call { Func: Attribute { Attr: "__init__", Value: var owner }, Args: [Name self, ..] } call
        && call.Args.Skip(1).All(a => a is not Starred) && init.Parameters.Count > 0 && self.Id == init.Parameters[0].Name
        && cls.Node.Bases.FirstOrDefault() is { } first && DottedName(first) is { } spelled && spelled == DottedName(owner);

    /// <summary><c>a.b.c</c> for a chain of names and attributes, else null.</summary>
    static string? DottedName(Expr e) => e switch
    {
        Name n => n.Id,
        Attribute { Value: var v, Attr: var attr } when DottedName(v) is { } left => left + "." + attr,
        _ => null,
    };

    /// <summary>base.__init__(...), or with a runtime base class, Py.CallMethod(typeof(Base), "__init__", this, ...) (SuperCall):
    /// the statement the base initializer stands for.</summary>
    static bool IsSuperInitStatement(StatementSyntax s) =>
        s is ExpressionStatementSyntax { Expression: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: var receiver, Name.Identifier.ValueText: "__init__" } } }
        && WithoutParentheses(receiver) is BaseExpressionSyntax
        || s is ExpressionStatementSyntax { Expression: var e } && WithoutParentheses(e) is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "CallMethod" } } call
        && call.ArgumentList.Arguments is [{ Expression: TypeOfExpressionSyntax }, { Expression: LiteralExpressionSyntax { Token.ValueText: "__init__" } }, { Expression: ThisExpressionSyntax }, ..];

    static ExpressionSyntax WithoutParentheses(ExpressionSyntax e) => e is ParenthesizedExpressionSyntax p ? WithoutParentheses(p.Expression) : e;

    ConstructorDeclarationSyntax ForwardingConstructor(ClassInfo cls, FunctionInfo inherited)
    {
        var emitter = new BodyEmitter(_module, inherited, inherited.Body);
        var (parameters, _) = emitter.EmitSignatureAndBody(inherited, skipSelf: true);
        var args = parameters.Parameters.Select(p => Argument(IdentifierName(p.Identifier)));
        return ConstructorDeclaration(CSharpNames.Token(cls.Name))
            .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword)))
            .WithParameterList(parameters)
            .WithInitializer(ConstructorInitializer(SyntaxKind.BaseConstructorInitializer, ArgumentList(SeparatedList(args))))
            .WithBody(SyntaxFactory.Block());
    }

    static ConstructorDeclarationSyntax ExceptionConstructor(ClassInfo cls) =>
        ConstructorDeclaration(CSharpNames.Token(cls.Name))
            .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword)))
            .WithParameterList(ParameterList(SingletonSeparatedList(Parameter(Identifier("args"))
                .WithModifiers(TokenList(Token(SyntaxKind.ParamsKeyword)))
                .WithType(ArrayType(TypeMapper.ObjectSyntax).WithRankSpecifiers(SingletonList(ArrayRankSpecifier(SingletonSeparatedList<ExpressionSyntax>(OmittedArraySizeExpression()))))))))
            .WithInitializer(ConstructorInitializer(SyntaxKind.BaseConstructorInitializer, ArgumentList(SingletonSeparatedList(Argument(IdentifierName("args"))))))
            .WithBody(SyntaxFactory.Block());

    PropertyDeclarationSyntax Property(ClassInfo cls, FunctionInfo getter)
    {
        var (_, getBody) = EmitSignatureAndBody(getter, skipSelf: true);
        var accessors = new List<AccessorDeclarationSyntax> { AccessorDeclaration(SyntaxKind.GetAccessorDeclaration, getBody) };
        var setterDef = cls.Node.Body.OfType<FunctionDef>().FirstOrDefault(d => d.Name == getter.Name && d.DecoratorList.Any(x => x is Attribute { Attr: "setter" }));
        if (setterDef is not null)
        {
            var setter = _model.FunctionOf(setterDef);
            var setEmitter = new BodyEmitter(_module, setter, setter.Body) { _selfSymbol = setter.Parameters[0] };
            if (setter.Parameters.Count > 1) setEmitter._renames[setter.Parameters[1]] = "value";
            var (_, setBody) = setEmitter.EmitSignatureAndBody(setter, skipSelf: true);
            accessors.Add(AccessorDeclaration(SyntaxKind.SetAccessorDeclaration, setBody));
        }
        // Virtual as methods are: self.area in a base class's method reads the subclass's property.
        var inherited = (_mixinHost ?? cls).Base?.FindMethod(getter.Name);
        var modifiers = TokenList(Token(SyntaxKind.PublicKeyword));
        if (inherited is null) modifiers = modifiers.Add(Token(SyntaxKind.VirtualKeyword));
        else if (TypeInferrer.IsDecorated(inherited, "property")) modifiers = modifiers.Add(Token(SyntaxKind.OverrideKeyword));
        var property = PropertyDeclaration(TypeMapper.Map(getter.ReturnType), CSharpNames.Token(getter.Name))
            .WithModifiers(modifiers)
            .WithAccessorList(AccessorList(List(accessors)));
        return getter.Node.DecoratorList.Any(IsAbstractMethodDecorator) ? property.AddAttributeLists(AbstractMethodAttributeList()) : property;
    }
}
