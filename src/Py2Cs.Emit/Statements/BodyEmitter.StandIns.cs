using Py2Cs.Emit.Naming;
using Py2Cs.Emit.Types;
using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// Partial mode (--allow-unsupported). An expression py2cs cannot translate becomes
// `Py.Unsupported<T>("what (file.py, line N)")`, T its translated type; a statement becomes
// `throw new NotImplementedError("...")`. Either raises only when the program reaches it. The innermost
// unit that checks claims the unsupported errors its emission reported (ModuleEmitter.StandInSince),
// so an unsupported call inside an assignment stands in for the call, not for the assignment.
sealed partial class BodyEmitter
{
    /// <summary>An expression's C#, or its stand-in.</summary>
    ExpressionSyntax StandInFor(Expr e)
    {
        // A name the binder left without a symbol (undefined, or an unsupported builtin): it said so already, as a warning.
        if (UnresolvedName(e) is { } unresolved)
            return StandInValue(_model.SymbolOf(unresolved) is null ? $"name '{unresolved.Id}' is not translated"
                : $"the class '{unresolved.Id}' defined inside a function is not translated", unresolved, TypeOf(e));
        int mark = _module.DiagnosticMark;
        int pending = _pending.Count;
        var translated = ExprCore(e);
        if (_module.StandInSince(mark) is not { } what) return translated;
        // Statements the failed translation queued belong to it.
        if (_pending.Count > pending) _pending.RemoveRange(pending, _pending.Count - pending);
        return StandInValue(what, null, TypeOf(e));
    }

    /// <summary>A statement's C#, or a throw in its place.</summary>
    List<StatementSyntax> StandInFor(Stmt stmt)
    {
        int mark = _module.DiagnosticMark;
        var translated = EmitStatement(stmt).ToList();
        // The safety net named this statement: its C# did not compile even fully dynamic.
        if (NamedByNet(stmt))
            _module.Unsupported(stmt, "this statement (its C# does not compile)");
        if (_module.StandInSince(mark) is not { } what) return translated;
        _pending.Clear();
        var result = new List<StatementSyntax> { ThrowStatement(Raising(what)) };
        // A nested def raises where it stands (its decorator, say) but stays declared: calls name it.
        if (stmt is FunctionDef) result.AddRange(translated.OfType<LocalFunctionStatementSyntax>());
        // A variable this statement would have declared is declared anyway: later statements name it.
        foreach (var (symbol, declaring) in _declaringStatement)
        {
            if (declaring != stmt || _cells.ContainsKey(symbol)) continue;
            _declared.Add(symbol);
            result.Add(LocalDeclarationStatement(VariableDeclaration(TypeMapper.Map(symbol.Type))
                .WithVariables(SingletonSeparatedList(VariableDeclarator(CSharpNames.Token(symbol.Name))
                    .WithInitializer(EqualsValueClause(DefaultValue(symbol.Type)))))));
        }
        return result;
    }

    /// <summary>Whether the safety net named a line of this statement's own text: any line of a simple statement (an
    /// error on the third line of a dict display), the header lines of a compound one (the statements of its body
    /// answer for theirs). A def or class line names a declaration, which no throw can replace.</summary>
    bool NamedByNet(Stmt stmt)
    {
        var lines = _model.Dynamic.StandInLines;
        if (lines.IsEmpty || stmt is FunctionDef or ClassDef) return false;
        int last = stmt switch
        {
            For f => f.Body[0].Span.StartLine - 1,
            While w => w.Body[0].Span.StartLine - 1,
            If i => i.Body[0].Span.StartLine - 1,
            With w => w.Body[0].Span.StartLine - 1,
            Match or Try => stmt.Span.StartLine,
            _ => stmt.Span.EndLine,
        };
        return NamesLineIn(stmt.Span.StartLine, last);
    }

    /// <summary>Whether the safety net named a line from <paramref name="first"/> to <paramref name="last"/> (at least the first).</summary>
    bool NamesLineIn(int first, int last) => _model.Dynamic.StandInLines.Any(line => line >= first && line <= Math.Max(first, last));

    /// <summary>Partial mode: a class defined inside a function is not translated (its def statement
    /// raises), so a name that refers to it stands in too.</summary>
    bool IsUntranslatedClass(Symbol symbol) =>
        _module.AllowUnsupported && symbol.Kind == SymbolKind.Class && symbol.Scope.Kind == ScopeKind.Function
        && symbol.Class is not { IsHoistedLocal: true };

    /// <summary>The name an expression reads first when the binder could not resolve it: a bare name, or the callee of a call.</summary>
    Name? UnresolvedName(Expr e) => e switch
    {
        Name n when _model.SymbolOf(n) is not { } s || IsUntranslatedClass(s) => n,
        Call { Func: Name f } when _model.SymbolOf(f) is not { } s || IsUntranslatedClass(s) => f,
        _ => null,
    };

    ExpressionSyntax StandInValue(string what, Name? unresolved, PyType type)
    {
        string message = unresolved is null ? what
            : $"{what} (py2cs --allow-unsupported: {System.IO.Path.GetFileName(_module.Source.Path)}, line {unresolved.Span.StartLine})";
        return InvocationExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IdentifierName("Py"),
                GenericName(Identifier("Unsupported")).WithTypeArgumentList(TypeArgumentList(SingletonSeparatedList(TypeMapper.Map(type))))))
            .WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(StringLit(message)))));
    }

    static ObjectCreationExpressionSyntax Raising(string message) =>
        ObjectCreationExpression(IdentifierName("NotImplementedError"))
            .WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(StringLit(message)))));
}
