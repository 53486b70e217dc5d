using Py2Cs.Semantics.Binding;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// @functools.total_ordering on a class becomes the marker interface ITotalOrdering on the C# class: the
// runtime's comparisons derive the methods the class lacks from the one it defines, as functools does.
sealed partial class BodyEmitter
{
    /// <summary><c>@functools.total_ordering</c> (or the name imported from functools) on a class.</summary>
    bool IsTotalOrderingDecorator(Expr decorator) => decorator switch
    {
        Name n => _model.SymbolOf(n) is { Kind: SymbolKind.ImportedMember, Qualified: "functools.total_ordering" },
        Attribute { Value: Name m, Attr: "total_ordering" } => _model.SymbolOf(m) is { Kind: SymbolKind.Module, Qualified: "functools" },
        _ => false,
    };
}
