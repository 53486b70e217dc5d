using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Library;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// Two parts of `except` that depend on run-time values:
// - `raise X` inside a handler becomes `throw Py.WithContext(X, handled)`: the exception being
//   handled becomes X's __context__, as CPython chains implicitly (a traceback then prints "During
//   handling of the above exception, another exception occurred:"; `from None` still suppresses it).
// - `except retry_on as e`, where retry_on is a variable holding a class or a tuple of classes,
//   becomes `catch (BaseException e) when (Py.ExceptionMatches(e, retry_on))`: the value is read
//   when an exception arrives, as Python evaluates the except clause's expression then.
sealed partial class BodyEmitter
{
    /// <summary>The C# variables of the handlers being emitted, innermost last (null: the handler has none).</summary>
    readonly Stack<string?> _handledExceptions = new();

    ExpressionSyntax WithImplicitContext(ExpressionSyntax exception) =>
        _handledExceptions.Count > 0 && _handledExceptions.Peek() is { } handled
            ? Runtime("Py", "WithContext", exception, IdentifierName(Naming.CSharpNames.Escape(handled)))
            : exception;

    bool IsStaticExceptionType(Expr type) =>
        type is Tuple tuple ? tuple.Elts.All(IsStaticExceptionClass) : IsStaticExceptionClass(type);

    // A known class, unless some of its subclasses are not C# subclasses of it (HasPythonOnlySubclasses): a C# catch of
    // ValueError misses class Invalid(AppError, ValueError), so the handler matches at run time, through the Python bases.
    bool IsStaticExceptionClass(Expr e) => ExceptionClassOf(e) is not null && !HasPythonOnlySubclasses(TypeOf(e));

    /// <summary>Whether some program class is a <paramref name="library"/> only through its Python bases.</summary>
    bool ReachedThroughSecondBase(LibraryClass library) => _model.Tables.Classes.Values.Any(c => SecondLibraryBase(c)?.IsSubclassOf(library) == true);

    /// <summary>The library base of a class whose C# base is a program class (<c>class Invalid(AppError, ValueError)</c>
    /// gives ValueError): C# cannot derive from it, the class's <c>[PyBases]</c> names it.</summary>
    static LibraryClass? SecondLibraryBase(ClassInfo c) => c.Base is not null ? c.LibraryBase : null;

    ExpressionSyntax DynamicExceptionMatch(ExpressionSyntax caught, Expr classes) =>
        Runtime("Py", "ExceptionMatches", caught, Expr(classes));

    /// <summary>Whether a handler body raises a new exception (<c>raise X</c>, not a bare re-raise) or handles one
    /// raised in it (a nested <c>try</c> with handlers), outside nested functions: both chain to the exception handled.</summary>
    static bool RaisesNewException(ImmutableArray<Stmt> body)
    {
        var finder = new NewRaiseFinder();
        finder.VisitBody(body);
        return finder.Found;
    }

    sealed class NewRaiseFinder : AstWalker
    {
        public bool Found;

        public override void VisitStmt(Stmt stmt)
        {
            if (stmt is Raise { Exc: not null } or Try { Handlers.Length: > 0 }) Found = true;
            base.VisitStmt(stmt);
        }

        public override void VisitFunctionDef(FunctionDef f) { }
        public override void VisitClassDef(ClassDef c) { }
    }
}
