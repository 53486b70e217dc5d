namespace Py2Cs.Runtime;

/// <summary>Python's builtin functions. Generated code imports this class with <c>using static</c>.</summary>
public static partial class Builtins
{
    // Minimal str/repr so the exception classes build; the builtins work replaces these with
    // CPython's full value semantics (float repr, containers, tuples, user objects).
    public static string str(object? value) => value switch
    {
        null => "None",
        bool b => b ? "True" : "False",
        string s => s,
        BaseException e => e.__str__(),
        _ => value.ToString() ?? "",
    };

    public static string repr(object? value) => value switch
    {
        string s => "'" + s.Replace("\\", "\\\\").Replace("'", "\\'") + "'",
        object?[] items => "(" + string.Join(", ", items.Select(repr)) + (items.Length == 1 ? ",)" : ")"),
        BaseException e => e.__repr__(),
        _ => str(value),
    };
}
