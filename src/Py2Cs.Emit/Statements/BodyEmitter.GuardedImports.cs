using Py2Cs.Semantics.Library;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// `try: import uvloop / except ImportError: fallback` is how real code picks an optional module. A module
// py2cs does not translate behaves as a module CPython cannot find: inside a try whose handlers catch
// ModuleNotFoundError, its import raises it (with a warning, PYCS1021), so the fallback runs, in strict mode too.
// Elsewhere an unknown module is refused (PYCS1002), or in partial mode the import stays silent and each use of
// what it bound stands in (raising when reached).
sealed partial class BodyEmitter
{
    /// <summary>How many enclosing try bodies (in this function) catch ModuleNotFoundError.</summary>
    int _importGuards;

    static readonly LibraryClass s_moduleNotFound = LibraryCatalog.Instance.ClassOrThrow("ModuleNotFoundError");

    /// <summary>Whether one of the handlers catches what a missing module's import raises.</summary>
    bool CatchesModuleNotFound(Try t) => !t.IsStar && t.Handlers.Any(h => h.Type switch
    {
        null => true,
        Tuple tuple => tuple.Elts.Any(CatchesModuleNotFound),
        var type => CatchesModuleNotFound(type),
    });

    bool CatchesModuleNotFound(Expr type)
    {
        if (ExceptionClassOf(type) is not LibraryClass handled) return false;
        for (var c = s_moduleNotFound; c is not null; c = c.Base)
            if (ReferenceEquals(c, handled)) return true;
        return false;
    }

    /// <summary>Inside a guarding try: the raise CPython would make for a missing module.</summary>
    StatementSyntax? MissingModule(string name) =>
        _importGuards > 0
            ? ThrowStatement(ObjectCreationExpression(IdentifierName("ModuleNotFoundError"))
                .WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(StringLit($"No module named '{name}'")))))
                .WithInitializer(InitializerExpression(SyntaxKind.ObjectInitializerExpression, SingletonSeparatedList<ExpressionSyntax>(
                    AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, IdentifierName("name"), StringLit(name))))))
            : null;
}
