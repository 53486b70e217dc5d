using Py2Cs.Emit.Naming;
using Py2Cs.Semantics.Binding;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// class Sub(Base) whose __init__ never calls Base.__init__ (nor super().__init__) while Base's __init__ takes
// arguments: C# would call Base's constructor without them (CS7036). Python runs no base __init__ then, so Sub's
// constructor chains to a constructor of Base that runs none either:
//     public Sub(object? x) : base(SkipInit.Value) { ... }
//     protected Base(SkipInit skip) : base(skip) { }    // each program base up the chain; the topmost: base()
sealed partial class BodyEmitter
{
    /// <summary>Whether <paramref name="cls"/>'s own __init__ skips its program base's, which needs arguments.</summary>
    bool SkipsBaseInit(ClassInfo cls) =>
        cls.Methods.TryGetValue("__init__", out var init) && cls.Base is { } b && !HasObjectBaseOnly(cls) && BaseInitNeedsArguments(b)
        && !init.Node.Body.OfType<ExprStmt>().Any(s => s.Value is Call { Func: Attribute { Attr: "__init__", Value: var proxy } } && SuperCalls.IsSuper(proxy, init)
            || IsExplicitBaseInit(s.Value, cls, init));

    /// <summary>Whether constructing <paramref name="cls"/> in C# takes arguments: a parameter of its __init__ (own or
    /// inherited; self aside) is required in the C# signature. That is more than Python's required parameters: a
    /// default C# cannot write (<c>args=()</c>, <c>kwargs={}</c>) makes it and those before it required, as do
    /// *args and **kwargs (multiprocessing's BaseProcess).</summary>
    static bool BaseInitNeedsArguments(ClassInfo cls) =>
        cls.FindMethod("__init__") is { } init && Semantics.Binding.Binder.AllArgs(init.Node.Args).Skip(1).Any(p => !HasCSharpDefault(init, p));

    /// <summary>Whether some subclass of <paramref name="cls"/> constructs it without running its __init__: it declares
    /// the SkipInit constructor then.</summary>
    bool NeedsSkipInitConstructor(ClassInfo cls) =>
        InitsAfterNew(cls) ||   // object.__new__(cls) makes the instance __init__ then runs on (InitAfterNew)
        _model.Tables.Classes.Values.Any(c => c.Base == cls && (SkipsBaseInit(c) || RunsInitInPythonOrder(c) || NeedsSkipInitConstructor(c) || DataclassHidesBaseInit(c)));

    /// <summary>A dataclass whose generated __init__ hides a plain base's __init__ (which it never calls).</summary>
    bool DataclassHidesBaseInit(ClassInfo cls) =>
        IsDataclass(cls) && !cls.Methods.ContainsKey("__init__") && cls.Base is { } b && !IsDataclass(b) && b.FindMethod("__init__") is not null;

    static ConstructorInitializerSyntax SkipInitBase(ExpressionSyntax skip) =>
        ConstructorInitializer(SyntaxKind.BaseConstructorInitializer, ArgumentList(SingletonSeparatedList(Argument(skip))));

    /// <summary><c>public C() { }</c>: what C# declares for a class without constructors (the class and its bases have no __init__).</summary>
    static ConstructorDeclarationSyntax ParameterlessConstructor(ClassInfo cls) =>
        ConstructorDeclaration(CSharpNames.Token(cls.Name)).WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword))).WithBody(SyntaxFactory.Block());

    ConstructorDeclarationSyntax SkipInitConstructor(ClassInfo cls)
    {
        var ctor = ConstructorDeclaration(CSharpNames.Token(cls.Name))
            .WithModifiers(TokenList(Token(SyntaxKind.ProtectedKeyword)))
            .WithParameterList(ParameterList(SingletonSeparatedList(Parameter(Identifier("skip")).WithType(IdentifierName("SkipInit")))))
            .WithBody(SyntaxFactory.Block());
        return cls.Base is { } b && NeedsSkipInitConstructor(b) ? ctor.WithInitializer(SkipInitBase(IdentifierName("skip"))) : ctor;
    }
}
