using Py2Cs.Semantics.Binding;

namespace Py2Cs.Emit;

// Python constructs C(args) as obj = C.__new__(C, args), then obj.__init__(args) when obj is an instance of C.
// A C# constructor cannot run on an object __new__ made (or returned from a cache), so a plain program class
// with a __new__ and an __init__ in its MRO also declares its __init__ as a public method, which the runtime
// calls after __new__ (Py.ObjectNew.cs); object.__new__(cls) makes the instance with the SkipInit constructor,
// and super().__init__ in it calls the private copies of the MRO's __init__ methods (InitInPythonOrder):
//     public static object? __new__(object? cls, object? x) { ... Py.ObjectNew(cls) ... }
//     public void __init__(object? x) { ... this.Base___init__(x); }
sealed partial class BodyEmitter
{
    /// <summary>Whether constructing <paramref name="cls"/> runs __new__, then __init__ as a method.</summary>
    bool InitsAfterNew(ClassInfo cls) =>
        cls.FindMethod("__new__") is not null && cls.FindMethod("__init__") is not null && cls.Mro().All(IsPlainProgramClass)
        && !CallsBaseInitByName(cls) && cls.Mro().All(c => !c.Methods.TryGetValue("__init__", out var init) || init.Node.DecoratorList.Length == 0);

    /// <summary>The class's own __init__ as the public method the runtime calls after __new__ (hiding a base's).</summary>
    MemberDeclarationSyntax? InitMethodAfterNew(ClassInfo cls)
    {
        if (EmitClassMember(cls, cls.Methods["__init__"], host: cls, copyName: "__init__") is not MethodDeclarationSyntax method) return null;
        SyntaxToken[] modifiers = cls.Base?.FindMethod("__init__") is not null && InitsAfterNew(cls.Base)
            ? [Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.NewKeyword)] : [Token(SyntaxKind.PublicKeyword)];
        return method.WithModifiers(TokenList(modifiers));
    }
}
