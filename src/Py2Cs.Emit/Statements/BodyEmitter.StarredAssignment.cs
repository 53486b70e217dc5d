using Py2Cs.Emit.Types;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// first, *rest, last = value  becomes
//   var unpacked = Py.UnpackStarred(value, 1, 1);   (Python's "not enough values to unpack" check)
//   first = (T)unpacked[0]; rest = Py.StarredAs<E>(unpacked[1]); last = (T)unpacked[2];
sealed partial class BodyEmitter
{
    static bool HasStarredTarget(Expr target) => target is Tuple { Elts: var te } && te.Any(e => e is Starred)
        || target is AstList { Elts: var le } && le.Any(e => e is Starred);

    List<StatementSyntax> AssignStarredFrom(Expr target, ExpressionSyntax value)
    {
        var elts = target is Tuple t ? t.Elts : ((AstList)target).Elts;
        int star = elts.IndexOf(elts.First(e => e is Starred));
        if (elts.Count(e => e is Starred) > 1)
        {
            _module.Unsupported(target, "more than one starred assignment target");
            return [];
        }
        var temp = Temp("unpacked");
        var result = new List<StatementSyntax>
        {
            VarDeclaration(temp, Runtime("Py", "UnpackStarred", CastExpression(TypeMapper.ObjectSyntax, Operand(value)), IntLit(star), IntLit(elts.Length - star - 1))),
        };
        for (int i = 0; i < elts.Length; i++)
        {
            var slot = ElementAccessExpression(IdentifierName(temp)).WithArgumentList(BracketedArgumentList(SingletonSeparatedList(Argument(IntLit(i)))));
            if (elts[i] is not Starred starred)
            {
                result.AddRange(AssignTargetFrom(elts[i], slot, PyType.Object));
                continue;
            }
            var listType = TargetType(starred.Value) as ListType ?? new ListType(PyType.Object);
            var typedList = InvocationExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IdentifierName("Py"),
                    GenericName(Identifier("StarredAs")).WithTypeArgumentList(TypeArgumentList(SingletonSeparatedList(TypeMapper.Map(listType.Element))))))
                .WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(slot))));
            result.AddRange(AssignTargetFrom(starred.Value, typedList, listType));
        }
        return result;
    }
}
