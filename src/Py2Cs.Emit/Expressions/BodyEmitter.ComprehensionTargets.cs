using Py2Cs.Emit.Types;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// A comprehension target of any tuple shape, `for k, (_, _, deps) in xs` or `for *_, n in rows`,
// becomes `from item in xs` and one `let` per name: `.ItemN` where the element is statically a
// tuple of that arity, otherwise `let unpacked = Py.Unpack(item, n)` (Python's arity checks and
// messages, Py.UnpackStarred for a starred name) and `let k = (T)unpacked[0]`.
sealed partial class BodyEmitter
{
    void DestructureInto(Expr target, ExpressionSyntax source, PyType sourceType, List<QueryClauseSyntax> lets)
    {
        switch (target)
        {
            case Name n:
                if (IsUnreadThrowaway(n)) return;
                var symbolType = _model.SymbolOf(n)?.Type ?? sourceType;
                lets.Add(LetClause(RangeVariable(n), Coerce(source, sourceType, symbolType)));
                return;
            case Tuple or AstList:
                var elts = target is Tuple t ? t.Elts : ((AstList)target).Elts;
                int star = elts.IndexOf(elts.FirstOrDefault(e => e is Starred)!);
                if (star < 0 && sourceType is TupleType tt && tt.Elements.Count == elts.Length)
                {
                    for (int i = 0; i < elts.Length; i++)
                        DestructureInto(elts[i], MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, source, IdentifierName($"Item{i + 1}")), tt.Elements[i], lets);
                    return;
                }
                var unpacked = Temp("unpacked");
                var boxed = CastExpression(TypeMapper.ObjectSyntax, Operand(source));
                lets.Add(LetClause(Identifier(unpacked), star < 0
                    ? Runtime("Py", "Unpack", boxed, IntLit(elts.Length))
                    : Runtime("Py", "UnpackStarred", boxed, IntLit(star), IntLit(elts.Length - star - 1))));
                for (int i = 0; i < elts.Length; i++)
                {
                    var slot = ElementAccessExpression(IdentifierName(unpacked)).WithArgumentList(BracketedArgumentList(SingletonSeparatedList(Argument(IntLit(i)))));
                    if (elts[i] is Starred { Value: Name sn }) DestructureStarred(sn, slot, lets);
                    else DestructureInto(elts[i], slot, PyType.Object, lets);
                }
                return;
            default:
                _module.Unsupported(target, "this comprehension target");
                return;
        }
    }

    /// <summary>The starred name holds a new list: typed as the name's list type (<c>Py.StarredAs&lt;T&gt;</c>, as a
    /// starred assignment does), or the runtime's list as it is where the name is dynamic.</summary>
    void DestructureStarred(Name n, ExpressionSyntax slot, List<QueryClauseSyntax> lets)
    {
        if (IsUnreadThrowaway(n)) return;
        var symbolType = _model.SymbolOf(n)?.Type ?? new ListType(PyType.Object);
        ExpressionSyntax value = symbolType is ListType { Element: var element }
            ? InvocationExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IdentifierName("Py"),
                    GenericName(Identifier("StarredAs")).WithTypeArgumentList(TypeArgumentList(SingletonSeparatedList(TypeMapper.Map(element))))))
                .WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(slot))))
            : Coerce(slot, PyType.Object, symbolType);
        lets.Add(LetClause(RangeVariable(n), value));
    }
}
