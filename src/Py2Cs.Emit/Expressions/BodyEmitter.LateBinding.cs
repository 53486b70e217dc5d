using Py2Cs.Emit.Naming;
using Py2Cs.Emit.Types;
using Py2Cs.Semantics.Binding;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// A comprehension variable read by a lambda inside the comprehension becomes one cell the lambdas share:
//   [lambda: i for i in xs]   becomes   new PyList<..>(from i_cell in Py.Cell<T>() from i in xs
//                                            let i_set = i_cell.Value = i select (Func<object?>)(() => i_cell.Value))
// Python's lambdas see the variable, not its value when they were made: after the comprehension every
// one of them reads the last i. (A C# range variable is a new variable per item, which would bind early.)
// `lambda i=i: i` reads its own parameter: no cell.
sealed partial class BodyEmitter
{
    /// <summary>Comprehension variables held in a cell: each reference reads or writes <c>cell.Value</c>.</summary>
    readonly Dictionary<Symbol, string> _cells = new();

    /// <summary>The variables of this comprehension that a lambda inside it reads.</summary>
    List<Symbol> LateBoundVariables(Expr comp, Scope scope)
    {
        var finder = new LambdaBodyNames();
        finder.VisitExpr(comp);
        return finder.Found.Select(n => _model.SymbolOf(n)).OfType<Symbol>()
            .Where(s => ReferenceEquals(s.Scope, scope) && s.Kind == SymbolKind.Variable).Distinct().ToList();
    }

    /// <summary><c>from i_cell in Py.Cell&lt;T&gt;()</c> for each late-bound variable; later references use the cell.</summary>
    List<FromClauseSyntax> CellClauses(List<Symbol> variables)
    {
        var clauses = new List<FromClauseSyntax>();
        foreach (var symbol in variables)
        {
            var cell = Temp(symbol.Name + "_cell");
            _cells[symbol] = cell;
            clauses.Add(SyntaxFactory.FromClause(Identifier(cell), InvocationExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression,
                IdentifierName("Py"), GenericName(Identifier("Cell")).WithTypeArgumentList(TypeArgumentList(SingletonSeparatedList(TypeMapper.Map(symbol.Type))))))));
        }
        return clauses;
    }

    /// <summary><c>let i_set = i_cell.Value = i</c> after the clause that binds the range variables.</summary>
    IEnumerable<QueryClauseSyntax> CellStores(Expr target)
    {
        foreach (var symbol in TargetNames(target).Select(n => _model.SymbolOf(n)).OfType<Symbol>())
        {
            if (!_cells.TryGetValue(symbol, out var cell) || !_renames.TryGetValue(symbol, out var rangeVariable)) continue;
            yield return LetClause(Identifier(Temp(symbol.Name + "_set")), AssignmentExpression(SyntaxKind.SimpleAssignmentExpression,
                CellValue(cell), IdentifierName(rangeVariable)));
        }
    }

    static ExpressionSyntax CellValue(string cell) =>
        MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IdentifierName(cell), IdentifierName("Value"));

    /// <summary>Names read in the bodies of lambdas (not their defaults, which are evaluated where the lambda is made).</summary>
    sealed class LambdaBodyNames : AstWalker
    {
        public readonly List<Name> Found = [];
        int _depth;
        public override void VisitExpr(Expr expr)
        {
            if (expr is Lambda l)
            {
                foreach (var d in l.Args.Defaults) VisitExpr(d);
                _depth++;
                VisitExpr(l.Body);
                _depth--;
                return;
            }
            if (expr is Name n && _depth > 0) Found.Add(n);
            base.VisitExpr(expr);
        }
    }
}
