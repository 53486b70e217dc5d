using Py2Cs.Syntax.Ast;

namespace Py2Cs.Semantics.Inference;

/// <summary>
/// Which statements of an enum class body make members: <c>RED = 1</c>, <c>NORTH = auto()</c>. As in
/// CPython, dunder and sunder names (<c>__doc__</c>, <c>_ignore_</c>) and functions are not members.
/// </summary>
public static class EnumMembers
{
    /// <summary>The member name a class-body statement declares, else null.</summary>
    public static string? MemberName(Stmt stmt) => stmt switch
    {
        Assign { Targets: [Name n], Value: not Lambda } when !IsReserved(n.Id) => n.Id,
        AnnAssign { Target: Name n, Value: not null and not Lambda } when !IsReserved(n.Id) => n.Id,
        _ => null,
    };

    public static Expr MemberValue(Stmt stmt) => stmt is Assign a ? a.Value : ((AnnAssign)stmt).Value!;

    static bool IsReserved(string name) => name.Length > 2 && name[0] == '_' && name[^1] == '_';
}
