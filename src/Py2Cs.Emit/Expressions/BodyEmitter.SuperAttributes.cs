using Py2Cs.Emit.Naming;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// super().name read, not called, becomes what the base class gives for it through this instance:
//   a @property of a program base      base.name (in a method C# declares as an instance method)
//   a class attribute of a program base (a decorated method, a functools.cached_property, a constant)
//                                      Py.SuperAttribute(typeof(Base), this, "name")
// The runtime looks the attribute up from the base and binds it to the instance as CPython's super does
// (a function becomes a bound method, a descriptor's __get__ runs).
sealed partial class BodyEmitter
{
    ExpressionSyntax? SuperAttributeValue(Attribute a)
    {
        if ((_mixinHost ?? _function?.Class) is not { Base: { } baseClass } || _function is not { Parameters.Count: > 0 } method) return null;
        // A decorated method's body is a static method taking self as its first parameter (BodyEmitter.DecoratedMethods).
        bool staticBody = method.DecoratorsApplied;
        if (!staticBody && baseClass.FindMethod(a.Attr) is { } getter && Semantics.Inference.TypeInferrer.IsDecorated(getter, "property"))
            return Member(BaseExpression(), a.Attr);
        bool classAttribute = baseClass.SelfAndBases().Any(c => c.FindMethod(a.Attr) is { DecoratorsApplied: true }
            || c.Body.Local(a.Attr) is { Kind: Semantics.Binding.SymbolKind.Variable });
        if (!classAttribute) return null;
        return Coerce(Runtime("Py", "SuperAttribute", TypeOfExpression(CSharpNames.Id(baseClass.Name)),
                staticBody ? CSharpNames.Id(method.Parameters[0].Name) : ThisExpression(), StringLit(a.Attr)),
            PyType.Object, TypeOf(a));
    }
}
