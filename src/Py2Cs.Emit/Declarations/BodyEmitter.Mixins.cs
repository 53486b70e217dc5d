using Py2Cs.Emit.Naming;
using Py2Cs.Emit.Types;
using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Inference;
using Py2Cs.Semantics.Types;

namespace Py2Cs.Emit;

// class C(Mixin, Base): C# has one base class. C derives from Base (ClassInfo.Base: the base that
// builds the instance's state); every method C's MRO finds first in a mixin becomes a copy in C,
// compiled with self as C (an override where Base has the name), and the mixins' instance attributes
// are C's fields. [PyBases(typeof(Mixin), typeof(Base))] tells the runtime's isinstance/issubclass.
// super() follows C's MRO: from a method of C or of a mixin, the next class of C's MRO that defines
// the name. When that is another mixin, its method is a private copy in C named Mixin_name (the
// cooperative chain UpperMixin.format -> PrefixMixin.format -> Channel.format); when it is in C's C#
// base chain, the call is base.name(...), which is what the MRO gives when the mixins come before the
// base class.
sealed partial class BodyEmitter
{
    /// <summary>Set while emitting a mixin's method copied into this class.</summary>
    ClassInfo? _mixinHost;

    /// <summary>The classes of <paramref name="cls"/>'s MRO whose members it copies: after it, outside its C# base chain.</summary>
    static List<ClassInfo> MixinClasses(ClassInfo cls)
    {
        var inherited = cls.Base?.Mro() ?? [];
        return cls.Mro().Skip(1).Where(c => !inherited.Contains(c)).ToList();
    }

    IEnumerable<MemberDeclarationSyntax> MixinMethodCopies(ClassInfo cls)
    {
        var mixins = MixinClasses(cls);
        var names = mixins.SelectMany(m => m.Methods.Keys).Distinct().Where(n => n != "__init__");
        foreach (var name in names)
        {
            if (!cls.Methods.ContainsKey(name) && cls.FindMethod(name) is { Class: { } owner } winner && mixins.Contains(owner)
                && !(TypeInferrer.IsDecorated(winner, "classmethod") && UsesClsParameter(winner))   // InheritedClassMethodCopies
                && EmitClassMember(owner, winner, host: cls) is { } copy)
                yield return copy;
            foreach (var next in SuperChainCopies(cls, name))
                if (EmitClassMember(next, next.Methods[name], host: cls, copyName: MixinCopyName(next, name)) is { } chained)
                    yield return chained;
        }
    }

    /// <summary>The mixins whose <paramref name="name"/> a super() call reaches in <paramref name="cls"/>'s MRO
    /// after the method C# calls by that name: each is a private copy in <paramref name="cls"/>. The chain
    /// ends at the first class of the C# base chain that defines the name (super() from there is C#'s base).</summary>
    static IEnumerable<ClassInfo> SuperChainCopies(ClassInfo cls, string name)
    {
        var mixins = MixinClasses(cls);
        var definers = cls.Mro().Where(c => c.Methods.ContainsKey(name)).TakeWhile(c => c == cls || mixins.Contains(c)).ToList();
        if (definers.Any(c => !IsPlainInstanceMethod(c.Methods[name]))) return [];
        return definers.Skip(1).Where(c => c != cls);
    }

    static bool IsPlainInstanceMethod(FunctionInfo f) => f.Node.DecoratorList.Length == 0 && !TypeInferrer.IsInitSubclass(f) && f.Name != "__init__" && !TypeInferrer.IsNew(f);

    /// <summary>The C# name of mixin <paramref name="mixin"/>'s method in a class that takes it: a private copy
    /// reached by super() only.</summary>
    static string MixinCopyName(ClassInfo mixin, string name) => mixin.Name + "_" + name;

