using Py2Cs.Emit.Types;
using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Inference;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

sealed partial class BodyEmitter
{
    /// <summary>
    /// <c>setattr(obj, "x", v)</c> / <c>object.__setattr__(obj, "x", v)</c> storing into a typed field of obj's
    /// class: the value is converted to the field's type here, as <c>obj.x = v</c> converts it (the runtime
    /// cannot turn one generic container into another, a dict[str, int] into the field's dict[object, object]).
    /// Null when the call is not such a store.
    /// </summary>
    ExpressionSyntax? TypedSetattr(Call c)
    {
        if (SetattrCalls.Assignment(c, n => _model.SymbolOf(n)?.Kind == SymbolKind.Builtin) is not var (target, value)) return null;
        if (TypeOf(target.Value) is not InstanceType it || it.Class.FindField(target.Attr) is not { Type: var fieldType } || fieldType == PyType.Object)
            return null;
        // object.__setattr__ passes a frozen dataclass's guard; setattr does not.
        var store = c.Func is Attribute ? "ObjectSetAttr" : "SetAttr";
        // A container's inferred type may not be the C# type a call returns (dict(kwargs)): Py.As converts it at run time.
        var converted = IsStructural(fieldType) ? VariadicValue(ExprAs(value, fieldType), PyType.Object, TypeMapper.Map(fieldType)) : ExprAs(value, fieldType);
        return Runtime("Py", store, ExprAs(target.Value, PyType.Object), StringLit(target.Attr), converted);
    }
}
