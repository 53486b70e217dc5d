using Py2Cs.Syntax.Ast;
using Py2Cs.Semantics.Binding;

namespace Py2Cs.Emit;

/// <summary>Whether a module reads a <c>__doc__</c> attribute, directly (<c>Cls.__doc__</c>) or by name
/// (<c>getattr(x, "__doc__")</c>).</summary>
sealed class DocstringReads : AstWalker
{
    bool _found;

    public static bool Any(Module module)
    {
        var walker = new DocstringReads();
        walker.VisitBody(module.Body);
        return walker._found;
    }

    public override void VisitExpr(Expr expr)
    {
        if (_found) return;
        if (expr is Attribute { Attr: "__doc__" } or Constant { Kind: ConstantKind.Str, Value: "__doc__" }) _found = true;
        else base.VisitExpr(expr);
    }
}
