using Py2Cs.Semantics.Binding;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Semantics.Inference;

/// <summary>
/// The reflected operator methods (<c>__radd__</c>, <c>__rmul__</c>...): Python calls them when the left
/// operand's own method gives up, so their operand is of a type the program never names at a call site
/// (<c>0 + money</c> inside <c>sum()</c>). A class may bind one to a forward method (<c>__radd__ = __add__</c>).
/// </summary>
public static class ReflectedOperators
{
    static readonly HashSet<string> Names =
    [
        "__radd__", "__rsub__", "__rmul__", "__rmatmul__", "__rtruediv__", "__rfloordiv__", "__rmod__",
        "__rdivmod__", "__rpow__", "__rlshift__", "__rrshift__", "__rand__", "__rxor__", "__ror__",
    ];

    /// <summary>Whether <paramref name="method"/> of <paramref name="owner"/> is called as a reflected operator.</summary>
    public static bool Receives(ClassInfo owner, FunctionInfo method) =>
        Names.Contains(method.Name)
        || owner.Node.Body.Any(s => s is Assign { Targets: [Name alias], Value: Name aliased } && Names.Contains(alias.Id) && aliased.Id == method.Name);
}
