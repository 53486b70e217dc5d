using Py2Cs.Semantics.Binding;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// for x in gen(): ... break   becomes   foreach (var x in Py.Closing(gen())) { ... break; }
// The generator a call returns belongs to the loop alone; CPython frees it, and so closes it (running its finally
// blocks), as soon as the loop ends. A generator held in a variable stays open, as it does in CPython.
sealed partial class BodyEmitter
{
    ExpressionSyntax ClosedAfterLoop(Expr iter, ExpressionSyntax iterable) =>
        iter is Call call && CalledFunction(call) is { IsGenerator: true, IsAsync: false }
            ? Runtime("Py", "Closing", iterable)
            : iterable;

    /// <summary>The program function or method a call runs, when the analysis knows it.</summary>
    FunctionInfo? CalledFunction(Call call) => call.Func switch
    {
        Name n when _model.SymbolOf(n) is { Kind: SymbolKind.Function, Function: { } f } => f,
        Attribute a when TypeOf(a.Value) is InstanceType it => it.Class.FindMethod(a.Attr),
        _ => null,
    };
}
