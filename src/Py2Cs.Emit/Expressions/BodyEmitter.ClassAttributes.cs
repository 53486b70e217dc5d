using Py2Cs.Emit.Naming;
using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// obj.X, self.X, Cls.X and cls.X where X is a class attribute (a static field of the class that
// assigns it) become a read of that static field: Owner.X where the class providing X is known
// statically (through a class, or through an instance whose class no subclass overrides X), and
// Py.GetAttr(obj, "X") where a subclass assigns X again: the runtime then finds the most derived
// static field, as Python's lookup through type(obj) does. An attribute an instance may hold its own
// value of (obj.limit = 9) is read through the runtime too.
sealed partial class BodyEmitter
{
    ExpressionSyntax? ClassAttributeValue(Attribute a, PyType receiverType)
    {
        switch (receiverType)
        {
            // Temperature.kelvin, a property read through its class: the property object itself (its __doc__,
            // fget), which only the runtime has; C# has the instance property alone.
            case ClassRefType cr when ClassAttributes.Owner(cr.Class, a.Attr) is null && cr.Class.FindMethod(a.Attr) is { } getter
                                      && Semantics.Inference.TypeInferrer.IsDecorated(getter, "property"):
                return Runtime("Py", "GetAttr", TypeOfExpression(CSharpNames.Id(cr.Class.Name)), StringLit(a.Attr));
            case ClassRefType cr when ClassAttributes.Owner(cr.Class, a.Attr) is { } provider:
                var receiver = a.Value is Name n && _classMethodSymbol is not null && ReferenceEquals(_model.SymbolOf(n), _classMethodSymbol)
                    ? _classMethodReceiver ?? cr.Class : cr.Class;
                // Stored through values the analysis does not follow (cls.count = n with cls any class): the runtime
                // finds the value a subclass was given, else the static field, along the MRO.
                if (IsShadowedClassAttribute(cr.Class, a.Attr) && !ClassAttributes.Declares(receiver, a.Attr))
                    return Coerce(Runtime("Py", "GetAttr", TypeOfExpression(CSharpNames.Id(receiver.Name)), StringLit(a.Attr)), PyType.Object, TypeOf(a));
                // C# finds a base's static field through the subclass, as Python does; a mixin's only through the mixin.
                return StaticMember(receiver.SelfAndBases().Contains(provider) ? receiver : provider, a.Attr);
            case InstanceType it when it.Class.FindField(a.Attr) is null && it.Class.FindMethod(a.Attr) is null:
                if (ClassAttributes.Overrides(it.Class, a.Attr, _model.Tables.Classes.Values).Any() || IsShadowedClassAttribute(it.Class, a.Attr))
                    return Coerce(Runtime("Py", "GetAttr", Expr(a.Value), StringLit(a.Attr)), PyType.Object, TypeOf(a));
                return ClassAttributes.Owner(it.Class, a.Attr) is { } owner ? StaticMember(owner, a.Attr) : null;
        }
        return null;
    }

    /// <summary>A class attribute some instance assigns its own value of: reads and stores through an instance
    /// go through the runtime (the instance's attributes first, then the class's static field).</summary>
    bool IsShadowedClassAttribute(ClassInfo cls, string name) =>
        cls.FindField(name) is null && ClassAttributes.IsShadowed(cls, name, _model.Tables.Classes.Values);

    /// <summary>
    /// <c>count = 0</c> in a class body becomes <c>public static long count = 0;</c>; a subclass that
    /// assigns the name again hides its base's field (<c>new</c>), as its own class attribute.
    /// </summary>
    FieldDeclarationSyntax ClassAttributeField(ClassInfo cls, string name, Expr value)
    {
        var symbol = cls.Body.Local(name)!;
        var modifiers = new List<SyntaxToken> { Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.StaticKeyword) };
        if (cls.Base?.SelfAndBases().Any(b => ClassAttributes.Declares(b, name) || b.Fields.ContainsKey(name) || b.Methods.ContainsKey(name)) == true)
            modifiers.Insert(1, Token(SyntaxKind.NewKeyword));
        return FieldDeclaration(VariableDeclaration(Types.TypeMapper.Map(symbol.Type)).WithVariables(SingletonSeparatedList(
                VariableDeclarator(CSharpNames.Token(name)).WithInitializer(EqualsValueClause(ClassAttributeValue(value, symbol.Type))))))
            .WithModifiers(TokenList(modifiers));
    }

    /// <summary>A class attribute's initial value; in partial mode, where the safety net named its lines (a static
    /// initializer, which no statement stand-in covers), a stand-in that raises when the class is first used.</summary>
    ExpressionSyntax ClassAttributeValue(Expr value, PyType type)
    {
        if (!_module.AllowUnsupported || !NamesLineIn(value.Span.StartLine, value.Span.EndLine)) return ExprAs(value, type);
        int mark = _module.DiagnosticMark;
        _module.Unsupported(value, "this class attribute's value (its C# does not compile)");
        return StandInValue(_module.StandInSince(mark)!, null, type);
    }

    /// <summary>The receiver of a member store: a class by its C# name (its static fields), anything else as a value.</summary>
    ExpressionSyntax MemberReceiver(Expr value)
    {
        if (TypeOf(value) is not ClassRefType cr) return Expr(value);
        var cls = value is Name n && _classMethodSymbol is not null && ReferenceEquals(_model.SymbolOf(n), _classMethodSymbol) ? _classMethodReceiver ?? cr.Class : cr.Class;
        return CSharpNames.Id(cls.Name);
    }

    /// <summary>The class a store <c>C.x = v</c> gives its own value of a class attribute it inherits (C# would
    /// write the base's one static field); null where C assigns x in its body or x is no class attribute.</summary>
    ClassInfo? PerClassStoreTarget(Attribute a)
    {
        if (TypeOf(a.Value) is not ClassRefType cr) return null;
        var receiver = a.Value is Name n && _classMethodSymbol is not null && ReferenceEquals(_model.SymbolOf(n), _classMethodSymbol) ? _classMethodReceiver ?? cr.Class : cr.Class;
        return !ClassAttributes.Declares(receiver, a.Attr) && ClassAttributes.Owner(receiver, a.Attr) is not null ? receiver : null;
    }

    static MemberAccessExpressionSyntax StaticMember(ClassInfo cls, string name) =>
        MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, CSharpNames.Id(cls.Name), CSharpNames.Id(name));
}
