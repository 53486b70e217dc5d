using Py2Cs.Semantics.Binding;

namespace Py2Cs.Semantics.Inference;

/// <summary>
/// Dunders the runtime calls with a str, as CPython does: <c>format(x, spec)</c> and f-strings call
/// <c>__format__(spec)</c>, a missed attribute read calls <c>__getattr__(name)</c>, <c>del x.name</c> calls
/// <c>__delattr__(name)</c>. That implicit call is a call site passing a str; explicit calls join with it.
/// Only on classes without a library base, whose C# signature no runtime base method fixes.
/// </summary>
public static class StrArgumentDunders
{
    static readonly HashSet<string> Names = ["__format__", "__getattr__", "__delattr__"];

    /// <summary>Whether the runtime calls <paramref name="method"/> of <paramref name="owner"/> with one str argument.</summary>
    public static bool Receives(ClassInfo owner, FunctionInfo method) =>
        Names.Contains(method.Name) && owner.SelfAndBases().All(c => c.LibraryBase is null && c.BuiltinBase is null)
        && method.Node.Args is { VarArg: null, KwArg: null, PosOnlyArgs.Length: 0, Args.Length: 2 };
}
