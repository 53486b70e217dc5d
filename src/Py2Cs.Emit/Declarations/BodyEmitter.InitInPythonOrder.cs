using Py2Cs.Emit.Naming;
using Py2Cs.Semantics.Binding;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// A C# base initializer runs the base constructor before any statement of the derived one, so
// `super().__init__(...)` can be the base initializer only when it is the first statement of __init__ and the
// next __init__ of the MRO is that of the C# base class. Otherwise (statements before it, a call nested in an
// if, a cooperative chain that goes through a second base: class D(B, C) where B's super().__init__() reaches
// C) the constructor runs no base constructor code (`: base(SkipInit.Value)`), its body runs in Python's
// order, and each super().__init__(...) calls the next __init__ of the class's MRO, copied into the class as a
// private method compiled with self as the class:
//     public D() : base(SkipInit.Value) { print("D"); this.B___init__(); }
//     void B___init__() { print("B"); this.C___init__(); }     void C___init__() { this.A___init__(); } ...
sealed partial class BodyEmitter
{
    /// <summary>Whether <paramref name="cls"/>'s constructor runs its __init__ in Python's order with copies of its
    /// MRO's __init__ methods rather than with a C# base initializer.</summary>
    bool RunsInitInPythonOrder(ClassInfo cls) =>
        cls.Methods.TryGetValue("__init__", out var init) && cls.Mro().All(IsPlainProgramClass) && init.Node.DecoratorList.Length == 0
        && !CallsBaseInitByName(cls) && (!SuperInitIsFirstStatement(init) || InitChainLeavesBaseChain(cls))
        || cls.Methods.TryGetValue("__init__", out var own) && cls.Mro().All(c => IsPlainProgramClass(c) || IsPlainExceptionClass(c)) && own.Node.DecoratorList.Length == 0
            && own.Node.Body.OfType<ExprStmt>().Any(s => IsMroInitByName(s.Value, cls, own)) && !ExplicitBaseInitHoists(cls, own)
            && CallsOnlyMroInitsByName(cls)
        || cls.Methods.ContainsKey("__init__") && InitsAfterNew(cls);   // its __init__ method calls the copies too (InitAfterNew)

    /// <summary><c>X.__init__(self, ...)</c> where X is a class of <paramref name="cls"/>'s MRO after it: the first base as
    /// the class statement spells it, or a class further up (multiprocessing's BoundedSemaphore calls SemLock's __init__
    /// past its parent Semaphore's), whose copy the constructor calls.</summary>
    bool IsMroInitByName(Expr e, ClassInfo cls, FunctionInfo init) =>
        IsExplicitBaseInit(e, cls, init)
        || e is Call { Func: Attribute { Attr: "__init__", Value: var owner and (Name or Attribute) }, Args: [Name self, ..] } call
            && call.Args.Skip(1).All(a => a is not Starred) && init.Parameters.Count > 0 && self.Id == init.Parameters[0].Name
            && TypeOf(owner) is Semantics.Types.ClassRefType { Class: var named } && cls.Mro().Skip(1).Contains(named);

    /// <summary>A program exception class on a library exception: its state is args, which the library exception's
    /// __init__ sets when an __init__ calls it by name (<c>Exception.__init__(self, msg)</c>).</summary>
    bool IsPlainExceptionClass(ClassInfo c) =>
        c is { IsException: true, IsEnum: false, IsNamedTuple: false } && (c.LibraryBase is null || c.LibraryBase.IsException)
        && BuiltinBaseType(c) is null && !IsDataclass(c) && c.Node.Keywords.Length == 0;

    /// <summary>Whether every <c>Base.__init__(self, ...)</c> of the MRO's __init__ methods names a class of the MRO, whose copy it calls.</summary>
    bool CallsOnlyMroInitsByName(ClassInfo cls)
    {
        var mro = cls.Mro().ToList();
        return mro.All(c => !c.Methods.TryGetValue("__init__", out var init) || init.Node.Body.OfType<ExprStmt>()
            .All(s => s.Value is not Call { Func: Attribute { Attr: "__init__", Value: var owner and (Name or Attribute) }, Args: [Name, ..] } call
                || SuperCalls.IsSuper(owner, init) || TypeOf(owner) is Semantics.Types.ClassRefType { Class: var named } && mro.Contains(named)
                || c.IsException && TypeOf(owner) is Semantics.Types.LibraryClassType { Class.IsException: true }));
    }

    /// <summary>Whether the constructor's <c>Base.__init__(self, ...)</c> is its base initializer: the first statement, its arguments known on entry.</summary>
    bool ExplicitBaseInitHoists(ClassInfo cls, FunctionInfo init) =>
        init.Node.Body.SkipWhile(s => s is ExprStmt { Value: Constant }).FirstOrDefault() is ExprStmt { Value: Call call }
        && IsExplicitBaseInit(call, cls, init) && ArgumentsKnownOnEntry(call, init)
        && init.Node.Body.OfType<ExprStmt>().Count(s => s.Value is Call { Func: Attribute { Attr: "__init__" } }) == 1;

