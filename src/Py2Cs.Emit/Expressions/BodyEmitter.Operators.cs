using Py2Cs.Emit.Types;
using Py2Cs.Semantics.Inference;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Emit;

// Operators: a C# operator only where it provably means what Python's does for the operand types
// (int and float arithmetic other than division, string concatenation, numeric comparisons);
// everything else calls the runtime, which implements Python's semantics (floor division,
// modulo sign, true division, ZeroDivisionError, comparisons across types, ...).
sealed partial class BodyEmitter
{
    static bool IsInt(PyType t) => t == PyType.Int || t == PyType.Bool;
    static bool IsNumber(PyType t) => TypeLattice.IsNumeric(t);

    ExpressionSyntax Binary(ExpressionSyntax left, PyType lt, BinaryOperator op, ExpressionSyntax right, PyType rt, Node node)
    {
        var resultType = TypeInferrer.BinaryResult(lt, op, rt);
        // bool is an int subclass: in arithmetic with a number (`count + flag`, `True + True`) it is 0 or 1.
        if (BoolIsArithmetic(lt, op, rt))
        {
            if (lt == PyType.Bool) (left, lt) = (BoolAsInt(left), PyType.Int);
            if (rt == PyType.Bool) (right, rt) = (BoolAsInt(right), PyType.Int);
        }
        bool numbers = IsNumber(lt) && IsNumber(rt) && lt != PyType.Bool && rt != PyType.Bool;
        SyntaxKind? native = op switch
        {
            BinaryOperator.Add when numbers || lt == PyType.Str && rt == PyType.Str => SyntaxKind.AddExpression,
            BinaryOperator.Sub when numbers => SyntaxKind.SubtractExpression,
            BinaryOperator.Mult when numbers => SyntaxKind.MultiplyExpression,
            BinaryOperator.BitAnd when IsInt(lt) && IsInt(rt) && lt == rt => SyntaxKind.BitwiseAndExpression,
            BinaryOperator.BitOr when IsInt(lt) && IsInt(rt) && lt == rt => SyntaxKind.BitwiseOrExpression,
            BinaryOperator.BitXor when IsInt(lt) && IsInt(rt) && lt == rt => SyntaxKind.ExclusiveOrExpression,
            _ => null,
        };
        if (native is { } kind) return Precedence.Binary(kind, left, right);
        string helper = op switch
        {
            BinaryOperator.Add => "Add", BinaryOperator.Sub => "Sub", BinaryOperator.Mult => "Mul", BinaryOperator.Div => "TrueDiv",
            BinaryOperator.FloorDiv => "FloorDiv", BinaryOperator.Mod => "Mod", BinaryOperator.Pow => "Pow",
            BinaryOperator.LShift => "LShift", BinaryOperator.RShift => "RShift", BinaryOperator.BitAnd => "BitAnd",
            BinaryOperator.BitOr => "BitOr", BinaryOperator.BitXor => "BitXor", BinaryOperator.MatMult => "MatMul", _ => "Add",
        };
        if (lt == PyType.Str && op == BinaryOperator.Mod) helper = "PercentFormat";
        // Typed overloads exist for int/float operands (Py.FloorDiv(long, long) -> long, ...);
        // everything else goes through object? and is cast back to the inferred result.
        bool typedOverload = numbers && op is BinaryOperator.Div or BinaryOperator.FloorDiv or BinaryOperator.Mod
            || lt == PyType.Str && op is BinaryOperator.Mod;
        // int ** int is an int, a float (negative exponent) or a big int: the object overload decides at run time.
        if (op == BinaryOperator.Pow && IsInt(lt) && IsInt(rt)) (left, right) = (Boxed(left), Boxed(right));
        var call = Runtime("Py", helper, left, right);
        // Cast back to what the rest of the program takes the expression to be (inference's type of the node).
        return typedOverload ? call : Coerce(call, PyType.Object, node is BinOp b ? TypeOf(b) : resultType);
    }

    static bool BoolIsArithmetic(PyType lt, BinaryOperator op, PyType rt) =>
        (lt == PyType.Bool || rt == PyType.Bool) && IsNumber(lt) && IsNumber(rt)
        && op is BinaryOperator.Add or BinaryOperator.Sub or BinaryOperator.Mult or BinaryOperator.Div or BinaryOperator.FloorDiv or BinaryOperator.Mod;

