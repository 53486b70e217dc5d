using Py2Cs.Emit.Types;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// loop.call_soon(t.tick, 1) prints as <Handle Ticker.tick(1)> in CPython, but the typed call passes the loop a
// C# thunk that has no Python name. The thunk is handed to asyncio.DisplayedCallback with the callable's
// __qualname__ and the arguments, which the Handle's repr (and the loop's error log) then show.
sealed partial class BodyEmitter
{
    /// <summary>The <c>__qualname__</c> CPython's Handle repr shows for the scheduled callable, when it is a program
    /// function, a method of a program class read from an instance, or a builtin; null for other callables
    /// (lambdas and partials print differently in CPython) and for calls whose arguments cannot be shown.</summary>
    string? CallbackDisplayName(Call inner)
    {
        if (inner.Keywords.Length > 0 || inner.Args.Any(a => a is Starred || !(a is Constant || MayChange(a)))) return null;
        return inner.Func switch
        {
            Attribute a when TypeOf(a.Value) is InstanceType it && it.Class.FindMethod(a.Attr) is { } m => QualifiedName(m),
            Lambda => null,
            _ => TypeOf(inner.Func) switch
            {
                FunctionRefType f when inner.Func is Name => QualifiedName(f.Function),
                LibraryFunctionType { Function.QualifiedName: var q } when !q.Contains('.') => q,
                _ => null,
            },
        };
    }

    /// <summary><c>asyncio.DisplayedCallback(thunk, "Ticker.tick", [args])</c>, the arguments emitted where the
    /// thunk is (a value bound by <c>Py.Bind</c> is its parameter).</summary>
    ExpressionSyntax CallbackDisplay(ExpressionSyntax thunk, string name, Call inner) =>
        Runtime("asyncio", "DisplayedCallback", [thunk, StringLit(name), .. inner.Args.Select(a => (ExpressionSyntax)CastExpression(TypeMapper.ObjectSyntax, Expr(a)))]);
}
