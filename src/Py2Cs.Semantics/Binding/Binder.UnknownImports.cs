using Py2Cs.Semantics.Library;

namespace Py2Cs.Semantics.Binding;

public sealed partial class Binder
{
    /// <summary>Each name an import statement binds, with the module it imports.</summary>
    readonly List<(Symbol Symbol, string Module)> _imports = new();

    /// <summary>`try: from _speedups import scan / except ImportError: scan = None`: a name a module py2cs does not
    /// know binds, that something else binds too (the fallback), is a variable, as in CPython; the import of the
    /// unknown module binds nothing (partial mode raises ModuleNotFoundError there when a handler catches it).
    /// A name only the import binds stays an import: each use of it stands in.</summary>
    void MarkReboundUnknownImports()
    {
        // `try: import cPickle as pickle / except ImportError: import pickle`: a known module's import wins.
        var known = _imports.Where(i => IsKnown(i.Module)).Select(i => i.Symbol).ToHashSet();
        foreach (var (symbol, module) in _imports)
        {
            if (symbol.BindingCount <= 1 || symbol.Kind is not (SymbolKind.Module or SymbolKind.ImportedMember)) continue;
            // `def f(): ... / try: from _speedups import f / except ImportError: pass`: the def stays the function.
            if (IsKnown(module) || known.Contains(symbol) || symbol.Function is not null || symbol.Class is not null) continue;
            // `def __init__(self, maxsize=0): if maxsize <= 0: from .synchronize import LIMIT as maxsize`: still the parameter.
            symbol.Kind = symbol.Scope.Function?.Parameters.Contains(symbol) == true ? SymbolKind.Parameter : SymbolKind.Variable;
            symbol.Qualified = null;
        }
    }

    static bool IsKnown(string module) => LibraryCatalog.Instance.IsModule(module) || module is "typing" or "__future__";
}
