using System.Numerics;
using Py2Cs.Semantics.Types;
using Py2Cs.Syntax.Ast;

namespace Py2Cs.Semantics.Inference;

/// <summary>
/// Ints past 64 bits. Python's int has no limit; C#'s long has 64 bits. An int is typed long only
/// where its values stay within 64 bits; these rules mark where they may not, and inference then
/// types the value as object, whose arithmetic (Py.Mul, Py.Add, ...) promotes to a big integer
/// exactly where CPython's passes 64 bits (and back to long when the result fits again):
/// <list type="bullet">
/// <item>an int literal past 64 bits;</item>
/// <item>an int shifted left, or raised to a power (BinaryResult types both as object);</item>
/// <item>an int variable multiplied into itself inside a loop (<c>n *= i</c>, <c>n = n * k</c>):
/// the product grows geometrically with the iterations (factorials, powers, products of many
/// values). Multiplying by a constant -1, 0 or 1 (a sign flip) does not grow.</item>
/// </list>
/// </summary>
public static class BigIntegers
{
    public static bool FitsInLong(Constant c) => c.Value is not BigInteger b || b >= long.MinValue && b <= long.MaxValue;

    /// <summary>Whether this assignment, <paramref name="loopDepth"/> loops deep, makes an int that can grow past 64 bits.</summary>
    public static bool GrowsPast64Bits(Stmt statement, int loopDepth, PyType result)
    {
        if (loopDepth == 0 || result != PyType.Int) return false;
        return statement switch
        {
            AugAssign { Op: BinaryOperator.Mult, Target: Name, Value: var factor } => !IsUnitFactor(factor),
            Assign { Targets: [Name target], Value: BinOp { Op: BinaryOperator.Mult, Left: var l, Right: var r } } =>
                l is Name ln && ln.Id == target.Id && !IsUnitFactor(r) || r is Name rn && rn.Id == target.Id && !IsUnitFactor(l),
            _ => false,
        };
    }

    /// <summary><c>9223372036854775807 + 1</c>: int constants whose sum, difference or product passes 64 bits.</summary>
    public static bool ConstantsOverflow(BinOp b)
    {
        if (ConstantValue(b.Left) is not { } l || ConstantValue(b.Right) is not { } r) return false;
        BigInteger? result = b.Op switch
        {
            BinaryOperator.Add => l + r,
            BinaryOperator.Sub => l - r,
            BinaryOperator.Mult => l * r,
            _ => null,
        };
        return result is { } v && (v < long.MinValue || v > long.MaxValue);
    }

    static BigInteger? ConstantValue(Expr e) => e switch
    {
        Constant { Kind: ConstantKind.Int, Value: BigInteger v } => v,
        UnaryOp { Op: UnaryOperator.USub, Operand: var inner } => -ConstantValue(inner),
        _ => null,
    };

    internal static bool IsUnitFactor(Expr e) => e switch
    {
        Constant { Kind: ConstantKind.Int, Value: BigInteger v } => BigInteger.Abs(v) <= 1,
        UnaryOp { Op: UnaryOperator.USub, Operand: var inner } => IsUnitFactor(inner),
        _ => false,
    };
}
