using Py2Cs.Semantics.Binding;
using Py2Cs.Syntax.Ast;
using Py2Cs.Syntax.Diagnostics;

namespace Py2Cs.Semantics.Warnings;

/// <summary>
/// PYCS1005 warnings: a call that blocks the thread (<c>time.sleep</c>, <c>requests.get</c>,
/// <c>subprocess.run</c>, <c>input</c>...) made directly in the body of an <c>async def</c>. The
/// translation is faithful (the C# blocks just as CPython does), but the program stalls its event
/// loop, usually by mistake: every other task waits. Calls in nested plain functions and lambdas
/// are not flagged, since those are what <c>asyncio.to_thread</c> runs.
/// </summary>
sealed class BlockingCallsInAsync(BindingTables tables, List<Diagnostic> diagnostics) : AstWalker
{
    /// <summary>Blocking library functions by qualified name, with the asyncio way to do the same; a name ending in '.' stands for every member of that module.</summary>
    static readonly (string Name, string Instead)[] s_blocking =
    [
        ("time.sleep", "'await asyncio.sleep(...)'"),
        ("requests.", "an async HTTP client, or 'await asyncio.to_thread(...)'"),
        ("urllib.request.urlopen", "'await asyncio.to_thread(...)'"),
        ("subprocess.run", "'await asyncio.create_subprocess_exec(...)'"),
        ("subprocess.call", "'await asyncio.create_subprocess_exec(...)'"),
        ("subprocess.check_call", "'await asyncio.create_subprocess_exec(...)'"),
        ("subprocess.check_output", "'await asyncio.create_subprocess_exec(...)'"),
        ("input", "'await asyncio.to_thread(input, ...)'"),
    ];

    readonly Stack<FunctionDef?> _functions = new();

    public static void Check(Module module, BindingTables tables, List<Diagnostic> diagnostics) =>
        new BlockingCallsInAsync(tables, diagnostics).VisitBody(module.Body);

    public override void VisitFunctionDef(FunctionDef f)
    {
        _functions.Push(f.IsAsync ? f : null);
        base.VisitFunctionDef(f);
        _functions.Pop();
    }

    public override void VisitLambda(Lambda l)
    {
        _functions.Push(null);
        base.VisitLambda(l);
        _functions.Pop();
    }

    public override void VisitClassDef(ClassDef c)
    {
        _functions.Push(null);
        base.VisitClassDef(c);
        _functions.Pop();
    }

    public override void VisitExpr(Expr expr)
    {
        if (expr is Call call && _functions.TryPeek(out var function) && function is not null
            && QualifiedName(call.Func) is { } name && Instead(name) is { } instead)
        {
            diagnostics.Add(DiagnosticCodes.BlockingCallInAsync.At(call.Span,
                $"{name}() blocks the event loop inside 'async def {function.Name}': every other task waits until it returns; use {instead}"));
        }
        base.VisitExpr(expr);
    }

    static string? Instead(string name)
    {
        foreach (var (blocking, instead) in s_blocking)
            if (blocking.EndsWith('.') ? name.StartsWith(blocking, StringComparison.Ordinal) : name == blocking)
                return instead;
        return null;
    }

    /// <summary>"time.sleep" for <c>time.sleep</c> after <c>import time</c>, or <c>sleep</c> after <c>from time import sleep</c>.</summary>
    string? QualifiedName(Expr func) => func switch
    {
        Name n when tables.Names.GetValueOrDefault(n) is { Kind: SymbolKind.Module or SymbolKind.ImportedMember or SymbolKind.Builtin, Qualified: { } q } => q,
        Attribute { Value: var value, Attr: var attr } when QualifiedName(value) is { } owner && IsModule(value) => owner + "." + attr,
        _ => null,
    };

    bool IsModule(Expr e) => e switch
    {
        Name n => tables.Names.GetValueOrDefault(n)?.Kind == SymbolKind.Module,
        Attribute a => IsModule(a.Value),
        _ => false,
    };
}