    /// <summary>A class whose instance state is all the program's: no library, builtin, exception, enum,
    /// namedtuple or dataclass machinery in its constructor.</summary>
    bool IsPlainProgramClass(ClassInfo c) =>
        c is { LibraryBase: null, IsException: false, IsEnum: false, IsNamedTuple: false } && BuiltinBaseType(c) is null && !IsDataclass(c)
        && c.Node.Keywords.Length == 0;

    /// <summary>Whether every super().__init__(...) of <paramref name="init"/> is one statement that comes first
    /// (after a docstring), or it has none.</summary>
    static bool SuperInitIsFirstStatement(FunctionInfo init)
    {
        var calls = SuperInitCalls(init);
        if (calls.Count == 0) return true;
        var body = init.Node.Body.SkipWhile(s => s is ExprStmt { Value: Constant });
        return calls.Count == 1 && body.FirstOrDefault() is ExprStmt { Value: var first } && ReferenceEquals(first, calls[0]);
    }

    static List<Call> SuperInitCalls(FunctionInfo init)
    {
        var finder = new SuperInitFinder(init);
        finder.VisitBody(init.Node.Body);
        return finder.Found;
    }

    /// <summary>The super().__init__(...) calls of one __init__, outside the functions and classes it defines.</summary>
    sealed class SuperInitFinder(FunctionInfo init) : AstWalker
    {
        public List<Call> Found { get; } = [];

        public override void VisitFunctionDef(FunctionDef f) { }

        public override void VisitClassDef(ClassDef c) { }

        public override void VisitExpr(Expr expr)
        {
            if (expr is Call { Func: Attribute { Attr: "__init__", Value: var proxy } } call && SuperCalls.IsSuper(proxy, init)) Found.Add(call);
            base.VisitExpr(expr);
        }
    }

    /// <summary>Whether a super().__init__ of <paramref name="cls"/>'s chain reaches an __init__ outside its C# base chain.</summary>
    static bool InitChainLeavesBaseChain(ClassInfo cls)
    {
        var inBaseChain = new HashSet<ClassInfo>([cls, .. cls.Base?.Mro() ?? []]);
        return cls.Mro().Any(c => c.Methods.ContainsKey("__init__") && !inBaseChain.Contains(c));
    }

    /// <summary>The constructor: no base constructor code, then the body as it is, each super().__init__ a call.</summary>
    ConstructorDeclarationSyntax ConstructorInPythonOrder(ClassInfo cls, FunctionInfo init)
    {
        var (parameters, block) = EmitSignatureAndBody(init, skipSelf: true);
        var ctor = ConstructorDeclaration(CSharpNames.Token(cls.Name))
            .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword)))
            .WithParameterList(parameters);
        return (cls.Base is null ? ctor : ctor.WithInitializer(SkipInitBase(CSharpNames.QualifiedExpr("SkipInit.Value")))).WithBody(block);
    }

    /// <summary>Whether some __init__ of the MRO calls a base's by name (<c>Base.__init__(self)</c>), which has no copy to call.</summary>
    static bool CallsBaseInitByName(ClassInfo cls) =>
        cls.Mro().Any(c => c.Methods.TryGetValue("__init__", out var init) && init.Node.Body.OfType<ExprStmt>()
            .Any(s => s.Value is Call { Func: Attribute { Attr: "__init__", Value: Name or Attribute }, Args: [Name, ..] } call && !SuperCalls.IsSuper(((Attribute)call.Func).Value, init)));

    /// <summary>The private copies of the __init__ methods of <paramref name="cls"/>'s MRO after it.</summary>
    IEnumerable<MemberDeclarationSyntax> InitCopies(ClassInfo cls)
    {
        foreach (var c in cls.Mro().Skip(1))
            if (c.Methods.TryGetValue("__init__", out var init) && EmitClassMember(c, init, host: cls, copyName: InitCopyName(c)) is { } copy)
                yield return copy;
    }

    static string InitCopyName(ClassInfo owner) => owner.Name + "___init__";

    /// <summary>super().__init__(...) in the __init__ of <paramref name="owner"/> run in Python's order for
    /// <paramref name="host"/>: the copy of the next __init__ of the host's MRO, or object's.</summary>
    ExpressionSyntax SuperInitInPythonOrder(Call c, ClassInfo host, ClassInfo owner)
    {
        var mro = host.Mro().ToList();
        var next = mro.Skip(mro.IndexOf(owner) + 1).FirstOrDefault(k => k.Methods.ContainsKey("__init__"));
        if (next is null) return Runtime("Py", "ObjectInit", DynamicArgumentArray(c));
        return InvocationExpression(Member(ThisExpression(), InitCopyName(next))).WithArgumentList(BindArguments(c, next.Methods["__init__"], skipSelf: true));
    }
}
