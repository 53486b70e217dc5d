namespace Py2Cs.Runtime;

/// <summary>Marks a class decorated with <c>functools.total_ordering</c>: the comparisons it does not define
/// are derived from the one it does, by functools' rules.</summary>
public interface ITotalOrdering;

/// <summary>
/// functools.total_ordering's derived comparisons. The root is the first of <c>__lt__</c>, <c>__le__</c>,
/// <c>__gt__</c>, <c>__ge__</c> the class defines; a root answering NotImplemented makes the derived
/// comparison NotImplemented too.
/// </summary>
static class TotalOrdering
{
    static readonly string[] Roots = ["__lt__", "__le__", "__gt__", "__ge__"];

    public static bool TryDerive(object self, string name, object? other, out object? result)
    {
        result = Builtins.NotImplemented;
        var root = Roots.FirstOrDefault(r => Dunder.Has(self, r, 1));
        if (root is null || root == name) return false;
        if (!Dunder.TryCall(self, root, out object? answer, other)) return false;
        if (answer == Builtins.NotImplemented) return true;
        bool r = Py.Truthy(answer);
        bool Equal() => Py.Eq(self, other);
        result = (root, name) switch
        {
            ("__lt__", "__gt__") => !r && !Equal(),
            ("__lt__", "__le__") => r || Equal(),
            ("__lt__", "__ge__") => !r,
            ("__le__", "__ge__") => !r || Equal(),
            ("__le__", "__lt__") => r && !Equal(),
            ("__le__", "__gt__") => !r,
            ("__gt__", "__lt__") => !r && !Equal(),
            ("__gt__", "__ge__") => r || Equal(),
            ("__gt__", "__le__") => !r,
            ("__ge__", "__le__") => !r || Equal(),
            ("__ge__", "__gt__") => r && !Equal(),
            ("__ge__", "__lt__") => !r,
            _ => Builtins.NotImplemented,
        };
        return true;
    }
}
