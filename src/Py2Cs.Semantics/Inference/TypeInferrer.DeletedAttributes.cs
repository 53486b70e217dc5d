using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Semantics.Inference;

/// <summary>
/// <c>del obj.x</c> and <c>delattr(obj, "x")</c>: a typed C# field cannot be removed, so an instance field some
/// code deletes is a dynamic one (object), which the runtime can make unassigned again, so that a later read
/// raises AttributeError and hasattr is false, as in CPython.
/// </summary>
public sealed partial class TypeInferrer
{
    void InferDeletedAttribute(Expr target)
    {
        if (target is not Attribute a || !KeepClassInert(a.Value) || Infer(a.Value) is not InstanceType it) return;
        if (it.Class.AbsentAttributes.Add(a.Attr)) _changed = true;
        if (it.Class.FindField(a.Attr) is { } field) Widen(field, PyType.Object);
    }

    /// <summary>The attribute <c>delattr(obj, "x")</c> with a constant name deletes, as <c>del obj.x</c> would.</summary>
    Attribute? DelattrTarget(Expr e) =>
        e is Call { Func: Name { Id: "delattr" } f, Args: [var obj, Constant { Kind: ConstantKind.Str, Value: string name }], Keywords.Length: 0 } c
        && _tables.Names.GetValueOrDefault(f)?.Kind == SymbolKind.Builtin
            ? new Attribute(c.Span, obj, name, ExprContext.Del)
            : null;
}