    /// <summary><c>flag</c> as the int it is in arithmetic: <c>(flag ? 1L : 0L)</c>.</summary>
    static ExpressionSyntax BoolAsInt(ExpressionSyntax e) =>
        ParenthesizedExpression(ConditionalExpression(Operand(e),
            LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal("1L", 1L)),
            LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal("0L", 0L))));

    static ExpressionSyntax Boxed(ExpressionSyntax e) => CastExpression(TypeMapper.ObjectSyntax, Operand(e));

    static ExpressionSyntax Operand(ExpressionSyntax e) => e switch
    {
        IdentifierNameSyntax or LiteralExpressionSyntax or InvocationExpressionSyntax or MemberAccessExpressionSyntax
            or ParenthesizedExpressionSyntax or ElementAccessExpressionSyntax => e,
        // `(base).m()` is not C#: base (and this) only ever stand bare before a member access.
        BaseExpressionSyntax or ThisExpressionSyntax => e,
        _ => ParenthesizedExpression(e),
    };

    ExpressionSyntax Unary(UnaryOp u)
    {
        var t = TypeOf(u.Operand);
        switch (u.Op)
        {
            case UnaryOperator.Not:
                return PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, Operand(Condition(u.Operand)));
            case UnaryOperator.USub when t == PyType.Int || t == PyType.Float:
                return PrefixUnaryExpression(SyntaxKind.UnaryMinusExpression, Operand(Expr(u.Operand)));
            case UnaryOperator.UAdd when t == PyType.Int || t == PyType.Float:
                return Expr(u.Operand);
            case UnaryOperator.Invert when t == PyType.Int:
                return PrefixUnaryExpression(SyntaxKind.BitwiseNotExpression, Operand(Expr(u.Operand)));
        }
        var helper = u.Op switch { UnaryOperator.USub => "Neg", UnaryOperator.UAdd => "Pos", _ => "Invert" };
        return Coerce(Runtime("Py", helper, Expr(u.Operand)), PyType.Object, TypeOf(u));
    }

    /// <summary>A Python truth test as a C# bool.</summary>
    ExpressionSyntax Condition(Expr test)
    {
        var t = TypeOf(test);
        var e = Expr(test);
        return t switch
        {
            PrimitiveType { Kind: Primitive.Bool } => e,
            PrimitiveType { Kind: Primitive.Int } => Precedence.Binary(SyntaxKind.NotEqualsExpression, e, IntLit(0)),
            PrimitiveType { Kind: Primitive.Float } => Precedence.Binary(SyntaxKind.NotEqualsExpression, e, FloatLit(0.0)),
            PrimitiveType { Kind: Primitive.Str } => Precedence.Binary(SyntaxKind.NotEqualsExpression, MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, Operand(e), IdentifierName("Length")), IntLit(0)),
            ListType or SetType => Precedence.Binary(SyntaxKind.NotEqualsExpression, MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, Operand(e), IdentifierName("Count")), IntLit(0)),
            _ => Runtime("Py", "Truthy", e),
        };
    }

    // a and b / a or b return an operand, not a bool. With bool operands that is && and ||;
    // otherwise Py.And/Py.Or take the right side lazily.
    ExpressionSyntax BoolOp(BoolOp b)
    {
        var type = TypeOf(b);
        if (b.Values.All(v => TypeOf(v) == PyType.Bool))
        {
            var kind = b.Op == BoolOperator.And ? SyntaxKind.LogicalAndExpression : SyntaxKind.LogicalOrExpression;
            return b.Values.Select(Expr).Aggregate((l, r) => Precedence.Binary(kind, l, r));
        }
        var helper = b.Op == BoolOperator.And ? "And" : "Or";
        ExpressionSyntax result = ExprAs(b.Values[^1], type);
        for (int i = b.Values.Length - 2; i >= 0; i--)
            result = InvocationExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IdentifierName("Py"),
                    GenericName(Identifier(helper)).WithTypeArgumentList(TypeArgumentList(SingletonSeparatedList(TypeMapper.Map(type))))))
                .WithArgumentList(ArgumentList(SeparatedList([Argument(ExprAs(b.Values[i], type)), Argument(ParenthesizedLambdaExpression(result))])));
        return result;
    }

    ExpressionSyntax IfExp(IfExp i)
    {
        var type = TypeOf(i);
        var (body, orElse) = (ExprAs(i.Body, type), ExprAs(i.OrElse, type));
        // `b if c else "none"` with b a Bid: C# gives the conditional no natural type (Bid vs string)
        // where nothing targets it (a tuple element, an object argument); the branches meet as objects.
        if (type is ObjectType && TypeOf(i.Body) != TypeOf(i.OrElse))
            (body, orElse) = (CastExpression(TypeMapper.ObjectSyntax, Operand(body)), CastExpression(TypeMapper.ObjectSyntax, Operand(orElse)));
        return ConditionalExpression(Condition(i.Test), body, orElse);
    }

    // a < b < c becomes a < b && b < c; a middle operand that is not a plain name or constant is
    // evaluated once into a pattern variable.
    ExpressionSyntax Compare(Compare c)
    {
        ExpressionSyntax? result = null;
        var left = ComparedOperand(c.Left, c.Ops[0]);
        var leftType = TypeOf(c.Left);
        for (int i = 0; i < c.Ops.Length; i++)
        {
            var rightExpr = c.Comparators[i];
            var right = ComparedOperand(rightExpr, c.Ops[i]);
            var rightType = TypeOf(rightExpr);
            bool last = i == c.Ops.Length - 1;
            if (!last && rightExpr is not (Name or Constant))
            {
                var temp = Temp("operand");
                var bound = IsPatternExpression(right, VarPattern(SingleVariableDesignation(Identifier(temp))));
                result = result is null ? bound : Precedence.Binary(SyntaxKind.LogicalAndExpression, result, bound);
                right = IdentifierName(temp);
            }
            var test = CompareOne(left, leftType, c.Ops[i], right, rightType);
            result = result is null ? test : Precedence.Binary(SyntaxKind.LogicalAndExpression, result, test);
            left = right;
            leftType = rightType;
        }
        return result!;
    }

    /// <summary>A program function compared by == or in (getter() == square, square in hooks) is its PyFunction, the
    /// value Python compares, not the C# method group; `is` already matches a method group to its PyFunction.</summary>
    ExpressionSyntax ComparedOperand(Expr e, CompareOperator op) =>
        TypeOf(e) is FunctionRefType && op is not (CompareOperator.Is or CompareOperator.IsNot) ? ExprAs(e, PyType.Object) : Expr(e);

    ExpressionSyntax CompareOne(ExpressionSyntax left, PyType lt, CompareOperator op, ExpressionSyntax right, PyType rt)
    {
        // C# compares bool only with bool (Python's True == 1 goes through the runtime).
        bool numbers = IsNumber(lt) && IsNumber(rt) && lt != PyType.Bool && rt != PyType.Bool;
        bool primitives = numbers || lt == PyType.Str && rt == PyType.Str || lt == PyType.Bool && rt == PyType.Bool;
        if (op is CompareOperator.Is or CompareOperator.IsNot && IsNullLiteral(left)) (left, right) = (right, left);
        switch (op)
        {
            case CompareOperator.Eq when primitives:
                return Precedence.Binary(SyntaxKind.EqualsExpression, left, right);
            case CompareOperator.NotEq when primitives:
                return Precedence.Binary(SyntaxKind.NotEqualsExpression, left, right);
            case CompareOperator.Lt or CompareOperator.LtE or CompareOperator.Gt or CompareOperator.GtE when numbers:
                var kind = op switch
                {
                    CompareOperator.Lt => SyntaxKind.LessThanExpression, CompareOperator.LtE => SyntaxKind.LessThanOrEqualExpression,
                    CompareOperator.Gt => SyntaxKind.GreaterThanExpression, _ => SyntaxKind.GreaterThanOrEqualExpression,
                };
                return Precedence.Binary(kind, left, right);
            case CompareOperator.Is or CompareOperator.IsNot:
                ExpressionSyntax same = IsNullLiteral(left) && IsNullLiteral(right) ? LiteralExpression(SyntaxKind.TrueLiteralExpression)
                    : IsNullLiteral(right) ? IsPatternExpression(Operand(left), ConstantPattern(right))
                    : Runtime("Py", "Is", left, right);
                return op == CompareOperator.Is ? same : PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, Operand(same));
            case CompareOperator.In:
                return Runtime("Py", "Contains", right, left);
            case CompareOperator.NotIn:
                return PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, Runtime("Py", "Contains", right, left));
        }
        var helper = op switch
        {
            CompareOperator.Eq => "Eq", CompareOperator.NotEq => "Ne", CompareOperator.Lt => "Lt",
            CompareOperator.LtE => "Le", CompareOperator.Gt => "Gt", _ => "Ge",
        };
        return Runtime("Py", helper, left, right);
    }

    static bool IsNullLiteral(ExpressionSyntax e) => e is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NullLiteralExpression };
}
