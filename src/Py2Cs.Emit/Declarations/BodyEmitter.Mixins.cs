using Py2Cs.Emit.Naming;
using Py2Cs.Emit.Types;
using Py2Cs.Semantics.Binding;

namespace Py2Cs.Emit;

// class C(Mixin, Base): C# has one base class. C derives from Base (ClassInfo.Base: the base that
// builds the instance's state); every method C's MRO finds first in a mixin becomes a copy in C,
// compiled with self as C (an override where Base has the name), and the mixins' instance attributes
// are C's fields. [PyBases(typeof(Mixin), typeof(Base))] tells the runtime's isinstance/issubclass.
// super() in a copied method reaches Base's method, which is what the MRO gives when the mixins
// come before the base class.
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
        var names = mixins.SelectMany(m => m.Methods.Keys).Distinct().Where(n => n != "__init__" && !cls.Methods.ContainsKey(n));
        foreach (var name in names)
            if (cls.FindMethod(name) is { Class: { } owner } winner && mixins.Contains(owner)
                && EmitClassMember(owner, winner, host: cls) is { } copy)
                yield return copy;
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

    /// <summary>Whether some class takes <paramref name="cls"/> as a mixin: its instances are then not all C# subclasses of it.</summary>
    bool IsMixin(ClassInfo cls) => _model.Tables.Classes.Values.Any(c => c.Mixins.Any(m => m.Mro().Contains(cls)));

    /// <summary>Whether <paramref name="cls"/> (through its MRO, library bases included) has a C# member named <paramref name="name"/>.</summary>
    static bool DeclaresMember(ClassInfo cls, string name) =>
        cls.Mro().Any(c => c.LibraryBase is not null || c.IsEnum || c.IsNamedTuple || c.Fields.ContainsKey(name) || c.Methods.ContainsKey(name)
            || ClassAttributes.Declares(c, name) || ClassAttributes.NestedClass(c, name) is not null || c.Node.Body.Any(s => s is Syntax.Ast.AnnAssign { Target: Syntax.Ast.Name n } && n.Id == name));
}
