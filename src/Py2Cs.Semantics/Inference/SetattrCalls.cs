using Py2Cs.Syntax.Ast;

namespace Py2Cs.Semantics.Inference;

/// <summary>
/// <c>object.__setattr__(self, "x", v)</c> and <c>setattr(self, "x", v)</c> with a constant name assign the
/// attribute <c>x</c> as <c>self.x = v</c> does, so the class gets that field (frozen dataclasses set their
/// derived fields this way in <c>__post_init__</c>). The call itself still runs through the runtime.
/// </summary>
public static class SetattrCalls
{
    /// <summary>The attribute target the call assigns, and the value, when it is such a call.</summary>
    /// <param name="isBuiltin">Whether a name is the builtin of that spelling (not a program's own <c>setattr</c>).</param>
    public static (Attribute Target, Expr Value)? Assignment(Expr call, Func<Name, bool> isBuiltin) => call switch
    {
        Call { Func: Attribute { Value: Name { Id: "object" } o, Attr: "__setattr__" }, Args: [var obj, Constant { Kind: ConstantKind.Str, Value: string name }, var value], Keywords.Length: 0 } c
            when isBuiltin(o) => (new Attribute(c.Span, obj, name, ExprContext.Store), value),
        Call { Func: Name { Id: "setattr" } f, Args: [var obj, Constant { Kind: ConstantKind.Str, Value: string name }, var value], Keywords.Length: 0 } c
            when isBuiltin(f) => (new Attribute(c.Span, obj, name, ExprContext.Store), value),
        _ => null,
    };
}