    /// <summary><c>super().name(...)</c> in a method of <paramref name="owner"/> emitted into <paramref name="host"/>:
    /// the private copy of the next mixin in the host's MRO that defines it, else null (C#'s base).</summary>
    static (ClassInfo Next, string CSharpName)? NextMixinCopy(ClassInfo host, ClassInfo owner, string name)
    {
        var mro = host.Mro();
        int at = mro.ToList().IndexOf(owner);
        if (at < 0) return null;
        var next = mro.Skip(at + 1).FirstOrDefault(c => c.Methods.ContainsKey(name));
        if (next is null || !SuperChainCopies(host, name).Contains(next)) return null;
        bool winner = !host.Methods.ContainsKey(name) && host.FindMethod(name)?.Class == next;
        return (next, winner ? name : MixinCopyName(next, name));
    }

    /// <summary>The constructor of <paramref name="cls"/> when its MRO finds <c>__init__</c> first in a mixin: that
    /// <c>__init__</c> compiled as the class's constructor, its <c>super().__init__(...)</c> the base initializer.
    /// A chain through a second mixin's <c>__init__</c> has no C# form (a constructor calls one base constructor).</summary>
    MemberDeclarationSyntax MixinConstructor(ClassInfo cls, FunctionInfo init)
    {
        var mro = cls.Mro().ToList();
        var next = mro.Skip(mro.IndexOf(init.Class!) + 1).FirstOrDefault(c => c.Methods.ContainsKey("__init__"));
        if (next is not null && MixinClasses(cls).Contains(next))
            _module.Unsupported(init.Node, "cooperative __init__ through two mixins");
        return EmitClassMember(init.Class!, init, host: cls)!;
    }

    /// <summary>Instance attributes the mixins assign that C#'s base chain does not declare.</summary>
    IEnumerable<(string Name, Symbol Field)> MixinFields(ClassInfo cls) =>
        MixinClasses(cls).SelectMany(m => m.FieldOrder.Select(n => (n, m.Fields[n])))
            .Where(f => !cls.Fields.ContainsKey(f.n) && cls.Base?.FindField(f.n) is null)
            .DistinctBy(f => f.n);

    static AttributeListSyntax? PythonBasesAttribute(ClassInfo cls) =>
        cls.Mixins.Any()
            ? AttributeList(SingletonSeparatedList(SyntaxFactory.Attribute(IdentifierName("PyBases")).WithArgumentList(AttributeArgumentList(SeparatedList(
                cls.DirectBases.Select(b => AttributeArgument(TypeOfExpression(CSharpNames.Id(b.Name)))))))))
            : null;

    /// <summary>[PyBases(...)] naming every Python base in order, program and library classes.</summary>
    AttributeListSyntax AllPythonBases(Syntax.Ast.ClassDef node) =>
        AttributeList(SingletonSeparatedList(SyntaxFactory.Attribute(IdentifierName("PyBases")).WithArgumentList(AttributeArgumentList(SeparatedList(
            node.Bases.Select(b => TypeOf(b)).Where(t => t is ClassRefType or LibraryClassType)
                .Select(t => AttributeArgument(TypeOfExpression(t is ClassRefType c ? CSharpNames.Id(c.Class.Name) : CSharpNames.Qualified(((LibraryClassType)t).Class.CSharpName)))))))));

    /// <summary>Whether some class takes <paramref name="cls"/> as a mixin: its instances are then not all C# subclasses of it.</summary>
    bool IsMixin(ClassInfo cls) => _model.Tables.Classes.Values.Any(c => c.Mixins.Any(m => m.Mro().Contains(cls)));

    /// <summary>Whether <paramref name="cls"/> (through its MRO, library bases included) has a C# member named <paramref name="name"/>.</summary>
    static bool DeclaresMember(ClassInfo cls, string name) =>
        cls.Mro().Any(c => c.LibraryBase is not null || c.IsEnum || c.IsNamedTuple || c.Fields.ContainsKey(name) || c.Methods.ContainsKey(name)
            || ClassAttributes.Declares(c, name) || ClassAttributes.NestedClass(c, name) is not null || c.Node.Body.Any(s => s is Syntax.Ast.AnnAssign { Target: Syntax.Ast.Name n } && n.Id == name));
}
