using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// `yield from iterable` as a statement in a generator becomes
//   foreach (var item in iterable) yield return item;
// (through Py.Iter where the iterable is not a typed list or iterable, so strings, dicts and any
// Python iterable yield what Python's iteration yields). A generator delegating to itself
// recursively works the same way, one level of C# iterator per level of recursion.
sealed partial class BodyEmitter
{
    StatementSyntax EmitYieldFrom(YieldFrom y)
    {
        var source = Expr(y.Value);
        if (TypeOf(y.Value) is not (ListType or IterableType)) source = Runtime("Py", "Iter", source);
        var item = Temp("item");
        return ForEachStatement(IdentifierName("var"), Identifier(item), source,
            YieldStatement(SyntaxKind.YieldReturnStatement, IdentifierName(item)));
    }
}
