using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Library;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Semantics.Inference;

// @deco / @deco(args) / @functools.wraps(fn) on a function or an instance method is a plain call: the def's
// name is bound to deco(<the function as a value>), an object the analysis does not look into. Calls
// of the name then go through the runtime's call protocol, as in CPython. A library function used as
// a decorator (functools.lru_cache, functools.cache) is such a call too; the decorators the emitter
// lowers itself (asynccontextmanager, abstractmethod) are not; @contextmanager is the runtime's
// contextlib.contextmanager called with the generator function.
public sealed partial class TypeInferrer
{
    void MarkAppliedDecorators()
    {
        foreach (var f in _tables.Functions.Values)
            f.DecoratorsApplied = f.NameRebound
                || ((f.Class is null || IsPlainMethod(f)) && f.Node.DecoratorList.Length > 0 && f.Node.DecoratorList.All(IsPlainCallDecorator));
    }

    /// <summary>A method whose decorated value the class holds as an attribute: an ordinary instance method
    /// (dunders keep their fixed C# shape; a property's setter is folded into the property; dataclass, enum and named tuple classes generate members).</summary>
    static bool IsPlainMethod(FunctionInfo f) =>
        !(f.Name.StartsWith("__") && f.Name.EndsWith("__")) && f.Parameters.Count > 0
        && !f.Node.DecoratorList.Any(d => d is Attribute { Attr: "setter" or "getter" or "deleter" })
        && f.Class is { IsEnum: false, IsNamedTuple: false } cls && !cls.Node.DecoratorList.Any(d => d is Name { Id: "dataclass" } or Attribute { Attr: "dataclass" } or Call { Func: Name { Id: "dataclass" } or Attribute { Attr: "dataclass" } });

    bool IsPlainCallDecorator(Expr decorator)
    {
        var head = decorator is Call call ? call.Func : decorator;
        var root = head;
        while (root is Attribute a) root = a.Value;
        if (root is not Name n || _tables.Names.GetValueOrDefault(n) is not { } symbol) return false;
        if (decorator is Call && IsFunctoolsWraps(head, symbol)) return true;
        if (LibraryFunctionName(head, symbol) is { } qualified)
            return !LoweredDecorators.Contains(qualified) && LibraryCatalog.Instance.Lookup(qualified) is LibraryFunctionType;
        return symbol.Kind is SymbolKind.Function or SymbolKind.Variable or SymbolKind.Parameter;
    }

    /// <summary>Library decorators with a lowering of their own (they change how the def is emitted).</summary>
    static readonly HashSet<string> LoweredDecorators = ["contextlib.asynccontextmanager", "abc.abstractmethod"];

    /// <summary>The qualified name of an imported library member (<c>lru_cache</c>, <c>functools.cache</c>), if the head names one.</summary>
    static string? LibraryFunctionName(Expr head, Symbol root) => head switch
    {
        Name when root.Kind == SymbolKind.ImportedMember => root.Qualified,
        Attribute { Value: Name } a when root.Kind == SymbolKind.Module => root.Qualified + "." + a.Attr,
        _ => null,
    };

    internal static bool IsFunctoolsWraps(Expr head, Symbol root) => head switch
    {
        Name => root.Kind == SymbolKind.ImportedMember && root.Qualified == "functools.wraps",
        Attribute { Attr: "wraps", Value: Name } => root.Kind == SymbolKind.Module && root.Qualified == "functools",
        _ => false,
    };
}
