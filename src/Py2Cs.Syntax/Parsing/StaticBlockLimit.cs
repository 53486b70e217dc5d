using Py2Cs.Syntax.Ast;
using Py2Cs.Syntax.Diagnostics;
using Py2Cs.Syntax.Text;

namespace Py2Cs.Syntax.Parsing;

/// <summary>
/// CPython's compiler keeps at most 20 (CO_MAXBLOCKS) control blocks open inside one function and
/// refuses deeper code with "too many statically nested blocks". The blocks it counts: a loop or
/// with item body 1; a try body 1 (2 when it also has a finally); an except handler body 2; a finally
/// body 1. Functions, classes and lambdas start again at 0; <c>if</c> is no block.
/// </summary>
static class StaticBlockLimit
{
    const int MaxBlocks = 20;

    public static Diagnostic? Check(SourceText source, Module module) => Body(source, module.Body, 0);

    static Diagnostic? Body(SourceText source, ImmutableArray<Stmt> body, int depth)
    {
        foreach (var s in body)
            if (Statement(source, s, depth) is { } d) return d;
        return null;
    }

    static Diagnostic? Statement(SourceText source, Stmt s, int depth)
    {
        Diagnostic? Enter(Node at, ImmutableArray<Stmt> inner, int blocks) =>
            depth + blocks > MaxBlocks
                ? DiagnosticCodes.SyntaxError.At(at.Span, "too many statically nested blocks")
                : Body(source, inner, depth + blocks);

        switch (s)
        {
            case FunctionDef f: return Body(source, f.Body, 0);
            case ClassDef c: return Body(source, c.Body, 0);
            case For f: return Enter(f, f.Body, 1) ?? Body(source, f.OrElse, depth);
            case While w: return Enter(w, w.Body, 1) ?? Body(source, w.OrElse, depth);
            case With w: return Enter(w, w.Body, w.Items.Length);
            case If i: return Body(source, i.Body, depth) ?? Body(source, i.OrElse, depth);
            case Match m:
                foreach (var c in m.Cases)
                    if (Body(source, c.Body, depth) is { } d) return d;
                return null;
            case Try t:
                int finallyBlock = t.FinalBody.IsEmpty ? 0 : 1;
                int tryBlock = t.Handlers.IsEmpty ? 0 : 1;
                if (Enter(t, t.Body, finallyBlock + tryBlock) is { } body) return body;
                foreach (var h in t.Handlers)
                    if (Enter(h, h.Body, finallyBlock + 2) is { } handler) return handler;
                return Body(source, t.OrElse, depth + finallyBlock) ?? (t.FinalBody.IsEmpty ? null : Enter(t, t.FinalBody, 1));
            default:
                return null;
        }
    }
}
