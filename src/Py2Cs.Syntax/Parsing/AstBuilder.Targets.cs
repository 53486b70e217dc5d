using Antlr4.Runtime;
using Py2Cs.Syntax.Ast;
using Py2Cs.Syntax.Text;
using Attribute = Py2Cs.Syntax.Ast.Attribute;
using static Py2Cs.Syntax.Parsing.PythonParser;

namespace Py2Cs.Syntax.Parsing;

// Assignment and deletion targets: the grammar parses them as expressions, these checks are CPython's
// invalid_assignment / invalid_del_stmt / invalid_for_target rules.
internal sealed partial class AstBuilder
{
    enum TargetUse { SingleAssign, Assign, For, With, Comprehension }

    /// <summary>For the error messages: the first part of a for-target that cannot be assigned, as the
    /// error CPython reports for it, or null when the target is fine.</summary>
    internal static ParseError? InvalidTarget(string text, ITokenStream tokens, Target_listContext targets)
    {
        try
        {
            var builder = new AstBuilder(new SourceText("", text), tokens);
            builder.ToStore(builder.TargetList(targets), TargetUse.For);
            return null;
        }
        catch (SyntaxErrorException error)
        {
            var d = error.Diagnostic;
            return new ParseError(d.Descriptor, d.Span.Start, d.Span.End, d.Message);
        }
    }

    Expr TargetList(Target_listContext list)
    {
        var targets = list.star_target();
        if (targets.Length == 1 && list.COMMA().Length == 0) return StarTarget(targets[0]);
        return new Ast.Tuple(Span(list), [.. targets.Select(StarTarget)], ExprContext.Load);
    }

    Expr StarTarget(Star_targetContext t)
    {
        var value = BitwiseOr(t.bitwise_or());
        return t.STAR() is null ? value : new Starred(Span(t), value, ExprContext.Load);
    }

    Expr ToStore(Expr target, TargetUse use, bool nested = false)
    {
        switch (target)
        {
            case Name n:
                if (n.Id == "__debug__") throw TargetError(n.Span, "cannot assign to __debug__");
                return n with { Ctx = ExprContext.Store };
            case Attribute a: return a with { Ctx = ExprContext.Store };
            case Subscript s: return s with { Ctx = ExprContext.Store };
            case Starred st:
                // `*a = 1` and two starred targets are compile-time errors in CPython, not parse errors.
                return st with { Value = ToStore(st.Value, use, nested: true), Ctx = ExprContext.Store };
            case Ast.Tuple t:
                return t with { Elts = [.. t.Elts.Select(e => ToStore(e, use, nested: true))], Ctx = ExprContext.Store };
            case Ast.List l:
                return l with { Elts = [.. l.Elts.Select(e => ToStore(e, use, nested: true))], Ctx = ExprContext.Store };
            case Yield or YieldFrom when use is TargetUse.SingleAssign or TargetUse.Assign:
                throw TargetError(target.Span, "assignment to yield expression not possible");
            default:
                string kind = ExpressionKind(target);
                string message = use == TargetUse.SingleAssign && !nested
                    ? $"cannot assign to {kind} here. Maybe you meant '==' instead of '='?"
                    : $"cannot assign to {kind}";
                throw TargetError(target.Span, message);
        }
    }

    Expr ToDelete(Expr target) => target switch
    {
        Name n => n with { Ctx = ExprContext.Del },
        Attribute a => a with { Ctx = ExprContext.Del },
        Subscript s => s with { Ctx = ExprContext.Del },
        Ast.Tuple t => t with { Elts = [.. t.Elts.Select(ToDelete)], Ctx = ExprContext.Del },
        Ast.List l => l with { Elts = [.. l.Elts.Select(ToDelete)], Ctx = ExprContext.Del },
        _ => throw TargetError(target.Span, $"cannot delete {ExpressionKind(target)}"),
    };

    /// <summary>How CPython names an expression in error messages (_PyPegen_get_expr_name).</summary>
    static string ExpressionKind(Expr e) => e switch
    {
        Attribute => "attribute",
        Subscript => "subscript",
        Starred => "starred",
        Name => "name",
        Ast.List => "list",
        Ast.Tuple => "tuple",
        Ast.Lambda => "lambda",
        Call => "function call",
        BoolOp or BinOp or UnaryOp => "expression",
        GeneratorExp => "generator expression",
        Yield or YieldFrom => "yield expression",
        Await => "await expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        Dict => "dict literal",
        Set => "set display",
        JoinedStr or FormattedValue => "f-string expression",
        Constant { Kind: ConstantKind.None } => "None",
        Constant { Kind: ConstantKind.Bool, Value: true } => "True",
        Constant { Kind: ConstantKind.Bool } => "False",
        Constant { Kind: ConstantKind.Ellipsis } => "ellipsis",
        Constant => "literal",
        Compare => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        _ => "expression",
    };
}
