using Py2Cs.Emit.Types;
using Py2Cs.Semantics.Library;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// Displays with unpacking become one collection expression handed to the container's constructor:
//   [*xs, y]          becomes  new PyList<T>([..xs, y])                (..Py.Spread<T>(xs) when xs is not a T sequence)
//   {*s, x}           becomes  new PySet<T>([..s, x])                  (..Py.SpreadInSet<T>(s))
//   (*a, *b)          becomes  new PyTuple([..Py.StarArgs(a), ..Py.StarArgs(b)])
//   {**a, 'k': v}     becomes  Py.DictDisplay<K, V>(a, new PyDict<K, V> { ["k"] = v })
// Items are evaluated left to right and later keys win, as in CPython.
sealed partial class BodyEmitter
{
    ExpressionSyntax StarredSequence(TypeSyntax container, ImmutableArray<Expr> elts, PyType element, string spread = "Spread") =>
        ObjectCreationExpression(container).WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(
            CollectionExpression(SeparatedList(elts.Select(e => SpreadOrItem(e, element, spread))))))));

    CollectionElementSyntax SpreadOrItem(Expr e, PyType element, string spread)
    {
        if (e is not Starred s) return ExpressionElement(ExprAs(e, element));
        var iterable = TypeOf(s.Value);
        // A typed sequence of exactly the element type spreads as it is; anything else is iterated as Python iterates it.
        if (iterable is ListType or SetType or DictType or IterableType && SameCSharpType(LibraryCatalog.ElementOf(iterable), element))
            return SpreadElement(Expr(s.Value));
        return SpreadElement(InvocationExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IdentifierName("Py"),
                GenericName(Identifier(spread)).WithTypeArgumentList(TypeArgumentList(SingletonSeparatedList(TypeMapper.Map(element))))))
            .WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(Boxed(Expr(s.Value)))))));
    }

    ExpressionSyntax StarredTuple(Tuple t) =>
        ObjectCreationExpression(IdentifierName("PyTuple")).WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(
            CollectionExpression(SeparatedList(t.Elts.Select(e => e is Starred s
                ? (CollectionElementSyntax)SpreadElement(Runtime("Py", "StarArgs", Boxed(Expr(s.Value))))
                : ExpressionElement(ExprAs(e, PyType.Object)))))))));

    /// <summary>The runs of <c>key: value</c> items become dict displays of their own, between the <c>**</c> mappings.</summary>
    ExpressionSyntax UnpackingDict(Dict d, DictType type)
    {
        var parts = new List<ExpressionSyntax>();
        var run = new List<int>();
        void FlushRun()
        {
            if (run.Count == 0) return;
            var display = new Dict(d.Span, [.. run.Select(i => d.Keys[i])], [.. run.Select(i => d.Values[i])]);
            parts.Add(DictDisplay(display, type));
            run.Clear();
        }
        for (int i = 0; i < d.Keys.Length; i++)
        {
            if (d.Keys[i] is not null) { run.Add(i); continue; }
            FlushRun();
            parts.Add(Boxed(Expr(d.Values[i])));
        }
        FlushRun();
        return InvocationExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IdentifierName("Py"),
                GenericName(Identifier("DictDisplay")).WithTypeArgumentList(TypeArgumentList(SeparatedList([TypeMapper.Map(type.Key), TypeMapper.Map(type.Value)])))))
            .WithArgumentList(ArgumentList(SeparatedList(parts.Select(Argument))));
    }
}
