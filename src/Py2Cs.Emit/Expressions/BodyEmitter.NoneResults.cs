using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// A Python call whose result is None is often a C# method that returns void (a def with no return value, print,
// list.append). Its result is still a value in Python: `[log(x) for x in xs]`, `r = obj.close()`,
// `fs = [self.submit(fn) for ...]` where the base class's submit only raises. In value position such a call
// becomes Py.NoneAfter(() => call): C# runs it for its effect and the expression is null (None). A call that
// is a statement on its own (or the value of `return` in a function returning None) stays as it is.
sealed partial class BodyEmitter
{
    /// <summary>The call whose value is discarded: an expression statement's, or a `return f()` in a function returning None.</summary>
    Call? _discardedCall;

    /// <summary><paramref name="call"/>'s C# as a value: wrapped when Python's result is None and C# may give none.</summary>
    ExpressionSyntax NoneResultAsValue(Call c, ExpressionSyntax call)
    {
        if (ReferenceEquals(c, _discardedCall) || TypeOf(c) is not PrimitiveType { Kind: Primitive.None } || !EmitsVoid(c)) return call;
        // C# takes only an invocation (or a construction) as a lambda body that discards its value; a lambda cannot await.
        if (call is not (InvocationExpressionSyntax or ObjectCreationExpressionSyntax)
            || call.DescendantNodesAndSelf().Any(n => n is AwaitExpressionSyntax)) return call;
        return Runtime("Py", "NoneAfter", ParenthesizedLambdaExpression(call));
    }

    /// <summary>Whether the C# method the call runs returns void: a program function or method whose result is None
    /// (not async, not a generator, not behind decorators), or print. A library method that inference finds
    /// None-valued may still return a value in C# (a ContextVar's get of a default None, a generic result), which
    /// the call must keep.</summary>
    bool EmitsVoid(Call c) =>
        CalledFunction(c) is { IsAsync: false, IsGenerator: false, DecoratorsApplied: false }
        || c.Func is Name { Id: "print" } p && _model.SymbolOf(p)?.Kind == Semantics.Binding.SymbolKind.Builtin;

    /// <summary>Emits <paramref name="e"/> with its top call marked as discarded (its result is never used).</summary>
    ExpressionSyntax DiscardedExpr(Expr e)
    {
        var outer = _discardedCall;
        _discardedCall = e as Call;
        try { return Expr(e); }
        finally { _discardedCall = outer; }
    }
}
