using Py2Cs.Semantics.Binding;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Semantics.Inference;

// @deco / @deco(args) / @functools.wraps(fn) on a function (not a method) is a plain call: the def's
// name is bound to deco(<the function as a value>), an object the analysis does not look into. Calls
// of the name then go through the runtime's call protocol, as in CPython. Decorators the library
// lowers (asynccontextmanager, lru_cache...) are not among them.
public sealed partial class TypeInferrer
{
    void MarkAppliedDecorators()
    {
        foreach (var f in _tables.Functions.Values)
            f.DecoratorsApplied = f.Class is null && f.Node.DecoratorList.Length > 0 && f.Node.DecoratorList.All(IsPlainCallDecorator);
    }

    bool IsPlainCallDecorator(Expr decorator)
    {
        var head = decorator is Call call ? call.Func : decorator;
        var root = head;
        while (root is Attribute a) root = a.Value;
        if (root is not Name n || _tables.Names.GetValueOrDefault(n) is not { } symbol) return false;
        if (decorator is Call && IsFunctoolsWraps(head, symbol)) return true;
        return symbol.Kind is SymbolKind.Function or SymbolKind.Variable or SymbolKind.Parameter;
    }

    static bool IsFunctoolsWraps(Expr head, Symbol root) => head switch
    {
        Name => root.Kind == SymbolKind.ImportedMember && root.Qualified == "functools.wraps",
        Attribute { Attr: "wraps", Value: Name } => root.Kind == SymbolKind.Module && root.Qualified == "functools",
        _ => false,
    };
}
